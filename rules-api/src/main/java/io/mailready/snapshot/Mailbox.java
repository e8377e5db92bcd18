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
    List<MobileDevice> mobileDevices) {
  /** Copies lists, so that a snapshot is immutable. */
  public Mailbox {
    proxyAddresses = proxyAddresses == null ? List.of() : List.copyOf(proxyAddresses);
    directoryRoleTemplateIds =
        directoryRoleTemplateIds == null ? List.of() : List.copyOf(directoryRoleTemplateIds);
    mobileDevices = mobileDevices == null ? null : List.copyOf(mobileDevices);
  }
}
