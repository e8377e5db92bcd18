package io.mailready.cli;

import io.mailready.Checker;
import io.mailready.testkit.CaseFile;
import io.mailready.testkit.CaseRunner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailready test}: runs case files and prints pass/fail per case. */
@Command(
    name = "test",
    description =
        "Runs the *.cases.yaml files in DIR against the bundled rules (and --rules, --policy); prints pass/fail per case.",
    mixinStandardHelpOptions = true)
final class TestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CheckerOptions checkerOptions = new CheckerOptions();

  @Parameters(
      paramLabel = "DIR",
      description = "A directory of case files (searched recursively), or one case file.")
  Path directory;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(directory)) {
      err.println("error: cannot read case files in " + directory + ": no such file or directory");
      return ExitCodes.BAD_INPUT;
    }
    List<Path> files = Files.isDirectory(directory) ? CaseFile.find(directory) : List.of(directory);
    if (files.isEmpty()) {
      err.println("error: no *.cases.yaml files in " + directory);
      return ExitCodes.BAD_INPUT;
    }
    List<CaseFile> caseFiles = new ArrayList<>();
    for (Path file : files) {
      try {
        caseFiles.add(CaseFile.read(file));
      } catch (IllegalArgumentException e) {
        err.println("error: " + e.getMessage());
        return ExitCodes.BAD_INPUT;
      }
    }
    if (!checkerOptions.filesExist(err)) {
      return ExitCodes.BAD_INPUT;
    }
    Checker checker;
    try {
      checker = checkerOptions.build();
    } catch (RuntimeException | ServiceConfigurationError e) {
      return CheckerOptions.failure(e, err);
    }
    int passed = 0;
    int failed = 0;
    for (CaseFile file : caseFiles) {
      out.println(
          file.path() + (file.requirement() == null ? "" : " (" + file.requirement() + ")"));
      for (CaseRunner.CaseResult result : CaseRunner.run(checker, file)) {
        out.println("  " + (result.passed() ? "PASS " : "FAIL ") + result.name());
        result.failures().forEach(failure -> out.println("       " + failure));
        if (result.passed()) {
          passed++;
        } else {
          failed++;
        }
      }
    }
    out.println((failed == 0 ? "OK: " : "FAILED: ") + passed + " passed, " + failed + " failed");
    return failed == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
