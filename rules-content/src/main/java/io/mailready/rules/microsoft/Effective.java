package io.mailready.rules.microsoft;

import io.mailready.rule.Cause;
import io.mailready.rule.Tri;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

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

  /** Combines the checks of one mailbox and protocol. */
  public static Effective of(String address, Protocol protocol, List<CheckResult> checks) {
    List<CheckResult> ordered =
        checks.stream().sorted(Comparator.comparing(CheckResult::check)).toList();
    Tri value = Tri.all(ordered.stream().map(CheckResult::value).toList());
    List<Cause> causes =
        ordered.stream().filter(c -> c.value() == Tri.FALSE).map(CheckResult::cause).toList();
    List<String> unknown =
        List.copyOf(
            new LinkedHashSet<>(
                ordered.stream()
                    .filter(c -> c.value() == Tri.UNKNOWN)
                    .map(CheckResult::unknownBecause)
                    .toList()));
    return new Effective(address, protocol, value, causes, unknown);
  }

  /** The checks that do not pass: the ones that become facts for requirement rules. */
  public static List<CheckResult> notPassing(List<CheckResult> checks) {
    return checks.stream().filter(c -> c.value() != Tri.TRUE).toList();
  }

  /** The union of two lists of unknown paths, in order, without repeats. */
  public static List<String> union(List<String> first, List<String> second) {
    LinkedHashSet<String> all = new LinkedHashSet<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }
}
