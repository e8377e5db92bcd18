package io.mailready.engine;

import io.mailready.Severity;
import io.mailready.Waiver;
import io.mailready.rule.Globs;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A policy file, resolved against the loaded requirements: the requirements not to evaluate,
 * severity overrides, and waivers.
 *
 * @param disabled ids of requirements not to evaluate
 * @param severities severity overrides by requirement id
 * @param waivers the waivers, in file order
 */
record Policy(Set<String> disabled, Map<String, Severity> severities, List<Waiver> waivers) {
  static final Policy NONE = new Policy(Set.of(), Map.of(), List.of());

  /** True when the waiver covers the finding of {@code requirement} for {@code subject}. */
  static boolean covers(Waiver waiver, String requirement, String subject) {
    return Globs.matches(waiver.requirement(), requirement, true)
        && (waiver.subjects().isEmpty()
            || waiver.subjects().stream().anyMatch(s -> Globs.matches(s, subject, true)));
  }
}
