package io.mailready.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What a long check is doing, on one line of standard error that is rewritten in place, with the
 * seconds spent on the current step: a check of 100,000 mailboxes takes most of a minute and would
 * otherwise print nothing until the end. Only for a terminal: the line is gone when the check ends,
 * and nothing of it ever reaches a report or a redirected stream.
 */
final class Progress implements AutoCloseable {
  private static final Progress NONE = new Progress(null);

  private final PrintWriter err;
  private final ScheduledExecutorService ticker;
  private String step = "";
  private long stepStart;
  private int lastLength;

  private Progress(PrintWriter err) {
    this.err = err;
    if (err == null) {
      this.ticker = null;
      return;
    }
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "mailready-progress");
              thread.setDaemon(true);
              return thread;
            });
    ticker.scheduleAtFixedRate(this::redraw, 1, 1, TimeUnit.SECONDS);
  }

  /** Progress on {@code err} when {@code enabled}, otherwise a progress that prints nothing. */
  static Progress on(PrintWriter err, boolean enabled) {
    return enabled ? new Progress(err) : NONE;
  }

  /**
   * Whether the process's standard error is a terminal: on Linux the target of file descriptor 2;
   * elsewhere whether Java sees a console (standard input and output are terminals).
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /** Starts a step, e.g. "checking tenant.yaml (10000 mailboxes)". */
  synchronized void step(String what) {
    if (err == null) {
      return;
    }
    step = Printable.line(what);
    stepStart = System.nanoTime();
    draw(step);
  }

  private synchronized void redraw() {
    if (!step.isEmpty()) {
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - stepStart);
      draw(step + " " + seconds + " s");
    }
  }

  private void draw(String line) {
    err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())) + "\r");
    err.print(line);
    err.flush();
    lastLength = line.length();
  }

  /** Clears the line for a message of the command; the next tick draws it again. */
  synchronized void clearLine() {
    if (err != null && lastLength > 0) {
      err.print("\r" + " ".repeat(lastLength) + "\r");
      err.flush();
      lastLength = 0;
    }
  }

  /** Clears the line, so that the report or the next message starts on a clean line. */
  @Override
  public synchronized void close() {
    if (err == null) {
      return;
    }
    ticker.shutdownNow();
    step = "";
    err.print("\r" + " ".repeat(lastLength) + "\r");
    err.flush();
    lastLength = 0;
  }
}
