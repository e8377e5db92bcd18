package io.mailready;

import java.time.LocalDate;

/**
 * An accepted exception to a requirement, from a policy file.
 *
 * @param requirement the requirement id or glob it covers
 * @param subjects the subjects or globs it covers; empty means every subject
 * @param reason why the finding is accepted
 * @param owner who accepted it
 * @param expires the last day it applies
 * @param ticket the change ticket, or {@code null}
 */
public record Waiver(
    String requirement,
    java.util.List<String> subjects,
    String reason,
    String owner,
    LocalDate expires,
    String ticket) {
  public Waiver {
    subjects = java.util.List.copyOf(subjects);
  }
}
