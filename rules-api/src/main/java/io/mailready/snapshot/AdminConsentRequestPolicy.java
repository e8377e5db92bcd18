package io.mailready.snapshot;

import java.util.List;

/**
 * The admin consent request workflow setting.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record AdminConsentRequestPolicy(Boolean isEnabled, List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public AdminConsentRequestPolicy {
    notCollected = Section.fields(AdminConsentRequestPolicy.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public AdminConsentRequestPolicy(Boolean isEnabled) {
    this(isEnabled, null);
  }
}
