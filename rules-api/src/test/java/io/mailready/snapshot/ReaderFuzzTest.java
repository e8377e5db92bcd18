package io.mailready.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Mutation fuzzing of the reader: the example snapshots, as YAML and as JSON, mutated at the byte
 * level (flips, insertions of NUL, invalid UTF-8 and control bytes, deletions, duplications,
 * truncations) and the structural level (lines dropped, duplicated or re-indented, values replaced
 * by long, quoted, escaped, tagged, anchored or nested text). Each mutant either reads or is
 * refused with a {@link SnapshotException} whose every problem has a line and column, within a
 * second; no other exception, no hang.
 *
 * <p>The seed is fixed, so a failure is reproduced by running the test again; the inputs found by
 * earlier fuzzing stay as a corpus in src/test/resources/fuzz.
 */
class ReaderFuzzTest {
  private static final long SEED = 20261205L;
  private static final int MUTANTS_PER_EXAMPLE = 1_000;
  private static final Duration PER_MUTANT = Duration.ofSeconds(1);
  private static final Duration IN_ALL = Duration.ofSeconds(60);
  private static final Pattern POSITIONED = Pattern.compile("(?s)[^:]+:\\d+:\\d+: .+");

  private static final String[] VALUES = {
    "x".repeat(100_000),
    "\"\\ud800\"",
    "\"\\u0000\\u001b[31m\\u0007\"",
    "!!java.lang.ProcessBuilder [\"true\"]",
    "&a [1, 2]",
    "*a",
    "*undefined",
    "[".repeat(200),
    "{a: {b: {c: {d: [[[]]]}}}}",
    "'unterminated",
    "\"\\x\"",
    "? complex\n: key",
    "%YAML 1.1",
    "null",
    "~",
    "-1e999",
    "99999999999999999999999",
    "2025-13-45",
    "\t",
    "| \n  block\n",
    "\"*\"",
    "\"" + "*a".repeat(600) + "\"",
  };

  @Test
  void every_mutant_of_the_examples_reads_or_is_refused_with_positions() throws IOException {
    List<String> examples = examples();
    assertThat(examples).isNotEmpty();
    Random random = new Random(SEED);
    long deadline = System.nanoTime() + IN_ALL.toNanos();
    int tried = 0;
    int refused = 0;
    for (String example : examples) {
      for (int i = 0; i < MUTANTS_PER_EXAMPLE && System.nanoTime() < deadline; i++) {
        // GIVEN a mutant of an example
        byte[] mutant = mutate(example, random);
        // WHEN it is read THEN it reads, or every problem has its position, within the bound
        refused += readOrRefused(mutant, "mutant-" + tried) ? 0 : 1;
        tried++;
      }
    }
    // The Reliability section of the README quotes this line.
    System.out.println(
        "ReaderFuzzTest: " + tried + " mutants tried, " + refused + " refused with positions");
    assertThat(tried).as("mutants tried within %s", IN_ALL).isGreaterThan(1_000);
  }

  @TestFactory
  Stream<DynamicTest> every_input_of_the_corpus_reads_or_is_refused_with_positions()
      throws IOException {
    List<Path> corpus;
    try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "fuzz"))) {
      corpus = files.sorted().toList();
    }
    assertThat(corpus).isNotEmpty();
    return corpus.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    file.toUri(),
                    () -> readOrRefused(Files.readAllBytes(file), file.getFileName().toString())));
  }

  /** True when read; false when refused with positions; fails otherwise. */
  private static boolean readOrRefused(byte[] input, String name) {
    return assertTimeoutPreemptively(
        PER_MUTANT,
        () -> {
          try {
            Snapshots.read(new ByteArrayInputStream(input), name);
            return true;
          } catch (SnapshotException e) {
            assertThat(e.problems())
                .as("%s", new String(input, StandardCharsets.UTF_8))
                .isNotEmpty()
                .allMatch(p -> POSITIONED.matcher(p).matches());
            return false;
          } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(
                name
                    + " threw "
                    + e
                    + " for:\n"
                    + new String(input, 0, Math.min(input.length, 2_000), StandardCharsets.UTF_8),
                e);
          }
        },
        () -> name + " was not read within " + PER_MUTANT);
  }

  /** The examples as YAML, and each as JSON too (the same content, through the JSON parser). */
  private static List<String> examples() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        texts.add(Files.readString(file));
      }
    }
    texts.add(Files.readString(Path.of("src", "test", "resources", "snapshots", "full.json")));
    return texts;
  }

  private static byte[] mutate(String text, Random random) {
    int mutations = 1 + random.nextInt(3);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int m = 0; m < mutations; m++) {
      bytes =
          random.nextBoolean()
              ? mutateBytes(bytes, random)
              : mutateStructure(new String(bytes, StandardCharsets.UTF_8), random)
                  .getBytes(StandardCharsets.UTF_8);
    }
    return bytes;
  }

  private static byte[] mutateBytes(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return new byte[] {(byte) random.nextInt(256)};
    }
    int at = random.nextInt(bytes.length);
    byte[] special = {0x00, (byte) 0xFF, (byte) 0xC0, (byte) 0xED, 0x1B, 0x07, '\t', '\r', '"'};
    switch (random.nextInt(6)) {
      case 0 -> {
        byte[] copy = bytes.clone();
        copy[at] ^= (byte) (1 << random.nextInt(8));
        return copy;
      }
      case 1 -> {
        return insert(bytes, at, new byte[] {special[random.nextInt(special.length)]});
      }
      case 2 -> {
        int length = Math.min(bytes.length - at, 1 + random.nextInt(200));
        return concat(slice(bytes, 0, at), slice(bytes, at + length, bytes.length));
      }
      case 3 -> {
        int length = Math.min(bytes.length - at, 1 + random.nextInt(500));
        return insert(bytes, at, slice(bytes, at, at + length));
      }
      case 4 -> {
        return slice(bytes, 0, at);
      }
      default -> {
        return insert(
            bytes,
            at,
            String.valueOf((char) random.nextInt(0x3000)).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static String mutateStructure(String text, Random random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    String line = lines.get(at);
    switch (random.nextInt(5)) {
      case 0 -> lines.remove(at);
      case 1 -> lines.add(at, line);
      case 2 -> lines.set(at, " ".repeat(random.nextInt(6)) + line.stripLeading());
      case 3 -> {
        int colon = line.indexOf(": ");
        String value = VALUES[random.nextInt(VALUES.length)];
        lines.set(at, colon < 0 ? line + value : line.substring(0, colon + 2) + value);
      }
      default -> {
        int other = random.nextInt(lines.size());
        lines.set(at, lines.get(other));
        lines.set(other, line);
      }
    }
    return String.join("\n", lines);
  }

  private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
    return concat(concat(slice(bytes, 0, at), inserted), slice(bytes, at, bytes.length));
  }

  private static byte[] slice(byte[] bytes, int from, int to) {
    return java.util.Arrays.copyOfRange(bytes, from, to);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }
}
