package io.mailready.snapshot;

import java.util.List;

/**
 * The sync platform and its integration with the tenant.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record Platform(
    String name,
    Profile profile,
    List<Feature> requiredFeatures,
    List<String> grantedScopes,
    AzureApp azureApp,
    String easDeviceUserAgentPrefix,
    String easDeviceId,
    String ewsUserAgent,
    PlatformIpAddresses ipAddresses,
    String easDeviceType,
    List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public Platform {
    requiredFeatures = requiredFeatures == null ? null : List.copyOf(requiredFeatures);
    grantedScopes = grantedScopes == null ? null : List.copyOf(grantedScopes);
    notCollected = Section.fields(Platform.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public Platform(
      String name,
      Profile profile,
      List<Feature> requiredFeatures,
      List<String> grantedScopes,
      AzureApp azureApp,
      String easDeviceUserAgentPrefix,
      String easDeviceId,
      String ewsUserAgent,
      PlatformIpAddresses ipAddresses) {
    this(
        name,
        profile,
        requiredFeatures,
        grantedScopes,
        azureApp,
        easDeviceUserAgentPrefix,
        easDeviceId,
        ewsUserAgent,
        ipAddresses,
        null,
        null);
  }
}
