package io.mailready;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The outcome of one requirement for one subject.
 *
 * @param requirement the requirement id
 * @param subjectKind tenant, domain or mailbox
 * @param subject the tenant name, domain name or mailbox address
 * @param status PASS, FAIL, NOT_APPLICABLE, UNKNOWN, ERROR or WAIVED
 * @param reason why the requirement is NOT_APPLICABLE, UNKNOWN or ERROR; {@code null} otherwise
 * @param pack the id of the pack the requirement came from
 */
public record Result(
    String requirement,
    SubjectKind subjectKind,
    String subject,
    Status status,
    String reason,
    String pack) {
  public Result {
    checkNotNull(requirement, "requirement");
    checkNotNull(subjectKind, "subjectKind");
    checkNotNull(subject, "subject");
    checkNotNull(status, "status");
  }
}
