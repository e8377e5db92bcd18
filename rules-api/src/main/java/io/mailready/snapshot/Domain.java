package io.mailready.snapshot;

/**
 * An accepted domain of the tenant and what autodiscover answered for it.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record Domain(String name, Autodiscover autodiscover) {}
