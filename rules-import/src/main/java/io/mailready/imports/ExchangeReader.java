package io.mailready.imports;

import static io.mailready.imports.SourceObject.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps Exchange cmdlet exports (PowerShell {@code ConvertTo-Json} or admin API responses) onto the
 * snapshot tree: mailboxes first (so that per-mailbox exports can join them), then the
 * organisation-wide settings.
 */
final class ExchangeReader {
  static final List<String> MAILBOX_TYPES =
      List.of(
          "UserMailbox",
          "SharedMailbox",
          "RoomMailbox",
          "EquipmentMailbox",
          "LinkedMailbox",
          "SchedulingMailbox");
  static final List<String> REMOTE_MAILBOX_TYPES =
      List.of(
          "RemoteUserMailbox",
          "RemoteSharedMailbox",
          "RemoteRoomMailbox",
          "RemoteEquipmentMailbox");
  private static final List<String> ACCESS_LEVELS = List.of("Allow", "Block", "Quarantine");
  private static final List<String> EWS_POLICIES = List.of("EnforceAllowList", "EnforceBlockList");
  private static final List<String> DEVICE_STATES =
      List.of("Allowed", "Blocked", "Quarantined", "DeviceDiscovery", "Unknown");
  private static final List<String> CHARACTERISTICS =
      List.of("DeviceModel", "DeviceType", "DeviceOS", "UserAgent", "XMSWLHeader");
  private static final List<String[]> AUTHENTICATION_SWITCHES =
      List.of(
          new String[] {"AllowBasicAuthWebServices", "allowBasicAuthWebServices"},
          new String[] {"AllowBasicAuthActiveSync", "allowBasicAuthActiveSync"},
          new String[] {"AllowBasicAuthAutodiscover", "allowBasicAuthAutodiscover"},
          new String[] {"BlockLegacyAuthWebServices", "blockLegacyAuthWebServices"},
          new String[] {"BlockLegacyAuthActiveSync", "blockLegacyAuthActiveSync"},
          new String[] {"BlockLegacyAuthAutodiscover", "blockLegacyAuthAutodiscover"},
          new String[] {"BlockModernAuthActiveSync", "blockModernAuthActiveSync"},
          new String[] {"BlockModernAuthAutodiscover", "blockModernAuthAutodiscover"},
          new String[] {"BlockModernAuthImap", "blockModernAuthImap"},
          new String[] {"BlockModernAuthMapi", "blockModernAuthMapi"},
          new String[] {"BlockModernAuthOfflineAddressBook", "blockModernAuthOfflineAddressBook"},
          new String[] {"BlockModernAuthPop", "blockModernAuthPop"},
          new String[] {"BlockModernAuthRpc", "blockModernAuthRpc"},
          new String[] {"BlockModernAuthWebServices", "blockModernAuthWebServices"});
  private static final Pattern VERSION_TEXT =
      Pattern.compile("(?i).*?(\\d+)\\.(\\d+)\\s*\\(\\s*build\\s+(\\d+)(?:\\.\\d+)?\\s*\\).*");
  private static final Pattern VERSION_DOTTED = Pattern.compile("\\s*(\\d+)\\.(\\d+)\\.(\\d+).*");

  private final ImportState state;
  private final Sources sources;

  ExchangeReader(ImportState state, Sources sources) {
    this.state = state;
    this.sources = sources;
  }

  /** The cmdlet as its file names it, e.g. {@code Get-EXOCasMailbox}. */
  static String source(ExportFile file) {
    String name = file.path.getFileName().toString();
    int dot = name.indexOf('.');
    return name.substring(0, dot < 0 ? name.length() : dot);
  }

