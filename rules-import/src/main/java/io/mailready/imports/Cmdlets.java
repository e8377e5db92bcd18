package io.mailready.imports;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Exchange cmdlets whose exports the importer reads, and the V3 module's EXO names. */
final class Cmdlets {
  static final String ORGANIZATION_CONFIG = "get-organizationconfig";
  static final String CAS_MAILBOX = "get-casmailbox";
  static final String MAILBOX = "get-mailbox";
  static final String USER = "get-user";
  static final String RECIPIENT = "get-recipient";
  static final String MOBILE_DEVICE = "get-mobiledevice";
  static final String ACTIVESYNC_ORGANIZATION_SETTINGS = "get-activesyncorganizationsettings";
  static final String ACTIVESYNC_DEVICE_ACCESS_RULE = "get-activesyncdeviceaccessrule";
  static final String MOBILE_DEVICE_MAILBOX_POLICY = "get-mobiledevicemailboxpolicy";
  static final String AUTHENTICATION_POLICY = "get-authenticationpolicy";
  static final String HOSTED_CONNECTION_FILTER_POLICY = "get-hostedconnectionfilterpolicy";
  static final String ACCEPTED_DOMAIN = "get-accepteddomain";
  static final String EXCHANGE_SERVER = "get-exchangeserver";
  static final String WEB_SERVICES_VIRTUAL_DIRECTORY = "get-webservicesvirtualdirectory";
  static final String ACTIVESYNC_VIRTUAL_DIRECTORY = "get-activesyncvirtualdirectory";

  /** The Exchange Online PowerShell V3 module's REST cmdlets, by the classic cmdlet they match. */
  private static final Map<String, String> EXO =
      Map.of(
          "get-exocasmailbox", CAS_MAILBOX,
          "get-exomailbox", MAILBOX,
          "get-exorecipient", RECIPIENT);

  static final Set<String> KNOWN =
      Set.of(
          ORGANIZATION_CONFIG,
          CAS_MAILBOX,
          MAILBOX,
          USER,
          RECIPIENT,
          MOBILE_DEVICE,
          ACTIVESYNC_ORGANIZATION_SETTINGS,
          ACTIVESYNC_DEVICE_ACCESS_RULE,
          MOBILE_DEVICE_MAILBOX_POLICY,
          AUTHENTICATION_POLICY,
          HOSTED_CONNECTION_FILTER_POLICY,
          ACCEPTED_DOMAIN,
          EXCHANGE_SERVER,
          WEB_SERVICES_VIRTUAL_DIRECTORY,
          ACTIVESYNC_VIRTUAL_DIRECTORY);

  static final List<String> KNOWN_NAMES =
      List.of(
          "Get-OrganizationConfig",
          "Get-CASMailbox (Get-EXOCasMailbox)",
          "Get-Mailbox (Get-EXOMailbox)",
          "Get-User",
          "Get-Recipient (Get-EXORecipient)",
          "Get-MobileDevice",
          "Get-ActiveSyncOrganizationSettings",
          "Get-ActiveSyncDeviceAccessRule",
          "Get-MobileDeviceMailboxPolicy",
          "Get-AuthenticationPolicy",
          "Get-HostedConnectionFilterPolicy",
          "Get-AcceptedDomain",
          "Get-ExchangeServer",
          "Get-WebServicesVirtualDirectory",
          "Get-ActiveSyncVirtualDirectory");

  /** Cmdlets only Exchange Online has: their presence means the export came from it. */
  static final Set<String> ONLINE_ONLY = Set.of(HOSTED_CONNECTION_FILTER_POLICY);

  /** Cmdlets of Exchange Server only. */
  static final Set<String> SERVER_ONLY =
      Set.of(EXCHANGE_SERVER, WEB_SERVICES_VIRTUAL_DIRECTORY, ACTIVESYNC_VIRTUAL_DIRECTORY);

  private Cmdlets() {}

  /** The classic cmdlet a (lower-case) cmdlet name stands for. */
  static String canonical(String cmdlet) {
    return EXO.getOrDefault(cmdlet, cmdlet);
  }

  /** Whether a (lower-case) cmdlet name is one of the V3 module's Exchange Online cmdlets. */
  static boolean isExo(String cmdlet) {
    return EXO.containsKey(cmdlet);
  }
}
