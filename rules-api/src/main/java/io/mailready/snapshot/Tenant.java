package io.mailready.snapshot;

import java.util.List;

/**
 * Organisation-wide facts of the tenant.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record Tenant(
    String name,
    Deployment deployment,
    ExchangeServerVersion exchangeServerVersion,
    Boolean appPasswordsAllowed,
    Network network,
    IpAllowlist ipAllowlist,
    List<Domain> domains,
    OrganizationConfig organizationConfig,
    ActiveSyncOrganizationSettings activeSyncOrganizationSettings,
    List<ActiveSyncDeviceAccessRule> activeSyncDeviceAccessRules,
    List<AuthenticationPolicy> authenticationPolicies,
    List<MobileDeviceMailboxPolicy> mobileDeviceMailboxPolicies,
    ConnectionFilterPolicy connectionFilterPolicy,
    VirtualDirectories virtualDirectories,
    Entra entra,
    List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public Tenant {
    domains = domains == null ? null : List.copyOf(domains);
    activeSyncDeviceAccessRules =
        activeSyncDeviceAccessRules == null ? null : List.copyOf(activeSyncDeviceAccessRules);
    authenticationPolicies =
        authenticationPolicies == null ? null : List.copyOf(authenticationPolicies);
    mobileDeviceMailboxPolicies =
        mobileDeviceMailboxPolicies == null ? null : List.copyOf(mobileDeviceMailboxPolicies);
    notCollected = Section.fields(Tenant.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public Tenant(
      String name,
      Deployment deployment,
      ExchangeServerVersion exchangeServerVersion,
      Boolean appPasswordsAllowed,
      Network network,
      IpAllowlist ipAllowlist,
      List<Domain> domains,
      OrganizationConfig organizationConfig,
      ActiveSyncOrganizationSettings activeSyncOrganizationSettings,
      List<ActiveSyncDeviceAccessRule> activeSyncDeviceAccessRules,
      List<AuthenticationPolicy> authenticationPolicies,
      List<MobileDeviceMailboxPolicy> mobileDeviceMailboxPolicies,
      ConnectionFilterPolicy connectionFilterPolicy,
      VirtualDirectories virtualDirectories,
      Entra entra) {
    this(
        name,
        deployment,
        exchangeServerVersion,
        appPasswordsAllowed,
        network,
        ipAllowlist,
        domains,
        organizationConfig,
        activeSyncOrganizationSettings,
        activeSyncDeviceAccessRules,
        authenticationPolicies,
        mobileDeviceMailboxPolicies,
        connectionFilterPolicy,
        virtualDirectories,
        entra,
        null);
  }
}