  void readMailboxes() {
    for (String cmdlet : List.of(Cmdlets.MAILBOX, Cmdlets.RECIPIENT)) {
      for (ExportFile file : sources.exchange(cmdlet)) {
        java.util.Set<String> skipped = new java.util.TreeSet<>();
        int count = 0;
        for (SourceObject object : file.objects) {
          String notMailbox = mailboxObject(file, object);
          if (notMailbox != null) {
            skipped.add(notMailbox);
            count++;
          }
        }
        if (count > 0) {
          state.notes.add(
              file.name
                  + ": "
                  + count
                  + " recipients that are not mailboxes here were left out ("
                  + String.join(", ", skipped)
                  + ")");
        }
      }
    }
    for (ExportFile file : sources.exchange(Cmdlets.CAS_MAILBOX)) {
      readCasMailboxes(file);
    }
    for (ExportFile file : sources.exchange(Cmdlets.USER)) {
      readUsers(file);
    }
    for (ExportFile file : sources.exchange(Cmdlets.MOBILE_DEVICE)) {
      readMobileDevices(file);
    }
  }

  /** Reads one mailbox; returns the recipient type of a recipient that is not one. */
  private String mailboxObject(ExportFile file, SourceObject object) {
    String source = source(file);
    String type = object.string("RecipientTypeDetails");
    boolean fromOnline = sources.fromOnline(file);
    String hostedIn = hostedIn(type, fromOnline);
    if (type != null && hostedIn == null) {
      return type;
    }
    String address = object.string("PrimarySmtpAddress");
    if (address == null || address.isBlank()) {
      address = file.suffix;
    }
    if (address == null || address.isBlank()) {
      object
          .problems()
          .at(file.name, object.pointer(), "a mailbox without PrimarySmtpAddress: export it too");
      return null;
    }
    state.mailboxesCollected = state.mailboxesCollected || file.suffix == null;
    MailboxDraft mailbox = state.mailbox(address);
    ObjectNode node = mailbox.node;
    node.put("primarySmtpAddress", address);
    state.gave(file, "mailboxes");
    if (object.has("UserPrincipalName")) {
      String upn = object.string("UserPrincipalName");
      node.put("userPrincipalName", upn);
      mailbox.identity(upn);
    }
    if (object.has("EmailAddresses")) {
      List<String> proxies = object.strings("EmailAddresses");
      ArrayNode array = node.putArray("proxyAddresses");
      if (proxies != null) {
        proxies.forEach(array::add);
      }
      mailbox.identities(proxies);
    }
    if (object.has("ExternalDirectoryObjectId")) {
      String id = blankToNull(object.string("ExternalDirectoryObjectId"));
      if (id != null || !node.has("entraObjectId")) {
        node.put("entraObjectId", id);
      }
      mailbox.identity(id);
    }
    mailbox.identity(
        object.string("Name"),
        object.string("Alias"),
        object.string("DisplayName"),
        object.string("Identity"),
        object.string("Guid"));
    if (hostedIn != null && (mailbox.hostedIn == null || fromOnline)) {
      mailbox.hostedIn = hostedIn;
    }
    state.dropUnused(source, object);
    return null;
  }

  /**
   * Where a mailbox is hosted, from {@code RecipientTypeDetails} and the shell it was exported
   * from; {@code null} for a recipient that is not a mailbox.
   */
  private String hostedIn(String type, boolean fromOnline) {
    if (type == null) {
      return null;
    }
    if (MAILBOX_TYPES.stream().anyMatch(type::equalsIgnoreCase)) {
      return fromOnline ? "exchange-online" : "exchange-server";
    }
    if (!fromOnline && REMOTE_MAILBOX_TYPES.stream().anyMatch(type::equalsIgnoreCase)) {
      return "exchange-online";
    }
    if (fromOnline && sources.hybrid() && type.equalsIgnoreCase("MailUser")) {
      return "exchange-server";
    }
    return null;
  }

