package io.mailready.rules.microsoft;

import io.mailready.rule.Cause;
import io.mailready.rule.Tri;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ewsEffective(mb)} or {@code easEffective(mb)}: the Kleene AND of the protocol's checks,
 * with the causes of the FALSE checks and what the UNKNOWN ones miss.
 *
 * @param address the mailbox address
 * @param protocol EWS or EAS
 * @param value TRUE, FALSE or UNKNOWN
 * @param causes the causes of the FALSE checks, in check order
 * @param unknown what the UNKNOWN checks miss
 */
public record Effective(
    String address, Protocol protocol, Tri value, List<Cause> causes, List<String> unknown) {

  /**
   * Combines the checks of one mailbox and protocol, in any order (they are taken in check order,
   * W0..W7 or A1..A7); a check that passes may be left out.
   */
  public static Effective of(String address, Protocol protocol, List<CheckResult> checks) {
    Tri value = Tri.TRUE;
    List<Cause> causes = new ArrayList<>();
    Set<String> unknown = new LinkedHashSet<>();
    List<CheckResult> ordered = new ArrayList<>(checks);
    ordered.sort(java.util.Comparator.comparing(CheckResult::check));
    for (CheckResult check : ordered) {
      value = value.and(check.value());
      if (check.value() == Tri.FALSE) {
        causes.add(check.cause());
      } else if (check.value() == Tri.UNKNOWN) {
        unknown.add(check.unknownBecause());
      }
    }
    return new Effective(address, protocol, value, List.copyOf(causes), List.copyOf(unknown));
  }

  /** The union of two lists of unknown paths, in order, without repeats. */
  public static List<String> union(List<String> first, List<String> second) {
    LinkedHashSet<String> all = new LinkedHashSet<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }
}
