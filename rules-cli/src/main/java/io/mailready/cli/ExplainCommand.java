package io.mailready.cli;

import io.mailready.Checker;
import io.mailready.Fix;
import io.mailready.RequirementInfo;
import java.io.PrintWriter;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailready explain ID}: what one requirement checks, when it applies, and its fixes. */
@Command(
    name = "explain",
    description =
        "Prints one requirement: the guide statement, what it checks, when it does not apply, its fixes and references.",
    mixinStandardHelpOptions = true)
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CheckerOptions checkerOptions = new CheckerOptions();

  @Parameters(paramLabel = "ID", description = "A requirement id, e.g. EXCH-EWS-002.")
  String id;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!checkerOptions.filesExist(err)) {
      return ExitCodes.BAD_INPUT;
    }
    Checker checker;
    try {
      checker = checkerOptions.build();
    } catch (RuntimeException | ServiceConfigurationError e) {
      return CheckerOptions.failure(e, err);
    }
    RequirementInfo requirement =
        checker.requirements().stream()
            .filter(r -> r.id().equalsIgnoreCase(id.strip()))
            .findFirst()
            .orElse(null);
    if (requirement == null) {
      err.println("error: unknown requirement '" + id + "'; 'mailready rules' lists them");
      return ExitCodes.BAD_INPUT;
    }
    out.println(requirement.id() + ": " + requirement.title());
    out.println(
        "  "
            + requirement.obligation()
            + ", "
            + requirement.severity()
            + ", about each "
            + requirement.subjectKind().label()
            + (requirement.section() == null ? "" : ", catalog section " + requirement.section())
            + ", pack "
            + requirement.pack());
    out.println();
    out.println("Guide");
    out.println("  " + requirement.guide());
    if (requirement.rationale() != null) {
      out.println();
      out.println("What it checks");
      out.println("  " + requirement.rationale());
    }
    out.println();
    out.println("Applies when");
    if (requirement.appliesWhen().isEmpty()) {
      out.println("  always");
    }
    requirement.appliesWhen().forEach(condition -> out.println("  - " + condition));
    if (!requirement.requires().isEmpty()) {
      out.println(
          "  needs " + String.join(", ", requirement.requires()) + " (UNKNOWN when not collected)");
    }
    out.println();
    out.println("Fixes");
    int number = 1;
    for (Fix fix : requirement.fixes()) {
      out.println("  " + number++ + ". " + fix.summary());
      print(out, "admin center:", fix.adminCenter());
      print(out, "PowerShell:  ", fix.powershell());
      print(out, "Graph:       ", fix.graph());
    }
    out.println();
    out.println("References");
    requirement.references().forEach(reference -> out.println("  " + reference));
    return ExitCodes.OK;
  }

  private static void print(PrintWriter out, String label, String value) {
    if (value != null) {
      out.println("     " + label + " " + value);
    }
  }
}
