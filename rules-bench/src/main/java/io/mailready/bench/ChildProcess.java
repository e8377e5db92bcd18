package io.mailready.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A child process run to completion or to a timeout, its wall time and what it printed. */
final class ChildProcess {
  private ChildProcess() {}

  /**
   * What a child did.
   *
   * @param exitCode the exit code, or -1 when it was stopped at the timeout
   * @param timedOut whether it was stopped at the timeout
   * @param wallNanos from start to exit
   * @param records its {@code targets KIND key=value ...} lines, as maps with the kind under {@code
   *     kind}
   * @param stderr the end of its standard error
   */
  record Outcome(
      int exitCode,
      boolean timedOut,
      long wallNanos,
      List<Map<String, String>> records,
      String stderr) {

    /** Whether the child printed an {@code OutOfMemoryError}. */
    boolean outOfMemory() {
      return stderr.contains("OutOfMemoryError");
    }

    /** The records of one kind. */
    List<Map<String, String>> all(String kind) {
      return records.stream().filter(r -> r.get("kind").equals(kind)).toList();
    }

    /** The last stderr line, for a message. */
    String lastErrorLine() {
      String[] lines = stderr.strip().split("\n");
      return lines[lines.length - 1].strip();
    }
  }

  /** Runs a command and keeps its output; a child past the timeout is stopped. */
  static Outcome run(List<String> command, Duration timeout) {
    try {
      Path out = Files.createTempFile("targets-child", ".out");
      Path err = Files.createTempFile("targets-child", ".err");
      try {
        ProcessBuilder builder =
            new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        boolean done = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        long wall = System.nanoTime() - start;
        if (!done) {
          stop(process);
        }
        return new Outcome(
            done ? process.exitValue() : -1,
            !done,
            wall,
            records(Files.readString(out, StandardCharsets.UTF_8)),
            tail(Files.readString(err, StandardCharsets.UTF_8)));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + command.get(0), e);
    }
  }

  /** Runs a command with its output discarded and returns its wall time, or -1 past the timeout. */
  static Outcome time(List<String> command, Duration timeout) {
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD);
      long start = System.nanoTime();
      Process process = builder.start();
      boolean done = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      long wall = System.nanoTime() - start;
      if (!done) {
        stop(process);
      }
      return new Outcome(done ? process.exitValue() : -1, !done, wall, List.of(), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + command.get(0), e);
    }
  }

  /** Asks the child to stop (so that a flight recording is written), then kills it. */
  private static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** The {@code targets KIND key=value ...} lines of an output. */
  static List<Map<String, String>> records(String output) {
    List<Map<String, String>> records = new ArrayList<>();
    for (String line : output.split("\n")) {
      String[] words = line.strip().split(" ");
      if (words.length < 2 || !words[0].equals("targets")) {
        continue;
      }
      Map<String, String> record = new LinkedHashMap<>();
      record.put("kind", words[1]);
      for (int i = 2; i < words.length; i++) {
        int eq = words[i].indexOf('=');
        if (eq > 0) {
          record.put(words[i].substring(0, eq), words[i].substring(eq + 1));
        }
      }
      records.add(record);
    }
    return records;
  }

  private static String tail(String text) {
    return text.length() <= 4_000 ? text : text.substring(text.length() - 4_000);
  }
}
