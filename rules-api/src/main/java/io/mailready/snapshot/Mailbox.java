package io.mailready.snapshot;

import java.util.List;

/**
 * A mailbox the platform will sync; {@code address} is the subject findings are reported on.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record Mailbox(
    String address,
    String userPrincipalName,
    String primarySmtpAddress,
    List<String> proxyAddresses,
    String signInAddress,
    String loginUsername,
    MailboxHost hostedIn,
    AuthMethod authMethod,
    Boolean mfaRequired,
    Boolean usesAppPassword,
    Boolean serverSettingsProvided,
    String authenticationPolicy,
    List<String> directoryRoleTemplateIds,
    ActiveDirectoryAccount ad,
    CasMailbox casMailbox,
    List<MobileDevice> mobileDevices,
    String entraObjectId,
    List<String> groupIds,
    List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public Mailbox {
    proxyAddresses = proxyAddresses == null ? List.of() : List.copyOf(proxyAddresses);
    directoryRoleTemplateIds =
        directoryRoleTemplateIds == null ? List.of() : List.copyOf(directoryRoleTemplateIds);
    mobileDevices = mobileDevices == null ? null : List.copyOf(mobileDevices);
    groupIds = groupIds == null ? null : List.copyOf(groupIds);
    notCollected = Section.fields(Mailbox.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public Mailbox(
      String address,
      String userPrincipalName,
      String primarySmtpAddress,
      List<String> proxyAddresses,
      String signInAddress,
      String loginUsername,
      MailboxHost hostedIn,
      AuthMethod authMethod,
      Boolean mfaRequired,
      Boolean usesAppPassword,
      Boolean serverSettingsProvided,
      String authenticationPolicy,
      List<String> directoryRoleTemplateIds,
      ActiveDirectoryAccount ad,
      CasMailbox casMailbox,
      List<MobileDevice> mobileDevices) {
    this(
        address,
        userPrincipalName,
        primarySmtpAddress,
        proxyAddresses,
        signInAddress,
        loginUsername,
        hostedIn,
        authMethod,
        mfaRequired,
        usesAppPassword,
        serverSettingsProvided,
        authenticationPolicy,
        directoryRoleTemplateIds,
        ad,
        casMailbox,
        mobileDevices,
        null,
        null,
        null);
  }
}
