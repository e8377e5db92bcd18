package io.mailready.bench;

import java.util.Locale;

/** Durations and sizes as people read them in the targets table. */
final class Units {
  private static final double MIB = 1024.0 * 1024;
  private static final double GIB = MIB * 1024;

  private Units() {}

  /** A duration in nanoseconds: {@code 850 µs}, {@code 1.30 ms}, {@code 412 ms}, {@code 4.31 s}. */
  static String duration(double nanos) {
    if (nanos < 1e6) {
      return String.format(Locale.ROOT, "%.0f µs", nanos / 1e3);
    } else if (nanos < 1e7) {
      return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    } else if (nanos < 1e9) {
      return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    } else if (nanos < 1e11) {
      return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
    return String.format(Locale.ROOT, "%.0f s", nanos / 1e9);
  }

  /** A size in bytes: {@code 812 MiB} below a GiB, {@code 1.73 GiB} from there. */
  static String bytes(double bytes) {
    return bytes < GIB
        ? String.format(Locale.ROOT, "%.0f MiB", bytes / MIB)
        : String.format(Locale.ROOT, "%.2f GiB", bytes / GIB);
  }

  /** A ratio: {@code 1.42x}. */
  static String times(double ratio) {
    return String.format(Locale.ROOT, "%.2fx", ratio);
  }
}
