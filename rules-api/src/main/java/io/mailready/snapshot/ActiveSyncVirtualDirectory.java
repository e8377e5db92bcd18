package io.mailready.snapshot;

/**
 * {@code Get-ActiveSyncVirtualDirectory}: one ActiveSync virtual directory.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record ActiveSyncVirtualDirectory(
    String server, String internalUrl, String externalUrl, Boolean basicAuthEnabled)
    implements VirtualDirectory {}
