package io.mailready.engine;

import io.mailready.Finding;
import io.mailready.Status;
import io.mailready.Waiver;
import io.mailready.WaiverUse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;

/**
 * Applies a policy's waivers to the findings of one check: a finding covered by a waiver that has
 * not expired becomes WAIVED (and stays in the report, with its waiver); an expired waiver leaves
 * its findings failing and is reported as expired; a waiver that covers nothing, as unused.
 */
final class Waivers {
  private Waivers() {}

  /** Marks waived results and findings in place; returns what each waiver did. */
  static List<WaiverUse> apply(
      List<Waiver> waivers, LocalDate today, ResultTable.Builder results, List<Finding> findings) {
    List<WaiverUse> uses = new ArrayList<>();
    // requirement -> subject -> why: the results to mark, found in one pass at the end.
    Map<String, Map<String, String>> waived = new HashMap<>();
    for (Waiver waiver : waivers) {
      boolean expired = waiver.expires().isBefore(today);
      List<String> covered = new ArrayList<>();
      for (ListIterator<Finding> it = findings.listIterator(); it.hasNext(); ) {
        Finding finding = it.next();
        if (finding.waived() || !Policy.covers(waiver, finding.requirement(), finding.subject())) {
          continue;
        }
        covered.add(finding.requirement() + " " + finding.subject());
        if (!expired) {
          it.set(waive(finding, waiver));
          waived
              .computeIfAbsent(finding.requirement(), r -> new HashMap<>())
              .putIfAbsent(
                  finding.subject(),
                  "waived until "
                      + waiver.expires()
                      + " by "
                      + waiver.owner()
                      + ": "
                      + waiver.reason());
        }
      }
      WaiverUse.State state =
          covered.isEmpty()
              ? WaiverUse.State.UNUSED
              : expired ? WaiverUse.State.EXPIRED : WaiverUse.State.APPLIED;
      uses.add(new WaiverUse(waiver, state, covered));
    }
    for (int i = 0; !waived.isEmpty() && i < results.size(); i++) {
      Map<String, String> subjects = waived.get(results.requirement(i));
      String reason = subjects == null ? null : subjects.get(results.subject(i));
      if (reason != null) {
        results.set(i, Status.WAIVED, reason);
      }
    }
    return uses;
  }

  private static Finding waive(Finding finding, Waiver waiver) {
    return new Finding(
        finding.requirement(),
        finding.title(),
        finding.severity(),
        finding.obligation(),
        finding.subjectKind(),
        finding.subject(),
        finding.message(),
        finding.evidence(),
        finding.fixes(),
        finding.references(),
        waiver);
  }
}
