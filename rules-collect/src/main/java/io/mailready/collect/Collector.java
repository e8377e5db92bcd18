package io.mailready.collect;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailready.collect.ApiClient.CallFailedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Collects the raw exports of a live Microsoft 365 tenant, read-only: Microsoft Graph v1.0 and the
 * Exchange Online admin API, written as the files an admin would export by hand ({@code
 * Get-CASMailbox.json}, {@code graph.identity.conditionalAccess.policies.json}, ...) plus {@code
 * manifest.json}, which records every call, what failed and why, and which files were written.
 *
 * <pre>{@code
 * CollectionResult result = Collector.builder()
 *     .tenant("contoso.onmicrosoft.com")
 *     .tokens(api -> myTokens.get(api.defaultScope()))
 *     .mailboxes(List.of("alice@contoso.com"))        // or .allMailboxes()
 *     .outputDirectory(Path.of("contoso-export"))
 *     .build()
 *     .collect();
 * }</pre>
 *
 * <p>A failed call does not stop the collection: it is recorded in the manifest, its file is not
 * written (so an importer reads its section as not collected), and {@link
 * CollectionResult#complete()} is false. A collector is for one run at a time.
 */
public final class Collector {
  /** Graph's application id of the Office 365 Exchange Online and Microsoft Graph resources. */
  static final String EXCHANGE_ONLINE_APP_ID = "00000002-0000-0ff1-ce00-000000000000";

  static final String MICROSOFT_GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";

  static final String MANIFEST = "manifest.json";
  static final String MANIFEST_SCHEMA = "mailready/collect-manifest/v1";
  static final URI DEFAULT_GRAPH_BASE = URI.create("https://graph.microsoft.com/v1.0/");
  static final URI DEFAULT_EXCHANGE_BASE =
      URI.create("https://outlook.office365.com/adminapi/beta/");

  /** Graph's limit of values in one {@code in (...)} filter. */
  private static final int FILTER_BATCH = 15;

  private static final String SERVICE_PRINCIPAL_SELECT =
      "id,appId,displayName,appRoleAssignmentRequired,accountEnabled,servicePrincipalType,"
          + "appOwnerOrganizationId,verifiedPublisher,publisherName";
  private static final String USER_SELECT =
      "id,userPrincipalName,mail,proxyAddresses,displayName,accountEnabled,"
          + "onPremisesSyncEnabled,userType";
  private static final Pattern ADDRESS =
      Pattern.compile("[^\\s/\\\\:*?\"<>|@]+@[^\\s/\\\\:*?\"<>|@]+");
  private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");
  private static final Pattern APP_ID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final String tenant;
  private final TokenProvider tokens;
  private final List<String> mailboxes;
  private final boolean allMailboxes;
  private final Path outputDirectory;
  private final Clock clock;
  private final URI graphBase;
  private final URI exchangeBase;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final HttpClient httpClient;
  private final Set<String> servicePrincipalAppIds;
  private final int parallelism;
  private final String toolVersion;
  private final ObjectMapper json = new ObjectMapper();

  private Collector(Builder builder) {
    this.tenant = builder.tenant;
    this.tokens = builder.tokens;
    this.mailboxes = List.copyOf(builder.mailboxes);
    this.allMailboxes = builder.allMailboxes;
    this.outputDirectory = builder.outputDirectory;
    this.clock = builder.clock;
    this.graphBase = builder.graphBase;
    this.exchangeBase = builder.exchangeBase;
    this.retryPolicy = builder.retryPolicy;
    this.sleeper = builder.sleeper;
    this.httpClient =
        builder.httpClient != null
            ? builder.httpClient
            : HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(30))
                // a redirect would be sent without passing the read-only guard
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    this.servicePrincipalAppIds = Set.copyOf(builder.servicePrincipalAppIds);
    this.parallelism = builder.parallelism;
    this.toolVersion = builder.toolVersion != null ? builder.toolVersion : ownVersion();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Makes every call, writes every export it could collect whole, then {@code manifest.json}.
   *
   * @throws IOException when the output directory or a file in it cannot be written (the tenant's
   *     answers never cause it: they are recorded in the manifest)
   */
  public CollectionResult collect() throws IOException {
    Files.createDirectories(outputDirectory);
    Instant startedAt = clock.instant();
    Run run = new Run();
    run.collectGraphTenant();
    run.collectExchangeTenant();
    List<MailboxKey> selected = run.collectMailboxes();
    run.collectMobileDevices(selected);
    run.collectGraphUsers(selected);
    Instant finishedAt = clock.instant();

    List<String> written = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Export export : run.exports) {
      if (export.written) {
        written.add(export.file);
      }
      if (export.error != null) {
        failures.add(export.file + ": " + export.error);
      }
      // sorted: per-mailbox tasks add their problems in whatever order they finish
      export.problems.stream()
          .sorted()
          .forEach(problem -> failures.add(export.file + ": " + problem));
    }
    written.add(MANIFEST);
    ObjectNode manifest = manifest(run, startedAt, finishedAt, written, failures);
    ExportFiles.write(outputDirectory, MANIFEST, manifest, json);
    return new CollectionResult(outputDirectory.resolve(MANIFEST), written, failures);
  }

  /** A mailbox to collect: its address and, when Get-Mailbox gave them, its Entra ids. */
  private record MailboxKey(String address, String entraObjectId, String userPrincipalName) {}

  /** The state of one collection run. */
  private final class Run {
    // added to by the calling thread only; per-mailbox tasks use exports created before them
    final List<Export> exports = new ArrayList<>();
    final ApiClient client =
        new ApiClient(
            httpClient,
            tokens,
            new ReadOnlyGuard(graphBase, exchangeBase, json),
            retryPolicy,
            sleeper,
            clock,
            json,
            Duration.ofMinutes(2),
            "mailready/" + toolVersion);
    final GraphReader graph = new GraphReader(client, graphBase, json);
    final ExchangeReader exchange = new ExchangeReader(client, exchangeBase, tenant, json);

    Export export(String file, Source source) {
      Export export = new Export(file, source);
      exports.add(export);
      return export;
    }

    void write(Export export, JsonNode content) throws IOException {
      ExportFiles.write(outputDirectory, export.file, content, json);
      export.written = true;
    }

    // ---- Microsoft Graph, tenant-wide

    void collectGraphTenant() throws IOException {
      graphEntity("policies/authorizationPolicy", Source.GRAPH_AUTHORIZATION_POLICY);
      graphEntity(
          "policies/identitySecurityDefaultsEnforcementPolicy", Source.GRAPH_SECURITY_DEFAULTS);
      graphEntity("policies/adminConsentRequestPolicy", Source.GRAPH_ADMIN_CONSENT_POLICY);
      graphCollection(
          "identity/conditionalAccess/policies", Source.GRAPH_CONDITIONAL_ACCESS_POLICIES);
      graphCollection("identity/conditionalAccess/namedLocations", Source.GRAPH_NAMED_LOCATIONS);
      ObjectNode grants = graphCollection("oauth2PermissionGrants", Source.GRAPH_PERMISSION_GRANTS);
      List<String> resourceIds = collectServicePrincipals(grants);
      for (String id : resourceIds) {
        String path = "servicePrincipals/" + encode(id) + "/delegatedPermissionClassifications";
        graphCollection(path, Source.GRAPH_PERMISSION_CLASSIFICATIONS);
      }
    }

    ObjectNode graphEntity(String path, Source source) throws IOException {
      Export export = export(graphFile(path), source);
      try {
        ObjectNode entity = graph.entity(path, export);
        write(export, entity);
        return entity;
      } catch (CallFailedException e) {
        export.fail(e.getMessage());
        return null;
      }
    }

    ObjectNode graphCollection(String path, Source source) throws IOException {
      Export export = export(graphFile(path), source);
      try {
        ObjectNode collection = graph.collection(path, export);
        write(export, collection);
        return collection;
      } catch (CallFailedException e) {
        export.fail(e.getMessage());
        return null;
      }
    }

    /**
     * The service principals that matter: the Exchange Online and Microsoft Graph resources, the
     * apps given by the caller, and every client that holds a delegated grant on those resources.
     * Returns the ids of the two resources' service principals.
     */
    List<String> collectServicePrincipals(ObjectNode grants) throws IOException {
      Export export = export("graph.servicePrincipals.json", Source.GRAPH_SERVICE_PRINCIPALS);
      Set<String> appIds = new LinkedHashSet<>();
      appIds.add(EXCHANGE_ONLINE_APP_ID);
      appIds.add(MICROSOFT_GRAPH_APP_ID);
      appIds.addAll(servicePrincipalAppIds);
      ObjectNode merged = json.createObjectNode();
      ArrayNode values = merged.putArray("value");
      Set<String> ids = new LinkedHashSet<>();
      List<String> resourceIds = new ArrayList<>();
      try {
        for (List<String> batch : batches(appIds)) {
          ObjectNode page = graph.collection(servicePrincipalsWhere("appId", batch), export);
          addAll(merged, values, ids, page);
        }
        for (JsonNode sp : values) {
          String appId = sp.path("appId").asText();
          if (appId.equalsIgnoreCase(EXCHANGE_ONLINE_APP_ID)
              || appId.equalsIgnoreCase(MICROSOFT_GRAPH_APP_ID)) {
            resourceIds.add(sp.path("id").asText());
          }
        }
        if (grants == null) {
          export.problems.add(
              "the service principals of apps holding delegated grants were not collected,"
                  + " because oauth2PermissionGrants failed");
        } else {
          Set<String> clients = new LinkedHashSet<>();
          for (JsonNode grant : grants.path("value")) {
            if (resourceIds.contains(grant.path("resourceId").asText())
                && !ids.contains(grant.path("clientId").asText())
                && !grant.path("clientId").asText().isEmpty()) {
              clients.add(grant.path("clientId").asText());
            }
          }
          for (List<String> batch : batches(clients)) {
            ObjectNode page = graph.collection(servicePrincipalsWhere("id", batch), export);
            addAll(merged, values, ids, page);
          }
        }
        ObjectNode ordered = json.createObjectNode();
        if (merged.has("@odata.context")) {
          ordered.set("@odata.context", merged.get("@odata.context"));
        }
        ordered.set("value", values);
        write(export, ordered);
      } catch (CallFailedException e) {
        export.fail(e.getMessage());
      }
      return resourceIds;
    }

    private void addAll(ObjectNode merged, ArrayNode values, Set<String> ids, ObjectNode page) {
      if (!merged.has("@odata.context") && page.has("@odata.context")) {
        merged.set("@odata.context", page.get("@odata.context"));
      }
      for (JsonNode sp : page.path("value")) {
        if (ids.add(sp.path("id").asText())) {
          values.add(sp);
        }
      }
    }

    private String servicePrincipalsWhere(String property, List<String> values) {
      String list =
          values.stream()
              .map(v -> "'" + v.replace("'", "''") + "'")
              .collect(Collectors.joining(","));
      return "servicePrincipals?$filter="
          + encode(property + " in (" + list + ")")
          + "&$select="
          + SERVICE_PRINCIPAL_SELECT;
    }

    // ---- Exchange Online, organisation-wide

    void collectExchangeTenant() throws IOException {
      cmdlet("Get-OrganizationConfig", null, params(), Source.ORGANIZATION_CONFIG);
      ObjectNode ews = params();
      ews.put("RetrieveEwsOperationAccessPolicy", true);
      cmdlet(
          "Get-OrganizationConfig",
          "RetrieveEwsOperationAccessPolicy",
          ews,
          Source.ORGANIZATION_CONFIG_EWS);
      cmdlet(
          "Get-ActiveSyncOrganizationSettings",
          null,
          params(),
          Source.ACTIVESYNC_ORGANIZATION_SETTINGS);
      cmdlet(
          "Get-ActiveSyncDeviceAccessRule", null, params(), Source.ACTIVESYNC_DEVICE_ACCESS_RULES);
      cmdlet(
          "Get-MobileDeviceMailboxPolicy", null, params(), Source.MOBILE_DEVICE_MAILBOX_POLICIES);
      cmdlet("Get-AuthenticationPolicy", null, params(), Source.AUTHENTICATION_POLICIES);
      cmdlet("Get-HostedConnectionFilterPolicy", null, params(), Source.CONNECTION_FILTER_POLICY);
      cmdlet("Get-AcceptedDomain", null, params(), Source.ACCEPTED_DOMAINS);
    }

    ObjectNode cmdlet(String name, String suffix, ObjectNode parameters, Source source)
        throws IOException {
      Export export = export(cmdletFile(name, suffix), source);
      try {
        ObjectNode result = exchange.invoke(name, parameters, export);
        write(export, result);
        return result;
      } catch (CallFailedException e) {
        export.fail(e.getMessage());
        return null;
      }
    }

    ObjectNode mailboxCmdlet(Export export, String mailbox, String name, ObjectNode parameters)
        throws IOException {
      try {
        ObjectNode result = exchange.invokeFor(mailbox, name, parameters, export);
        write(export, result);
        return result;
      } catch (CallFailedException e) {
        export.fail(e.getMessage());
        return null;
      }
    }

    /**
     * Runs per-mailbox tasks, {@code parallelism} at a time, and returns their results in task
     * order. Each task touches only exports created (in order) before it starts.
     */
    <T> List<T> perMailbox(List<Callable<T>> tasks) throws IOException {
      List<T> results = new ArrayList<>();
      if (parallelism == 1 || tasks.size() <= 1) {
        for (Callable<T> task : tasks) {
          results.add(call(task));
        }
        return results;
      }
      ExecutorService pool =
          Executors.newFixedThreadPool(
              Math.min(parallelism, tasks.size()),
              runnable -> {
                Thread thread = new Thread(runnable, "mailready-collect");
                thread.setDaemon(true);
                return thread;
              });
      try {
        for (Future<T> future : pool.invokeAll(tasks)) {
          try {
            results.add(future.get());
          } catch (ExecutionException e) {
            throw rethrow(e.getCause());
          }
        }
        return results;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while collecting mailboxes");
      } finally {
        pool.shutdownNow();
      }
    }

    private <T> T call(Callable<T> task) throws IOException {
      try {
        return task.call();
      } catch (Exception e) {
        throw rethrow(e);
      }
    }

    private IOException rethrow(Throwable cause) {
      if (cause instanceof IOException io) {
        return io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      return new IOException(cause);
    }

    // ---- Mailboxes

    /** The mailboxes' Exchange exports; returns the mailboxes to collect per-mailbox data of. */
    List<MailboxKey> collectMailboxes() throws IOException {
      List<MailboxKey> keys = new ArrayList<>();
      if (allMailboxes) {
        ObjectNode unlimited = params().put("ResultSize", "Unlimited");
        ObjectNode all = cmdlet("Get-Mailbox", null, unlimited.deepCopy(), Source.MAILBOXES);
        cmdlet("Get-CASMailbox", null, unlimited.deepCopy(), Source.CAS_MAILBOXES);
        cmdlet("Get-User", null, unlimited.deepCopy(), Source.USERS);
        cmdlet("Get-Recipient", null, unlimited.deepCopy(), Source.RECIPIENTS);
        if (all == null) {
          return keys;
        }
        for (JsonNode mailbox : all.path("value")) {
          String address = mailbox.path("PrimarySmtpAddress").asText("");
          if (address.isEmpty()) {
            continue;
          }
          keys.add(
              new MailboxKey(
                  address,
                  textOrNull(mailbox, "ExternalDirectoryObjectId"),
                  textOrNull(mailbox, "UserPrincipalName")));
        }
        return keys;
      }
      List<Callable<MailboxKey>> tasks = new ArrayList<>();
      for (String address : mailboxes) {
        Export mailboxExport = export(cmdletFile("Get-Mailbox", address), Source.MAILBOXES);
        Export cas = export(cmdletFile("Get-CASMailbox", address), Source.CAS_MAILBOXES);
        Export user = export(cmdletFile("Get-User", address), Source.USERS);
        Export recipient = export(cmdletFile("Get-Recipient", address), Source.RECIPIENTS);
        tasks.add(
            () -> {
              ObjectNode mailbox =
                  mailboxCmdlet(mailboxExport, address, "Get-Mailbox", identity(address));
              mailboxCmdlet(cas, address, "Get-CASMailbox", identity(address));
              mailboxCmdlet(user, address, "Get-User", identity(address));
              mailboxCmdlet(recipient, address, "Get-Recipient", identity(address));
              JsonNode first = mailbox == null ? null : mailbox.path("value").path(0);
              return new MailboxKey(
                  address,
                  first == null ? null : textOrNull(first, "ExternalDirectoryObjectId"),
                  first == null ? null : textOrNull(first, "UserPrincipalName"));
            });
      }
      return perMailbox(tasks);
    }

    void collectMobileDevices(List<MailboxKey> keys) throws IOException {
      List<Callable<Object>> tasks = new ArrayList<>();
      for (MailboxKey key : keys) {
        if (!ADDRESS.matcher(key.address()).matches()) {
          Export skipped =
              export(cmdletFile("Get-MobileDevice", "invalid-address"), Source.MOBILE_DEVICES);
          skipped.fail("skipped mailbox '" + key.address() + "': not a usable file name suffix");
          continue;
        }
        Export export =
            export(cmdletFile("Get-MobileDevice", key.address()), Source.MOBILE_DEVICES);
        ObjectNode parameters =
            params().put("Mailbox", key.address()).put("ResultSize", "Unlimited");
        tasks.add(() -> mailboxCmdlet(export, key.address(), "Get-MobileDevice", parameters));
      }
      perMailbox(tasks);
    }

    // ---- Microsoft Graph users with their transitive memberships

    void collectGraphUsers(List<MailboxKey> keys) throws IOException {
      if (keys.isEmpty() && !allMailboxes) {
        return;
      }
      Export export = export("graph.users.json", Source.GRAPH_USERS);
      ObjectNode users;
      if (allMailboxes) {
        try {
          users = graph.collection("users?$select=" + USER_SELECT + "&$top=999", export);
        } catch (CallFailedException e) {
          export.fail(e.getMessage());
          return;
        }
      } else {
        List<Callable<ObjectNode>> tasks = new ArrayList<>();
        for (MailboxKey key : keys) {
          String id = key.entraObjectId() != null ? key.entraObjectId() : key.address();
          tasks.add(
              () -> {
                try {
                  ObjectNode user =
                      graph.entity("users/" + encode(id) + "?$select=" + USER_SELECT, export);
                  user.remove("@odata.context");
                  return user;
                } catch (CallFailedException e) {
                  export.problems.add(
                      "user of " + key.address() + " not collected: " + e.getMessage());
                  return null;
                }
              });
        }
        users = json.createObjectNode();
        users.put("@odata.context", graphBase + "$metadata#users(" + USER_SELECT + ")");
        ArrayNode values = users.putArray("value");
        perMailbox(tasks).stream().filter(u -> u != null).forEach(values::add);
        if (values.isEmpty()) {
          export.fail("no user could be read, so no file was written");
          return;
        }
      }
      if (allMailboxes
          && exports.stream().anyMatch(e -> e.source == Source.MAILBOXES && !e.written)) {
        export.problems.add(
            "transitiveMemberOf not collected: Get-Mailbox failed, so which users have a mailbox"
                + " is unknown");
      }
      Map<String, MailboxKey> byId = new LinkedHashMap<>();
      Set<String> names = new LinkedHashSet<>();
      for (MailboxKey key : keys) {
        if (key.entraObjectId() != null) {
          byId.put(key.entraObjectId().toLowerCase(Locale.ROOT), key);
        }
        names.add(key.address().toLowerCase(Locale.ROOT));
        if (key.userPrincipalName() != null) {
          names.add(key.userPrincipalName().toLowerCase(Locale.ROOT));
        }
      }
      List<Callable<Object>> memberships = new ArrayList<>();
      for (JsonNode user : users.path("value")) {
        String id = user.path("id").asText("");
        boolean wanted =
            byId.containsKey(id.toLowerCase(Locale.ROOT))
                || names.contains(
                    user.path("userPrincipalName").asText("").toLowerCase(Locale.ROOT))
                || names.contains(user.path("mail").asText("").toLowerCase(Locale.ROOT));
        if (!wanted || id.isEmpty()) {
          continue;
        }
        memberships.add(
            () -> {
              try {
                ObjectNode groups =
                    graph.collection("users/" + encode(id) + "/transitiveMemberOf", export);
                // each task sets a property of its own user object only
                ((ObjectNode) user).set("transitiveMemberOf", groups.get("value"));
              } catch (CallFailedException e) {
                export.problems.add(
                    "transitiveMemberOf of "
                        + user.path("userPrincipalName").asText(id)
                        + " not collected: "
                        + e.getMessage());
              }
              return null;
            });
      }
      perMailbox(memberships);
      write(export, users);
    }
  }

  private ObjectNode manifest(
      Run run, Instant startedAt, Instant finishedAt, List<String> written, List<String> failures) {
    ObjectNode manifest = json.createObjectNode();
    manifest.put("schema", MANIFEST_SCHEMA);
    manifest.putObject("tool").put("name", "mailready").put("version", toolVersion);
    manifest.put("tenant", tenant);
    manifest.put("startedAt", startedAt.toString());
    manifest.put("finishedAt", finishedAt.toString());
    manifest.put("graphBaseUrl", graphBase.toString());
    manifest.put("exchangeBaseUrl", exchangeBase.toString());
    ObjectNode selection = manifest.putObject("mailboxes");
    selection.put("all", allMailboxes);
    ArrayNode requested = selection.putArray("requested");
    mailboxes.forEach(requested::add);
    manifest.put("complete", failures.isEmpty());
    ArrayNode files = manifest.putArray("filesWritten");
    written.forEach(files::add);
    ArrayNode failureList = manifest.putArray("failures");
    failures.forEach(failureList::add);

    ArrayNode sources = manifest.putArray("sources");
    for (Source source : Source.values()) {
      List<Export> of = run.exports.stream().filter(e -> e.source == source).toList();
      ObjectNode node = sources.addObject();
      node.put("source", source.description());
      ArrayNode fields = node.putArray("snapshotFields");
      source.snapshotFields().forEach(fields::add);
      node.put("status", status(of));
      ArrayNode sourceFiles = node.putArray("files");
      of.stream().filter(e -> e.written).forEach(e -> sourceFiles.add(e.file));
    }

    ArrayNode exports = manifest.putArray("exports");
    for (Export export : run.exports) {
      ObjectNode node = exports.addObject();
      node.put("file", export.file);
      node.put("source", export.source.description());
      node.put("written", export.written);
      node.put("error", export.error);
      ArrayNode problems = node.putArray("problems");
      export.problems.stream().sorted().forEach(problems::add);
      ArrayNode calls = node.putArray("calls");
      for (CallRecord call : export.calls) {
        ObjectNode c = calls.addObject();
        c.put("api", call.api().name().toLowerCase(Locale.ROOT));
        c.put("method", call.method());
        c.put("url", call.url());
        if (call.cmdlet() != null) {
          c.put("cmdlet", call.cmdlet());
          c.set("parameters", call.parameters());
        }
        if (call.status() == null) {
          c.putNull("status");
        } else {
          c.put("status", call.status());
        }
        c.put("attempts", call.attempts());
        c.put("durationMs", call.durationMillis());
        c.put("error", call.error());
      }
    }
    return manifest;
  }

  /** collected: every export written whole; partial: some; failed: none; not collected: no call. */
  private static String status(List<Export> exports) {
    if (exports.isEmpty()) {
      return "not collected";
    }
    long whole = exports.stream().filter(e -> e.written && e.problems.isEmpty()).count();
    long any = exports.stream().filter(e -> e.written).count();
    if (whole == exports.size()) {
      return "collected";
    }
    return any == 0 ? "failed" : "partial";
  }

  private ObjectNode params() {
    return json.createObjectNode();
  }

  private ObjectNode identity(String address) {
    return params().put("Identity", address);
  }

  private static String textOrNull(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isEmpty() ? null : value.asText();
  }

  /** {@code graph.<resource path with dots>.json}. */
  static String graphFile(String path) {
    return "graph." + path.replace('/', '.') + ".json";
  }

  /** {@code <Cmdlet>.json} or {@code <Cmdlet>.<suffix>.json}. */
  static String cmdletFile(String cmdlet, String suffix) {
    return suffix == null ? cmdlet + ".json" : cmdlet + "." + suffix + ".json";
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static List<List<String>> batches(Collection<String> values) {
    List<List<String>> batches = new ArrayList<>();
    List<String> all = new ArrayList<>(values);
    for (int i = 0; i < all.size(); i += FILTER_BATCH) {
      batches.add(all.subList(i, Math.min(all.size(), i + FILTER_BATCH)));
    }
    return batches;
  }

  private static String ownVersion() {
    Properties properties = new Properties();
    try (InputStream in = Collector.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }

  /** Builds a {@link Collector}; tenant, tokens and the output directory are required. */
  public static final class Builder {
    private String tenant;
    private TokenProvider tokens;
    private final List<String> mailboxes = new ArrayList<>();
    private boolean allMailboxes;
    private Path outputDirectory;
    private Clock clock = Clock.systemUTC();
    private URI graphBase = DEFAULT_GRAPH_BASE;
    private URI exchangeBase = DEFAULT_EXCHANGE_BASE;
    private RetryPolicy retryPolicy = RetryPolicy.standard();
    private Sleeper sleeper = Sleeper.REAL;
    private HttpClient httpClient;
    private final Set<String> servicePrincipalAppIds = new LinkedHashSet<>();
    private int parallelism = 4;
    private String toolVersion;

    private Builder() {}

    /** The tenant: its id (a GUID) or a verified domain such as {@code contoso.onmicrosoft.com}. */
    public Builder tenant(String tenant) {
      requireNonNull(tenant, "tenant");
      if (!TENANT.matcher(tenant).matches()) {
        throw new IllegalArgumentException(
            "tenant must be a tenant id or domain name but was '" + tenant + "'");
      }
      this.tenant = tenant;
      return this;
    }

    /** Where access tokens for Graph and the admin API come from. */
    public Builder tokens(TokenProvider tokens) {
      this.tokens = requireNonNull(tokens, "tokens");
      return this;
    }

    /**
     * Collect these mailboxes (SMTP addresses), one set of files per mailbox. Without this or
     * {@link #allMailboxes()}, only the organisation-wide exports are collected.
     */
    public Builder mailboxes(Collection<String> addresses) {
      requireNonNull(addresses, "addresses");
      List<String> bad = new ArrayList<>();
      Set<String> unique = new LinkedHashSet<>();
      for (String address : addresses) {
        String trimmed = requireNonNull(address, "address").trim();
        if (!ADDRESS.matcher(trimmed).matches()) {
          bad.add("'" + address + "'");
        } else {
          unique.add(trimmed);
        }
      }
      if (!bad.isEmpty()) {
        throw new IllegalArgumentException(
            "mailboxes must be email addresses (name@domain, without / \\ : * ? \" < > |) but got "
                + String.join(", ", bad));
      }
      mailboxes.clear();
      mailboxes.addAll(unique);
      allMailboxes = false;
      return this;
    }

    /** Collect every mailbox of the tenant (organisation-wide cmdlet runs, then per mailbox). */
    public Builder allMailboxes() {
      mailboxes.clear();
      allMailboxes = true;
      return this;
    }

    /** The directory to write the exports and {@code manifest.json} into (created if absent). */
    public Builder outputDirectory(Path directory) {
      this.outputDirectory = requireNonNull(directory, "directory");
      return this;
    }

    /** The clock of the manifest's times and of {@code Retry-After} dates. */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** Microsoft Graph's base URL (default {@code https://graph.microsoft.com/v1.0/}). */
    public Builder graphBaseUrl(URI base) {
      this.graphBase = directory(requireNonNull(base, "base"));
      return this;
    }

    /** The admin API's base URL (default {@code https://outlook.office365.com/adminapi/beta/}). */
    public Builder exchangeBaseUrl(URI base) {
      this.exchangeBase = directory(requireNonNull(base, "base"));
      return this;
    }

    /** Retries of throttled and unavailable calls (default {@link RetryPolicy#standard()}). */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Also collect the service principals of these application ids (the platform's app), besides
     * Exchange Online, Microsoft Graph and the apps holding delegated grants on them.
     */
    public Builder servicePrincipalAppIds(Collection<String> appIds) {
      for (String appId : appIds) {
        if (appId == null || !APP_ID.matcher(appId).matches()) {
          throw new IllegalArgumentException(
              "application id must be a GUID but was '" + appId + "'");
        }
        servicePrincipalAppIds.add(appId.toLowerCase(Locale.ROOT));
      }
      return this;
    }

    /**
     * How many mailboxes are collected at once (default 4; 1 = one after the other). The token
     * provider is then called from as many threads. Microsoft throttles per tenant, so more is not
     * always faster: 429 answers are waited out.
     */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1 || parallelism > 32) {
        throw new IllegalArgumentException(
            "parallelism must be between 1 and 32 but was " + parallelism);
      }
      this.parallelism = parallelism;
      return this;
    }

    Builder sleeper(Sleeper sleeper) {
      this.sleeper = requireNonNull(sleeper, "sleeper");
      return this;
    }

    Builder httpClient(HttpClient httpClient) {
      this.httpClient = requireNonNull(httpClient, "httpClient");
      return this;
    }

    Builder toolVersion(String toolVersion) {
      this.toolVersion = requireNonNull(toolVersion, "toolVersion");
      return this;
    }

    public Collector build() {
      List<String> missing = new ArrayList<>();
      if (tenant == null) {
        missing.add("tenant");
      }
      if (tokens == null) {
        missing.add("tokens");
      }
      if (outputDirectory == null) {
        missing.add("outputDirectory");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("collector needs " + String.join(", ", missing));
      }
      return new Collector(this);
    }

    private static URI directory(URI base) {
      if (!base.isAbsolute() || base.getHost() == null) {
        throw new IllegalArgumentException("base URL must be absolute but was '" + base + "'");
      }
      String text = base.toString();
      return text.endsWith("/") ? base : URI.create(text + "/");
    }
  }
}