  private void readCasMailboxes(ExportFile file) {
    String source = source(file);
    for (SourceObject object : file.objects) {
      String address = object.string("PrimarySmtpAddress");
      MailboxDraft mailbox =
          state.find(address, file.suffix, object.string("Identity"), object.string("Name"));
      if (mailbox == null) {
        String key = address != null ? address : file.suffix;
        if (key == null) {
          object
              .problems()
              .at(file.name, object.pointer(), "a CAS mailbox without PrimarySmtpAddress");
          continue;
        }
        mailbox = state.mailbox(key);
        mailbox.node.put("primarySmtpAddress", key);
      }
      state.mailboxesCollected = state.mailboxesCollected || file.suffix == null;
      mailbox.identity(object.string("Name"), object.string("Identity"));
      ObjectNode cas = mailbox.node.putObject("casMailbox");
      object.copyBool("EwsEnabled", cas, "ewsEnabled");
      object.copyBool("ActiveSyncEnabled", cas, "activeSyncEnabled");
      object.copyEnum(
          "EwsApplicationAccessPolicy", EWS_POLICIES, cas, "ewsApplicationAccessPolicy");
      object.copyStrings("EwsAllowList", cas, "ewsAllowList");
      object.copyStrings("EwsBlockList", cas, "ewsBlockList");
      object.copyStrings("ActiveSyncAllowedDeviceIDs", cas, "activeSyncAllowedDeviceIds");
      object.copyStrings("ActiveSyncBlockedDeviceIDs", cas, "activeSyncBlockedDeviceIds");
      state.gave(file, "mailboxes[].casMailbox");
      state.dropUnused(source, object);
    }
  }

  private void readUsers(ExportFile file) {
    String source = source(file);
    int unmatched = 0;
    for (SourceObject object : file.objects) {
      String upn = object.string("UserPrincipalName");
      String id = blankToNull(object.string("ExternalDirectoryObjectId"));
      MailboxDraft mailbox =
          state.find(
              file.suffix,
              id,
              upn,
              object.string("WindowsEmailAddress"),
              object.string("Identity"),
              object.string("Name"));
      if (mailbox == null) {
        unmatched++;
        continue;
      }
      if (object.has("UserPrincipalName")) {
        mailbox.node.put("userPrincipalName", upn);
        mailbox.identity(upn);
      }
      if (object.has("ExternalDirectoryObjectId") && id != null) {
        mailbox.node.put("entraObjectId", id);
        mailbox.identity(id);
      }
      if (object.has("AuthenticationPolicy")) {
        mailbox.node.put(
            "authenticationPolicy", blankToNull(object.string("AuthenticationPolicy")));
      }
      state.gave(file, "mailboxes[].authenticationPolicy");
      state.dropUnused(source, object);
    }
    if (unmatched > 0) {
      state.notes.add(file.name + ": " + unmatched + " users matched no mailbox and were left out");
    }
  }

  private void readMobileDevices(ExportFile file) {
    String source = source(file);
    if (file.suffix != null) {
      MailboxDraft mailbox = state.find(file.suffix);
      if (mailbox == null) {
        mailbox = state.mailbox(file.suffix);
      }
      ArrayNode devices = devices(mailbox);
      for (SourceObject object : file.objects) {
        devices.add(device(object));
        state.dropUnused(source, object);
      }
      state.gave(file, "mailboxes[].mobileDevices");
      return;
    }
    for (MailboxDraft mailbox : state.mailboxes.values()) {
      devices(mailbox);
    }
    int unmatched = 0;
    for (SourceObject object : file.objects) {
      String identity = object.string("Identity");
      String owner = identity == null ? null : identity.split("\\\\")[0];
      String display = object.string("UserDisplayName");
      String displayLeaf = display == null ? null : display.substring(display.lastIndexOf('/') + 1);
      MailboxDraft mailbox = state.find(owner, display, displayLeaf);
      ObjectNode device = device(object);
      state.dropUnused(source, object);
      if (mailbox == null) {
        unmatched++;
        continue;
      }
      devices(mailbox).add(device);
    }
    state.gave(file, "mailboxes[].mobileDevices");
    if (unmatched > 0) {
      state.notes.add(
          file.name
              + ": "
              + unmatched
              + " devices matched no mailbox by Identity or UserDisplayName and were left out;"
              + " export per mailbox as Get-MobileDevice.<address>.json");
    }
  }

