package io.mailready.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * The recognised input files by kind, and what their presence says about the deployment: which
 * exports came from Exchange Online and which from Exchange Server.
 */
final class Sources {
  final List<ExportFile> exchange = new ArrayList<>();
  final List<ExportFile> graph = new ArrayList<>();
  final List<ExportFile> scubaGear = new ArrayList<>();
  final List<ExportFile> ipLists = new ArrayList<>();
  final List<ExportFile> partials = new ArrayList<>();

  private boolean strongOnline;
  private String onlineReason;
  private boolean server;
  private String serverReason;
  private boolean remoteMailboxes;
  private String deployment;
  private String reason;

  void add(ExportFile file) {
    switch (file.kind) {
      case POWERSHELL, ADMIN_API -> exchange.add(file);
      case GRAPH -> graph.add(file);
      case SCUBAGEAR -> scubaGear.add(file);
      case PLATFORM_IP_LIST -> ipLists.add(file);
      case PARTIAL_SNAPSHOT -> partials.add(file);
      case COLLECTOR_MANIFEST -> {}
    }
  }

  /** The Exchange exports of one (canonical) cmdlet, Exchange Online ones first. */
  List<ExportFile> exchange(String cmdlet) {
    List<ExportFile> online = new ArrayList<>();
    List<ExportFile> other = new ArrayList<>();
    for (ExportFile file : exchange) {
      if (Cmdlets.canonical(file.cmdlet).equals(cmdlet)) {
        (isExo(file) ? online : other).add(file);
      }
    }
    online.addAll(other);
    return online;
  }

  ExportFile first(String cmdlet) {
    List<ExportFile> files = exchange(cmdlet);
    return files.isEmpty() ? null : files.get(0);
  }

  private static boolean isExo(ExportFile file) {
    return file.kind == ExportFile.Kind.ADMIN_API || Cmdlets.isExo(file.cmdlet);
  }

  /**
   * Derives the deployment from which sources are present: Exchange Online's own cmdlets (Get-EXO*,
   * the admin API, Get-HostedConnectionFilterPolicy, -RetrieveEwsOperationAccessPolicy), Exchange
   * Server's (Get-ExchangeServer, virtual directories), and remote mailboxes in an on-premises
   * Get-Recipient.
   */
  void derive() {
    for (ExportFile file : exchange) {
      String cmdlet = Cmdlets.canonical(file.cmdlet);
      if (isExo(file)
          || Cmdlets.ONLINE_ONLY.contains(cmdlet)
          || (cmdlet.equals(Cmdlets.ORGANIZATION_CONFIG)
              && "RetrieveEwsOperationAccessPolicy".equalsIgnoreCase(file.suffix))) {
        strongOnline = true;
        onlineReason = onlineReason == null ? ExchangeReader.source(file) : onlineReason;
      }
      if (Cmdlets.SERVER_ONLY.contains(cmdlet)) {
        server = true;
        serverReason = serverReason == null ? ExchangeReader.source(file) : serverReason;
      }
    }
    for (ExportFile file : scubaGear) {
      strongOnline = true;
      onlineReason = onlineReason == null ? "ScubaGear's Exchange Online export" : onlineReason;
    }
    if (server) {
      for (ExportFile file : exchange) {
        if (!isExo(file) && Cmdlets.canonical(file.cmdlet).equals(Cmdlets.RECIPIENT)) {
          for (SourceObject object : file.objects) {
            String type = object.has("RecipientTypeDetails") ? rawText(object) : null;
            if (type != null
                && ExchangeReader.REMOTE_MAILBOX_TYPES.stream().anyMatch(type::equalsIgnoreCase)) {
              remoteMailboxes = true;
            }
          }
        }
      }
    }
    if (server && (strongOnline || remoteMailboxes)) {
      deployment = "hybrid";
      reason =
          serverReason
              + " (Exchange Server) and "
              + (strongOnline
                  ? onlineReason + " (Exchange Online)"
                  : "remote mailboxes in Get-Recipient");
    } else if (server) {
      deployment = "exchange-server";
      reason = serverReason + " (Exchange Server) and no Exchange Online export";
    } else if (strongOnline) {
      deployment = "exchange-online";
      reason = onlineReason + " (Exchange Online) and no Exchange Server export";
    } else if (!graph.isEmpty() && !exchange.isEmpty()) {
      deployment = "exchange-online";
      reason = "Microsoft Graph exports and no Exchange Server export";
    } else {
      reason =
          "no export names where Exchange runs: add Get-ExchangeServer.json (Exchange Server), use"
              + " the Get-EXO* cmdlets (Exchange Online), or set tenant.deployment in a --merge file";
    }
  }

  private static String rawText(SourceObject object) {
    var raw = object.raw("RecipientTypeDetails");
    return raw == null || raw.isNull() ? null : raw.asText();
  }

  /** The deployment derived, or {@code null}. */
  String deployment() {
    return deployment;
  }

  String reason() {
    return reason;
  }

  boolean hybrid() {
    return "hybrid".equals(deployment);
  }

  /**
   * Whether an Exchange export came from Exchange Online: the Get-EXO* cmdlets and the admin API
   * always; the classic names unless the folder also has Exchange Server exports (in a hybrid
   * folder the classic names are the on-premises shell's).
   */
  boolean fromOnline(ExportFile file) {
    return isExo(file) || !server;
  }
}
