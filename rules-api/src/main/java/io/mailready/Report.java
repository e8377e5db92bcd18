package io.mailready;

import static com.google.common.base.Preconditions.checkNotNull;

import io.mailready.spi.ImmutableResultList;
import java.time.LocalDate;
import java.util.List;

/**
 * What a check found: one result per requirement and subject, and the findings among them.
 *
 * <p>Findings are ordered by severity, then requirement order, then subject; results by requirement
 * order, then subject. The same snapshot gives the same report.
 *
 * @param tenant the tenant name
 * @param evaluatedAt the evaluation date the date-dependent rules used
 * @param packs the packs the checker loaded
 * @param summary counts and readiness
 * @param results every result
 * @param findings every FAIL or WAIVED result's finding
 * @param waivers what each waiver of the policy did (none without a policy)
 */
public record Report(
    String tenant,
    LocalDate evaluatedAt,
    List<PackInfo> packs,
    Summary summary,
    List<Result> results,
    List<Finding> findings,
    List<WaiverUse> waivers) {
  public Report {
    checkNotNull(tenant, "tenant");
    checkNotNull(evaluatedAt, "evaluatedAt");
    checkNotNull(summary, "summary");
    packs = List.copyOf(packs);
    // An engine's list is immutable already, and copying it would make every result an object.
    results = results instanceof ImmutableResultList ? results : List.copyOf(results);
    findings = List.copyOf(findings);
    waivers = List.copyOf(waivers);
  }

  /** No BLOCKER finding, no UNKNOWN result on a MUST requirement, and no rule error. */
  public boolean ready() {
    return summary.ready();
  }
}
