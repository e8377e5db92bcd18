package io.mailready.snapshot;

/**
 * {@code Get-AuthenticationPolicy}: Exchange Online {@code Allow*} and Exchange Server {@code
 * Block*} switches.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record AuthenticationPolicy(
    String name,
    Boolean allowBasicAuthWebServices,
    Boolean allowBasicAuthActiveSync,
    Boolean allowBasicAuthAutodiscover,
    Boolean blockLegacyAuthWebServices,
    Boolean blockLegacyAuthActiveSync,
    Boolean blockLegacyAuthAutodiscover) {}
