package io.mailready.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.mailready.SubjectKind;
import io.mailready.snapshot.Domain;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.Tenant;

/**
 * What a result is about: the kind and the name (tenant name, domain name, mailbox address).
 *
 * @param kind tenant, domain or mailbox
 * @param name the tenant name, domain name or mailbox address
 */
public record Subject(SubjectKind kind, String name) {
  public Subject {
    checkNotNull(kind, "kind");
    checkNotNull(name, "name");
  }

  /** The domain subject of that name. */
  public static Subject domain(String name) {
    return new Subject(SubjectKind.DOMAIN, name);
  }

  /**
   * The subject of a snapshot value: a {@link Mailbox}, {@link Tenant} or {@link Domain}, or a
   * {@link Subject} itself.
   */
  public static Subject of(Object value) {
    checkNotNull(value, "subject");
    if (value instanceof Subject subject) {
      return subject;
    } else if (value instanceof Mailbox mailbox) {
      return new Subject(SubjectKind.MAILBOX, mailbox.address());
    } else if (value instanceof Tenant tenant) {
      return new Subject(SubjectKind.TENANT, tenant.name());
    } else if (value instanceof Domain domain) {
      return domain(domain.name());
    }
    checkArgument(
        false,
        "subject must be a Mailbox, Tenant, Domain or Subject but was %s",
        value.getClass().getName());
    throw new AssertionError();
  }
}