  private static ArrayNode devices(MailboxDraft mailbox) {
    JsonNode existing = mailbox.node.get("mobileDevices");
    return existing instanceof ArrayNode array ? array : mailbox.node.putArray("mobileDevices");
  }

  private static ObjectNode device(SourceObject object) {
    ObjectNode device = NODES.objectNode();
    object.copyString("DeviceId", device, "deviceId");
    object.copyString("DeviceUserAgent", device, "deviceUserAgent");
    object.copyString("DeviceType", device, "deviceType");
    object.copyString("DeviceModel", device, "deviceModel");
    object.copyEnum("DeviceAccessState", DEVICE_STATES, device, "deviceAccessState");
    object.copyString("DeviceAccessStateReason", device, "deviceAccessStateReason");
    return device;
  }

  void readOrganisation() {
    readOrganizationConfig();
    ExportFile settings = sources.first(Cmdlets.ACTIVESYNC_ORGANIZATION_SETTINGS);
    if (settings != null) {
      for (SourceObject object : settings.objects) {
        ObjectNode node = state.tenant.putObject("activeSyncOrganizationSettings");
        object.copyEnum("DefaultAccessLevel", ACCESS_LEVELS, node, "defaultAccessLevel");
        state.dropUnused(source(settings), object);
      }
      state.gave(settings, "tenant.activeSyncOrganizationSettings");
    }
    list(
        Cmdlets.ACTIVESYNC_DEVICE_ACCESS_RULE,
        "activeSyncDeviceAccessRules",
        (object, node) -> {
          object.copyString("Name", node, "name");
          object.copyEnum("Characteristic", CHARACTERISTICS, node, "characteristic");
          object.copyString("QueryString", node, "queryString");
          object.copyEnum("AccessLevel", ACCESS_LEVELS, node, "accessLevel");
        });
    list(
        Cmdlets.MOBILE_DEVICE_MAILBOX_POLICY,
        "mobileDeviceMailboxPolicies",
        (object, node) -> {
          object.copyString("Name", node, "name");
          // Exchange 2010 calls it IsDefaultPolicy.
          object.copyBool(
              object.has("IsDefault") ? "IsDefault" : "IsDefaultPolicy", node, "isDefault");
          object.copyBool("AllowNonProvisionableDevices", node, "allowNonProvisionableDevices");
        });
    list(
        Cmdlets.AUTHENTICATION_POLICY,
        "authenticationPolicies",
        (file, object, node) -> {
          object.copyString("Name", node, "name");
          // Set-AuthenticationPolicy: the Block* switches exist only in on-premises Exchange. An
          // Exchange Online policy does not have them: they are unset there, not "not collected".
          boolean online = sources.fromOnline(file);
          for (String[] authSwitch : AUTHENTICATION_SWITCHES) {
            if (online && authSwitch[0].startsWith("Block") && !object.has(authSwitch[0])) {
              node.putNull(authSwitch[1]);
            } else {
              object.copyBool(authSwitch[0], node, authSwitch[1]);
            }
          }
        });
    readConnectionFilter();
    readAcceptedDomains();
    readExchangeServers();
    readVirtualDirectories();
  }

  private interface Mapping {
    void map(SourceObject object, ObjectNode node);
  }

  /** A mapping that needs to know which export an object came from. */
  private interface FileMapping {
    void map(ExportFile file, SourceObject object, ObjectNode node);
  }

  private void list(String cmdlet, String field, Mapping mapping) {
    list(cmdlet, field, (file, object, node) -> mapping.map(object, node));
  }

  private void list(String cmdlet, String field, FileMapping mapping) {
    List<ExportFile> files = sources.exchange(cmdlet);
    if (files.isEmpty()) {
      return;
    }
    ArrayNode list = state.tenant.putArray(field);
    for (ExportFile file : files) {
      for (SourceObject object : file.objects) {
        ObjectNode node = list.addObject();
        mapping.map(file, object, node);
        state.dropUnused(source(file), object);
      }
      state.gave(file, "tenant." + field);
    }
  }

