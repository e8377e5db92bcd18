package io.mailready.engine;

import io.mailready.Obligation;
import io.mailready.Severity;
import io.mailready.SubjectKind;
import java.util.List;
import java.util.Map;

/**
 * A requirement's metadata YAML: everything but the FAIL condition, which is its DRL.
 *
 * @param id the requirement id, e.g. {@code EXCH-EWS-002}
 * @param version the requirement's version
 * @param title the title
 * @param section the catalog section
 * @param subject what its results are about
 * @param guide the guide statement implemented
 * @param origin Guide, Guide (linked page), Implied or Beyond the guide
 * @param obligation MUST, SHOULD or MAY
 * @param severity the severity of a FAIL
 * @param appliesWhen flags that must hold, in order, with the reason when one does not
 * @param requires snapshot sections the whole requirement needs
 * @param dependsOn requirements whose results its rules read (evaluated first)
 * @param parts independent parts, combined with OR
 * @param variants alternative severity/message, chosen by the rule
 * @param reasons texts of UNKNOWN / NOT_APPLICABLE reasons the rules record
 * @param message the message template
 * @param rationale why it matters
 * @param fixes the fixes, with placeholders
 * @param references links
 */
record RequirementSpec(
    String id,
    Integer version,
    String title,
    String section,
    SubjectKind subject,
    String guide,
    String origin,
    Obligation obligation,
    Severity severity,
    List<Condition> appliesWhen,
    List<String> requires,
    List<String> dependsOn,
    Map<String, PartSpec> parts,
    Map<String, VariantSpec> variants,
    Map<String, String> reasons,
    String message,
    String rationale,
    List<FixSpec> fixes,
    List<String> references) {

  RequirementSpec {
    appliesWhen = appliesWhen == null ? List.of() : List.copyOf(appliesWhen);
    requires = requires == null ? List.of() : List.copyOf(requires);
    dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    parts = parts == null ? Map.of() : parts;
    variants = variants == null ? Map.of() : variants;
    reasons = reasons == null ? Map.of() : reasons;
    fixes = fixes == null ? List.of() : List.copyOf(fixes);
    references = references == null ? List.of() : List.copyOf(references);
  }

  /** A flag that must be TRUE for the requirement to apply; {@code otherwise} is the reason. */
  record Condition(String flag, String when, String otherwise) {}

  /** One part of a requirement: its own sections, an optional guard flag, its message piece. */
  record PartSpec(String when, List<String> requires, String message) {
    PartSpec {
      requires = requires == null ? List.of() : List.copyOf(requires);
    }
  }

  /** A variant of the requirement's severity and/or message. */
  record VariantSpec(Severity severity, String message) {}

  /**
   * A fix with placeholders, see {@code requirements.md} 0.10; a fix of a part is shown only when
   * that part fails.
   */
  record FixSpec(
      String part, String summary, String adminCenter, String powershell, String graph) {}
}
