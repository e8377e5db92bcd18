package io.mailready.cli;

import io.mailready.PackInfo;
import io.mailready.Report;
import io.mailready.RequirementInfo;
import io.mailready.RuleContentException;
import io.mailready.snapshot.Snapshot;
import io.mailready.spi.CheckerSettings;
import io.mailready.spi.Engine;
import io.mailready.spi.EngineFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A test engine, found by {@code Checker.builder()} through {@code META-INF/services}: its checker
 * returns the canned report of the snapshot's tenant. A rules directory named {@code broken-rules}
 * makes it fail as broken rule content does.
 *
 * <p>Public with a public constructor because {@link java.util.ServiceLoader} requires it.
 */
public final class FakeCheckerFactory implements EngineFactory {
  /** The settings of every checker created, in order, so tests can see what the CLI passed. */
  static final List<CheckerSettings> CREATED = new ArrayList<>();

  public FakeCheckerFactory() {}

  @Override
  public Engine create(CheckerSettings settings) {
    synchronized (CREATED) {
      CREATED.add(settings);
    }
    for (Path directory : settings.ruleDirectories()) {
      if (directory.getFileName().toString().equals("broken-rules")) {
        throw new RuleContentException(
            List.of(
                "broken-rules/exch-ews-002.drl:7: rule 'EXCH-EWS-002 mailbox': unable to resolve"
                    + " field 'ewsEnabld' of CasMailbox",
                "broken-rules/exch-ews-002.yaml:4: rule 'EXCH-EWS-002': unknown key 'severty',"
                    + " expected one of id, version, title, section, guide, obligation, severity,"
                    + " appliesWhen, requires, message, rationale, fixes, references"));
      }
    }
    return new FakeChecker();
  }

  private static final class FakeChecker implements Engine {
    @Override
    public Report check(Snapshot snapshot) {
      return CannedReports.of(snapshot.tenant().name());
    }

    @Override
    public List<RequirementInfo> requirements() {
      return CannedReports.REQUIREMENTS;
    }

    @Override
    public List<PackInfo> packs() {
      return List.of(CannedReports.PACK);
    }
  }
}