  private void readOrganizationConfig() {
    ExportFile base = null;
    ExportFile withEws = null;
    for (ExportFile file : sources.exchange(Cmdlets.ORGANIZATION_CONFIG)) {
      if (file.suffix != null && file.suffix.equalsIgnoreCase("RetrieveEwsOperationAccessPolicy")) {
        withEws = file;
      } else if (base == null) {
        base = file;
      }
    }
    ExportFile main = base != null ? base : withEws;
    if (main == null || main.objects.isEmpty()) {
      return;
    }
    SourceObject object = main.objects.get(0);
    ObjectNode node = state.tenant.putObject("organizationConfig");
    object.copyBool("EwsEnabled", node, "ewsEnabled");
    object.copyBool("OAuth2ClientProfileEnabled", node, "oauth2ClientProfileEnabled");
    object.copyEnum("EwsApplicationAccessPolicy", EWS_POLICIES, node, "ewsApplicationAccessPolicy");
    object.copyStrings("EwsAllowList", node, "ewsAllowList");
    object.copyStrings("EwsBlockList", node, "ewsBlockList");
    object.copyString("DefaultAuthenticationPolicy", node, "defaultAuthenticationPolicy");
    organisationName(object);
    state.gave(main, "tenant.organizationConfig");
    SourceObject ews = withEws == null || withEws.objects.isEmpty() ? null : withEws.objects.get(0);
    if (ews != null && ews.has("EwsAllowedAppIDs")) {
      ArrayNode ids = node.putArray("ewsAllowedAppIds");
      List<String> values = ews.strings("EwsAllowedAppIDs");
      // "a,b", ["a,b"] and ["a","b"] all occur.
      for (String value : values == null ? List.<String>of() : values) {
        for (String id : value.split(",")) {
          if (!id.isBlank()) {
            ids.add(id.trim());
          }
        }
      }
      state.gave(withEws, "tenant.organizationConfig.ewsAllowedAppIds");
    } else {
      SourceObject.notCollected(node, "ewsAllowedAppIds");
    }
    state.dropUnused(source(main), object);
    if (ews != null && ews != object) {
      state.dropped(
          source(withEws) + " -RetrieveEwsOperationAccessPolicy",
          ews.unused().stream().filter(name -> !object.has(name)).toList());
    }
  }

  private void organisationName(SourceObject object) {
    String name = object.string("Name");
    if (name != null && !name.isBlank()) {
      state.organisationName = name;
    }
  }

  private void readConnectionFilter() {
    List<ExportFile> files = sources.exchange(Cmdlets.HOSTED_CONNECTION_FILTER_POLICY);
    if (files.isEmpty()) {
      return;
    }
    SourceObject chosen = null;
    ExportFile chosenFile = null;
    int count = 0;
    for (ExportFile file : files) {
      for (SourceObject object : file.objects) {
        count++;
        Boolean isDefault = object.has("IsDefault") ? object.bool("IsDefault") : null;
        if (chosen == null
            || Boolean.TRUE.equals(isDefault)
            || "Default".equalsIgnoreCase(object.string("Identity"))) {
          chosen = object;
          chosenFile = file;
        }
      }
    }
    if (chosen == null) {
      return;
    }
    connectionFilter(chosen, chosenFile.name, source(chosenFile));
    state.gave(chosenFile, "tenant.connectionFilterPolicy");
    if (count > 1) {
      state.notes.add(
          chosenFile.name + ": " + count + " connection filter policies, the default one read");
    }
  }

  /** The default hosted connection filter policy (also ScubaGear's {@code conn_filter}). */
  void connectionFilter(SourceObject object, String file, String source) {
    ObjectNode node = state.tenant.putObject("connectionFilterPolicy");
    ranges(object, "IPAllowList", node, "ipAllowList", file);
    ranges(object, "IPBlockList", node, "ipBlockList", file);
    object.copyBool("EnableSafeList", node, "enableSafeList");
    state.dropUnused(source, object);
  }

