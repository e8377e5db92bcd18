package io.mailready.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a requirement rule found for one subject: a FAIL (with evidence), or an UNKNOWN or
 * NOT_APPLICABLE the metadata alone cannot decide. Requirement rules insert outcomes; the engine
 * combines them with the requirement's metadata into one result per subject.
 *
 * <p>Immutable: {@link #with}, {@link #part} and {@link #variant} return a new outcome.
 */
public final class Outcome {
  private static final Pattern REQUIREMENT_ID = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*-[0-9]{3}");

  /** The kinds of outcome a rule can record. */
  public enum Kind {
    FAIL,
    UNKNOWN,
    NOT_APPLICABLE
  }

  private final String requirement;
  private final Kind kind;
  private final Subject subject;
  private final String part;
  private final String variant;
  private final String reason;
  private final Map<String, Object> evidence;

  private Outcome(
      String requirement,
      Kind kind,
      Subject subject,
      String part,
      String variant,
      String reason,
      Map<String, Object> evidence) {
    this.requirement = requirement;
    this.kind = kind;
    this.subject = subject;
    this.part = part;
    this.variant = variant;
    this.reason = reason;
    this.evidence = evidence;
  }

  /** The requirement fails for the subject (a mailbox, tenant, domain or {@link Subject}). */
  public static Outcome fail(String requirement, Object subject) {
    return create(requirement, Kind.FAIL, subject, null);
  }

  /**
   * The decision depends on a value that is unknown; {@code reason} is a key of the metadata's
   * {@code reasons}.
   */
  public static Outcome unknown(String requirement, Object subject, String reason) {
    return create(requirement, Kind.UNKNOWN, subject, checkNotNull(reason, "reason"));
  }

  /**
   * The requirement does not apply, for a reason the metadata's {@code appliesWhen} cannot express
   * (e.g. it depends on another requirement's result); {@code reason} is a key of the metadata's
   * {@code reasons}.
   */
  public static Outcome notApplicable(String requirement, Object subject, String reason) {
    return create(requirement, Kind.NOT_APPLICABLE, subject, checkNotNull(reason, "reason"));
  }

  private static Outcome create(String requirement, Kind kind, Object subject, String reason) {
    checkNotNull(requirement, "requirement");
    checkArgument(
        REQUIREMENT_ID.matcher(requirement).matches(),
        "requirement id must match %s but was '%s'",
        REQUIREMENT_ID,
        requirement);
    return new Outcome(
        requirement, kind, Subject.of(subject), null, null, reason, Collections.emptyMap());
  }

  /** The same outcome with one more evidence value; names are message placeholders. */
  public Outcome with(String name, Object value) {
    checkNotNull(name, "name");
    Map<String, Object> copy = new LinkedHashMap<>(evidence);
    copy.put(name, value);
    return new Outcome(
        requirement, kind, subject, part, variant, reason, Collections.unmodifiableMap(copy));
  }

  /** The same outcome for one part of the requirement (a key of the metadata's {@code parts}). */
  public Outcome part(String partKey) {
    return new Outcome(
        requirement, kind, subject, checkNotNull(partKey), variant, reason, evidence);
  }

  /**
   * The same outcome with a message/severity variant (a key of the metadata's {@code variants}).
   */
  public Outcome variant(String variantKey) {
    return new Outcome(
        requirement, kind, subject, part, checkNotNull(variantKey), reason, evidence);
  }

  public String requirement() {
    return requirement;
  }

  public Kind kind() {
    return kind;
  }

  public Subject subject() {
    return subject;
  }

  /** The part key, or {@code null} for the requirement as a whole. */
  public String part() {
    return part;
  }

  /** The variant key, or {@code null}. */
  public String variant() {
    return variant;
  }

  /** The reason key of an UNKNOWN or NOT_APPLICABLE outcome, or {@code null}. */
  public String reason() {
    return reason;
  }

  /** The evidence values, in insertion order. */
  public Map<String, Object> evidence() {
    return evidence;
  }

  @Override
  public String toString() {
    return kind
        + " "
        + requirement
        + " "
        + subject.name()
        + (part == null ? "" : " part " + part)
        + (variant == null ? "" : " variant " + variant)
        + (reason == null ? "" : " (" + reason + ")")
        + " "
        + evidence;
  }
}
