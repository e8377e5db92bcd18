package io.mailready;

/** What a result is about: the tenant, one of its domains, or one mailbox. */
public enum SubjectKind {
  TENANT,
  DOMAIN,
  MAILBOX;

  /** The lower-case name used in reports, e.g. {@code mailbox}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