  /** IP lists as CIDRs: Exchange also takes ranges {@code a-b}, which become their CIDR blocks. */
  private static void ranges(
      SourceObject object, String key, ObjectNode node, String field, String file) {
    if (!object.has(key)) {
      SourceObject.notCollected(node, field);
      return;
    }
    ArrayNode array = node.putArray(field);
    List<String> values = object.strings(key);
    if (values == null) {
      return;
    }
    for (String value : values) {
      try {
        if (value.contains("-")) {
          String[] ends = value.split("-", 2);
          IPAddress lower = new IPAddressString(ends[0].trim()).toAddress();
          IPAddress upper = new IPAddressString(ends[1].trim()).toAddress();
          for (IPAddress block : lower.spanWithPrefixBlocks(upper)) {
            array.add(block.toPrefixLengthString());
          }
        } else {
          array.add(new IPAddressString(value.trim()).toAddress().toString());
        }
      } catch (inet.ipaddr.AddressStringException | RuntimeException e) {
        object
            .problems()
            .at(
                file,
                object.at(key),
                "%s must hold IP addresses, CIDRs or ranges a-b but has %s",
                key,
                ImportProblems.quote(value));
      }
    }
  }

  private void readAcceptedDomains() {
    List<ExportFile> files = sources.exchange(Cmdlets.ACCEPTED_DOMAIN);
    if (files.isEmpty()) {
      return;
    }
    ArrayNode domains = state.tenant.putArray("domains");
    for (ExportFile file : files) {
      for (SourceObject object : file.objects) {
        acceptedDomain(object, domains, source(file));
      }
      state.gave(file, "tenant.domains");
    }
  }

  /** One accepted domain (also ScubaGear's); DNS answers are no export's: not collected. */
  void acceptedDomain(SourceObject object, ArrayNode domains, String source) {
    String name = domainName(object);
    if (name == null) {
      object
          .problems()
          .at(object.file(), object.pointer(), "an accepted domain without DomainName");
      return;
    }
    ObjectNode domain = domains.addObject();
    domain.put("name", name);
    SourceObject.notCollected(domain, "autodiscover");
    if (Boolean.TRUE.equals(object.has("Default") ? object.bool("Default") : null)) {
      state.defaultDomain = name;
    }
    object.raw("Name");
    state.dropUnused(source, object);
  }

  private static String domainName(SourceObject object) {
    JsonNode raw = object.raw("DomainName");
    if (raw != null && raw.isObject()) {
      // SmtpDomainWithSubdomains written at depth: {"Domain": "contoso.com", ...}.
      JsonNode domain = ExportFile.field(raw, "Domain");
      if (domain == null) {
        domain = ExportFile.field(raw, "Address");
      }
      return domain == null ? null : domain.asText();
    }
    String name = object.string("DomainName");
    return name != null ? name : object.string("Name");
  }

  private void readExchangeServers() {
    List<ExportFile> files = sources.exchange(Cmdlets.EXCHANGE_SERVER);
    String oldest = null;
    int oldestRank = Integer.MAX_VALUE;
    for (ExportFile file : files) {
      for (SourceObject object : file.objects) {
        String label = version(object, file);
        if (label != null && rank(label) < oldestRank) {
          oldest = label;
          oldestRank = rank(label);
        }
        object.raw("Name");
        state.dropUnused(source(file), object);
      }
      state.gave(file, "tenant.exchangeServerVersion");
    }
    if (oldest != null) {
      state.tenant.put("exchangeServerVersion", oldest);
    }
  }

  private static int rank(String label) {
    return label.equals("SE") ? 9999 : Integer.parseInt(label);
  }

