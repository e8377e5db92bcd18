package io.mailready.engine;

import io.mailready.Finding;
import io.mailready.Result;
import io.mailready.Status;
import io.mailready.Waiver;
import io.mailready.WaiverUse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

/**
 * Applies a policy's waivers to the findings of one check: a finding covered by a waiver that has
 * not expired becomes WAIVED (and stays in the report, with its waiver); an expired waiver leaves
 * its findings failing and is reported as expired; a waiver that covers nothing, as unused.
 */
final class Waivers {
  private Waivers() {}

  /** Marks waived results and findings in place; returns what each waiver did. */
  static List<WaiverUse> apply(
      List<Waiver> waivers, LocalDate today, List<Result> results, List<Finding> findings) {
    List<WaiverUse> uses = new ArrayList<>();
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
          waiveResult(results, finding, waiver);
        }
      }
      WaiverUse.State state =
          covered.isEmpty()
              ? WaiverUse.State.UNUSED
              : expired ? WaiverUse.State.EXPIRED : WaiverUse.State.APPLIED;
      uses.add(new WaiverUse(waiver, state, covered));
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

  private static void waiveResult(List<Result> results, Finding finding, Waiver waiver) {
    for (ListIterator<Result> it = results.listIterator(); it.hasNext(); ) {
      Result result = it.next();
      if (result.requirement().equals(finding.requirement())
          && result.subject().equals(finding.subject())) {
        it.set(
            new Result(
                result.requirement(),
                result.subjectKind(),
                result.subject(),
                Status.WAIVED,
                "waived until "
                    + waiver.expires()
                    + " by "
                    + waiver.owner()
                    + ": "
                    + waiver.reason(),
                result.pack()));
      }
    }
  }
}
