package io.mailready.rule;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A derived condition about a subject, named so that requirement metadata can cite it in {@code
 * appliesWhen} and {@code parts[].when}, e.g. {@code ewsRelevant} for a mailbox.
 *
 * <p>A tenant flag also answers for every mailbox and domain of the tenant, unless the subject has
 * its own flag of the same name.
 *
 * @param subject what the flag is about
 * @param name the flag name
 * @param value TRUE, FALSE or UNKNOWN
 * @param unknownBecause for UNKNOWN: what is missing (snapshot paths), a template that may name the
 *     subject as {@code {mailbox}}, {@code {domain}} or {@code {subject}}; otherwise {@code null}
 */
public record Flag(Subject subject, String name, Tri value, String unknownBecause) {
  public Flag {
    checkNotNull(subject, "subject");
    checkNotNull(name, "name");
    checkNotNull(value, "value");
  }

  /** A flag about a mailbox, tenant, domain or subject. */
  public static Flag of(Object subject, String name, Tri value) {
    return new Flag(Subject.of(subject), name, value, null);
  }

  /** A flag about a mailbox, tenant, domain or subject, from a boolean. */
  public static Flag of(Object subject, String name, boolean value) {
    return of(subject, name, Tri.of(value));
  }

  /**
   * The same flag, saying why it is UNKNOWN; a flag that is not UNKNOWN is returned as it is. The
   * text may name the subject as {@code {mailbox}}, {@code {domain}} or {@code {subject}}: written
   * so, a constant text costs nothing for the many mailboxes whose flag is known.
   */
  public Flag because(String missing) {
    return value == Tri.UNKNOWN ? new Flag(subject, name, value, missing) : this;
  }
}