  /** The Exchange Server version of {@code AdminDisplayVersion}, e.g. 15.2 build 1544: 2019. */
  private static String version(SourceObject object, ExportFile file) {
    JsonNode raw = object.raw("AdminDisplayVersion");
    int major;
    int minor;
    int build;
    if (raw == null || raw.isNull()) {
      return null;
    }
    if (raw.isObject()) {
      major = ExportFile.field(raw, "Major") == null ? -1 : ExportFile.field(raw, "Major").asInt();
      minor = ExportFile.field(raw, "Minor") == null ? -1 : ExportFile.field(raw, "Minor").asInt();
      build = ExportFile.field(raw, "Build") == null ? -1 : ExportFile.field(raw, "Build").asInt();
    } else {
      String text = raw.asText();
      Matcher matcher = VERSION_TEXT.matcher(text);
      if (!matcher.matches()) {
        matcher = VERSION_DOTTED.matcher(text);
      }
      if (!matcher.matches()) {
        object
            .problems()
            .at(
                file.name,
                object.at("AdminDisplayVersion"),
                "AdminDisplayVersion must read like 'Version 15.2 (Build 1544.4)' but was %s",
                ImportProblems.quote(text));
        return null;
      }
      major = Integer.parseInt(matcher.group(1));
      minor = Integer.parseInt(matcher.group(2));
      build = Integer.parseInt(matcher.group(3));
    }
    String label = versionLabel(major, minor, build);
    if (label == null) {
      object
          .problems()
          .at(
              file.name,
              object.at("AdminDisplayVersion"),
              "AdminDisplayVersion %s.%s build %s is not an Exchange Server version mailready knows"
                  + " (6.5: 2003, 8: 2007, 14: 2010, 15.0: 2013, 15.1: 2016, 15.2: 2019 or SE)",
              major,
              minor,
              build);
    }
    return label;
  }

  /** 15.2 is 2019 below build 2562 and Subscription Edition from it. */
  static String versionLabel(int major, int minor, int build) {
    if (major == 6) {
      return "2003";
    } else if (major == 8) {
      return "2007";
    } else if (major == 14) {
      return "2010";
    } else if (major == 15 && minor == 0) {
      return "2013";
    } else if (major == 15 && minor == 1) {
      return "2016";
    } else if (major == 15 && minor == 2) {
      return build >= 2562 ? "SE" : "2019";
    }
    return null;
  }

  private void readVirtualDirectories() {
    List<ExportFile> ews = sources.exchange(Cmdlets.WEB_SERVICES_VIRTUAL_DIRECTORY);
    List<ExportFile> activeSync = sources.exchange(Cmdlets.ACTIVESYNC_VIRTUAL_DIRECTORY);
    if (ews.isEmpty() && activeSync.isEmpty()) {
      return;
    }
    ObjectNode node = state.tenant.putObject("virtualDirectories");
    directories(ews, node, "ews", List.of("BasicAuthentication", "OAuthAuthentication"));
    directories(activeSync, node, "activeSync", List.of("BasicAuthEnabled"));
  }

  private void directories(
      List<ExportFile> files, ObjectNode node, String field, List<String> switches) {
    if (files.isEmpty()) {
      SourceObject.notCollected(node, field);
      return;
    }
    ArrayNode list = node.putArray(field);
    for (ExportFile file : files) {
      for (SourceObject object : file.objects) {
        ObjectNode directory = list.addObject();
        for (String key : concat(List.of("Server", "InternalUrl", "ExternalUrl"), switches)) {
          if (!object.has(key)) {
            // A virtual directory has no notCollected of its own: a missing switch is an error.
            object
                .problems()
                .at(
                    file.name,
                    object.pointer(),
                    "%s is missing: export Server, InternalUrl, ExternalUrl, %s",
                    key,
                    String.join(", ", switches));
            continue;
          }
          String target = Character.toLowerCase(key.charAt(0)) + key.substring(1);
          if (key.equals("OAuthAuthentication")) {
            target = "oauthAuthentication";
          }
          if (switches.contains(key)) {
            object.copyBool(key, directory, target);
          } else {
            directory.put(target, object.string(key));
          }
        }
        state.dropUnused(source(file), object);
      }
      state.gave(file, "tenant.virtualDirectories." + field);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  static String lower(String value) {
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }
}
