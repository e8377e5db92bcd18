package io.mailready.snapshot;

/**
 * How the mail servers can be reached from outside.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record Network(
    Boolean requiresCorpNetwork, Boolean ewsExternallyReachable, Boolean easExternallyReachable) {}
