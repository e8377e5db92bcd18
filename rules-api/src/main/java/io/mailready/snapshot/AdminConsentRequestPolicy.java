package io.mailready.snapshot;

/**
 * The admin consent request workflow setting.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record AdminConsentRequestPolicy(Boolean isEnabled) {}
