package io.mailready.snapshot;

import java.util.List;

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
    Boolean blockLegacyAuthAutodiscover,
    Boolean blockModernAuthActiveSync,
    Boolean blockModernAuthAutodiscover,
    Boolean blockModernAuthImap,
    Boolean blockModernAuthMapi,
    Boolean blockModernAuthOfflineAddressBook,
    Boolean blockModernAuthPop,
    Boolean blockModernAuthRpc,
    Boolean blockModernAuthWebServices,
    List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public AuthenticationPolicy {
    notCollected = Section.fields(AuthenticationPolicy.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public AuthenticationPolicy(
      String name,
      Boolean allowBasicAuthWebServices,
      Boolean allowBasicAuthActiveSync,
      Boolean allowBasicAuthAutodiscover,
      Boolean blockLegacyAuthWebServices,
      Boolean blockLegacyAuthActiveSync,
      Boolean blockLegacyAuthAutodiscover) {
    this(
        name,
        allowBasicAuthWebServices,
        allowBasicAuthActiveSync,
        allowBasicAuthAutodiscover,
        blockLegacyAuthWebServices,
        blockLegacyAuthActiveSync,
        blockLegacyAuthAutodiscover,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
