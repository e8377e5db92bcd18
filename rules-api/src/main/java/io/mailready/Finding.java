package io.mailready;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A requirement that fails for a subject: what is wrong, the values that show it, and how to fix
 * it.
 *
 * @param requirement the requirement id, e.g. {@code EXCH-EWS-002}
 * @param title the requirement's title
 * @param severity the severity (after policy overrides)
 * @param obligation MUST, SHOULD or MAY
 * @param subjectKind tenant, domain or mailbox
 * @param subject the tenant name, domain name or mailbox address
 * @param message what is wrong, citing the evidence
 * @param evidence the snapshot values (and derived values) the message cites, in order
 * @param fixes concrete fixes, placeholders filled
 * @param references links to the guide and Microsoft documentation
 * @param waiver the waiver that covers this finding, or {@code null}
 */
public record Finding(
    String requirement,
    String title,
    Severity severity,
    Obligation obligation,
    SubjectKind subjectKind,
    String subject,
    String message,
    Map<String, Object> evidence,
    List<Fix> fixes,
    List<String> references,
    Waiver waiver) {
  public Finding {
    checkNotNull(requirement, "requirement");
    checkNotNull(severity, "severity");
    checkNotNull(subjectKind, "subjectKind");
    checkNotNull(subject, "subject");
    checkNotNull(message, "message");
    evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    fixes = List.copyOf(fixes);
    references = List.copyOf(references);
  }

  /** True when a waiver covers this finding, so it does not count against readiness. */
  public boolean waived() {
    return waiver != null;
  }
}
