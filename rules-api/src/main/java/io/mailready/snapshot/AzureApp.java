package io.mailready.snapshot;

import java.util.List;

/**
 * The customer's Azure (Entra) app registration the platform uses for OAuth.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record AzureApp(
    String appId,
    String verifiedPublisherId,
    List<RequiredResourceAccess> requiredResourceAccess,
    List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public AzureApp {
    requiredResourceAccess =
        requiredResourceAccess == null ? List.of() : List.copyOf(requiredResourceAccess);
    notCollected = Section.fields(AzureApp.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public AzureApp(
      String appId,
      String verifiedPublisherId,
      List<RequiredResourceAccess> requiredResourceAccess) {
    this(appId, verifiedPublisherId, requiredResourceAccess, null);
  }
}
