package io.mailready.spi;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * What a checker is built from.
 *
 * @param ruleDirectories pack directories loaded after the classpath packs, in order
 * @param policy the policy file, or {@code null}
 * @param clock gives the evaluation date when a snapshot has none
 */
public record CheckerSettings(List<Path> ruleDirectories, Path policy, java.time.Clock clock) {
  public CheckerSettings {
    ruleDirectories = List.copyOf(ruleDirectories);
  }

  /** Settings with no directories, no policy and the given clock. */
  public static CheckerSettings of(Clock clock) {
    return new CheckerSettings(List.of(), null, clock);
  }
}
