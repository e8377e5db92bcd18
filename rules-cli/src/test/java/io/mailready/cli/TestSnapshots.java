package io.mailready.cli;

import io.mailready.snapshot.Deployment;
import io.mailready.snapshot.Platform;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Tenant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for {@code Snapshots::read} while the snapshot reader is written: it reads the file
 * for real (so a missing file fails as it would), and takes only the tenant name from it. The fake
 * checker needs nothing more. Replace it by {@code Snapshots::read} once the reader lands.
 */
final class TestSnapshots {
  /** The directory of the test snapshots, relative to the module, as a user would type it. */
  static final String DIR = "src/test/snapshots/";

  private static final Pattern TENANT_NAME = Pattern.compile("tenant: \\{name: ([^,}\\s]+)");

  private TestSnapshots() {}

  static Snapshot load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      // What Snapshots.read throws for an unreadable file.
      throw new UncheckedIOException("cannot read snapshot " + file + ": " + e.getMessage(), e);
    }
    Matcher tenant = TENANT_NAME.matcher(text);
    if (!tenant.find()) {
      throw new IllegalArgumentException("test snapshot without 'tenant: {name: ...}': " + file);
    }
    return new Snapshot(
        "mailready/v1",
        null,
        new Platform("Nylas", null, null, null, null, null, null, null, null),
        new Tenant(
            tenant.group(1),
            Deployment.EXCHANGE_ONLINE,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null),
        null);
  }
}
