package io.mailready.cli;

/** Where the command tests' snapshot files are. */
final class TestSnapshots {
  /** The directory of the test snapshots, relative to the module, as a user would type it. */
  static final String DIR = "src/test/snapshots/";

  private TestSnapshots() {}
}
