package io.mailready.cli;

import io.mailready.Checker;
import io.mailready.RequirementInfo;
import java.io.PrintWriter;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mailready rules}: lists the requirements of the loaded packs. */
@Command(
    name = "rules",
    description = "Lists the requirements of the loaded packs: id, severity, obligation, title.",
    mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CheckerOptions checkerOptions = new CheckerOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!checkerOptions.filesExist(spec.commandLine().getErr())) {
      return ExitCodes.BAD_INPUT;
    }
    Checker checker;
    try {
      checker = checkerOptions.build();
    } catch (RuntimeException | ServiceConfigurationError e) {
      return CheckerOptions.failure(e, spec.commandLine().getErr());
    }
    out.printf("%-18s %-8s %-6s %-8s %s%n", "ID", "SEVERITY", "MUST?", "SUBJECT", "TITLE");
    for (RequirementInfo requirement : checker.requirements()) {
      out.printf(
          "%-18s %-8s %-6s %-8s %s%n",
          requirement.id(),
          requirement.severity(),
          requirement.obligation(),
          requirement.subjectKind().label(),
          requirement.title());
    }
    out.println(
        checker.requirements().size()
            + " requirements from "
            + String.join(
                ", ", checker.packs().stream().map(p -> p.id() + " " + p.version()).toList()));
    return ExitCodes.OK;
  }
}
