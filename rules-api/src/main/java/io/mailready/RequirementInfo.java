package io.mailready;

import java.util.List;

/**
 * What a loaded requirement checks, for listings and explanations.
 *
 * @param id the requirement id
 * @param title the title
 * @param subjectKind what its results are about
 * @param severity its severity (after policy overrides)
 * @param obligation MUST, SHOULD or MAY
 * @param section the catalog section
 * @param guide the guide statement it implements
 * @param rationale what it checks and why, or null
 * @param appliesWhen when it applies, one condition per entry, with the reason when it does not
 * @param requires the snapshot sections it needs
 * @param fixes its fixes, with placeholders unfilled
 * @param references its references
 * @param pack the pack it came from
 */
public record RequirementInfo(
    String id,
    String title,
    SubjectKind subjectKind,
    Severity severity,
    Obligation obligation,
    String section,
    String guide,
    String rationale,
    List<String> appliesWhen,
    List<String> requires,
    List<Fix> fixes,
    List<String> references,
    String pack) {
  public RequirementInfo {
    appliesWhen = List.copyOf(appliesWhen);
    requires = List.copyOf(requires);
    fixes = List.copyOf(fixes);
    references = List.copyOf(references);
  }
}
