package io.mailready.imports;

import static io.mailready.imports.SourceObject.NODES;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.Section;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.SnapshotException;
import io.mailready.snapshot.Snapshots;
import io.mailready.snapshot.Tenant;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One import: reads the files, assembles the snapshot tree, merges partials, binds the result. */
final class Importer {
  // How problems of the import as a whole name it: the paths given, e.g. "exports/".
  private String importedPaths = "the import";
  private static final YAMLMapper YAML = new YAMLMapper();

  // A partial snapshot need not have what a whole one must.
  private static final Pattern PARTIAL_MAY_LACK =
      Pattern.compile(".*missing required property '(platform|tenant|name)'.*");

  private static final List<String> PLATFORM_SIDE =
      List.of(
          "signInAddress",
          "loginUsername",
          "authMethod",
          "mfaRequired",
          "usesAppPassword",
          "serverSettingsProvided");

  private final ImportState state = new ImportState();
  private final ImportProblems problems = state.problems;
  private final Sources sources = new Sources();

  Imported run(List<Path> paths, List<Path> mergeFiles) {
    this.importedPaths = paths.stream().map(Path::toString).collect(Collectors.joining(", "));
    for (Path path : expand(paths)) {
      ExportFile file = ExportFile.read(path, problems);
      if (file != null) {
        sources.add(file);
        if (file.kind == ExportFile.Kind.COLLECTOR_MANIFEST) {
          state.read(file, "collector manifest, not read");
        }
      }
    }
    List<ExportFile> merges = mergeFiles(mergeFiles);
    sources.derive();
    for (ExportFile file : sources.exchange) {
      state.read(
          file,
          ExchangeReader.source(file)
              + (file.kind == ExportFile.Kind.ADMIN_API ? " (Exchange admin API)" : " (PowerShell)")
              + (file.objects.isEmpty() ? ", none" : ""));
    }
    ExchangeReader exchange = new ExchangeReader(state, sources);
    exchange.readMailboxes();
    GraphReader graph = new GraphReader(state);
    graph.read(sources.graph);
    exchange.readOrganisation();
    ScubaGearReader scubaGear = new ScubaGearReader(state, graph, exchange);
    sources.scubaGear.forEach(scubaGear::read);
    sources.ipLists.forEach(this::platformIpList);
    List<ExportFile> partials = new ArrayList<>(sources.partials);
    partials.addAll(merges);
    List<ObjectNode> partialTrees = new ArrayList<>();
    for (ExportFile partial : partials) {
      ObjectNode tree = partial(partial);
      if (tree != null) {
        partialTrees.add(tree);
      }
    }
    problems.throwIfAny();

    ObjectNode root = NODES.objectNode();
    root.put("schema", "mailready/v1");
    root.set("platform", platform());
    root.set("tenant", tenant());
    if (!state.mailboxes.isEmpty() || state.mailboxesCollected) {
      ArrayNode mailboxes = root.putArray("mailboxes");
      state.mailboxes.values().forEach(mailbox -> mailboxes.add(mailbox(mailbox)));
    }
    for (int i = 0; i < partials.size() && i < partialTrees.size(); i++) {
      new PartialMerge(partials.get(i).name, state.conflicts).merge(root, partialTrees.get(i));
    }
    JsonNode name = PartialMerge.get((ObjectNode) root.get("tenant"), "name");
    if (name == null || name.isNull() || name.asText().isBlank()) {
      problems.inFile(
          partials.isEmpty() ? importedPaths : partials.get(partials.size() - 1).name,
          "no tenant name: no Get-AcceptedDomain default domain or Get-OrganizationConfig Name was"
              + " exported; set tenant.name in a --merge file");
    }
    problems.throwIfAny();
    Snapshot snapshot = bind(root);
    return new Imported(snapshot, summary(snapshot));
  }

  Imported merge(Snapshot base, List<Path> mergeFiles) {
    List<ExportFile> merges = mergeFiles(mergeFiles);
    List<ObjectNode> trees = new ArrayList<>();
    for (ExportFile partial : merges) {
      trees.add(partial(partial));
    }
    problems.throwIfAny();
    ObjectNode root = SnapshotWriter.tree(base);
    for (int i = 0; i < merges.size(); i++) {
      new PartialMerge(merges.get(i).name, state.conflicts).merge(root, trees.get(i));
    }
    Snapshot snapshot = bind(root);
    String deployment =
        snapshot.tenant().deployment() == null ? null : snapshot.tenant().deployment().label();
    return new Imported(
        snapshot,
        new ImportSummary(
            files(),
            List.of(),
            notCollected(snapshot),
            deployment,
            "from the snapshot",
            state.conflicts,
            state.notes));
  }

  private List<ExportFile> mergeFiles(List<Path> mergeFiles) {
    List<ExportFile> merges = new ArrayList<>();
    for (Path path : mergeFiles) {
      ExportFile file = ExportFile.read(path, problems);
      if (file != null && file.kind != ExportFile.Kind.PARTIAL_SNAPSHOT) {
        problems.inFile(
            file.name,
            "a --merge file must be a snapshot (YAML or JSON with schema: mailready/v1) but this"
                + " is %s",
            file.kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      } else if (file != null) {
        merges.add(file);
      }
    }
    return merges;
  }

  private static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> entries = Files.list(path)) {
          entries
              .filter(Files::isRegularFile)
              .filter(file -> !file.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  private void platformIpList(ExportFile file) {
    state.read(file, "the platform's IP list");
    SourceObject object = new SourceObject((ObjectNode) file.root, file.name, "", problems);
    ObjectNode ips = platformNode().putObject("ipAddresses");
    ArrayNode list = ips.putArray("ip_addresses");
    List<String> values = object.strings("ip_addresses");
    (values == null ? List.<String>of() : values).forEach(list::add);
    if (object.has("updated_at")) {
      JsonNode updated = object.raw("updated_at");
      ips.set("updated_at", updated);
    } else {
      SourceObject.notCollected(ips, "updatedAt");
    }
    state.dropUnused("the platform's IP list", object);
    state.gave(file, "platform.ipAddresses");
  }

  private ObjectNode platformNode() {
    if (state.platform == null) {
      state.platform = NODES.objectNode();
    }
    return state.platform;
  }

  /** Validates a partial snapshot with the snapshot reader (line:col problems) and parses it. */
  private ObjectNode partial(ExportFile file) {
    state.read(file, "partial snapshot, merged");
    try {
      Snapshots.read(new ByteArrayInputStream(file.bytes), file.name);
    } catch (SnapshotException e) {
      List<String> real =
          e.problems().stream().filter(p -> !PARTIAL_MAY_LACK.matcher(p).matches()).toList();
      problems.addAll(real);
      if (!real.isEmpty()) {
        return null;
      }
    }
    try {
      String text = ExportText.decode(file.bytes, file.name, problems);
      JsonNode tree = text == null ? null : YAML.readTree(text);
      if (tree instanceof ObjectNode object) {
        state.gave(file, "merged over the import");
        return object;
      }
      problems.inFile(file.name, "a partial snapshot must be a mapping with schema: mailready/v1");
    } catch (JsonProcessingException e) {
      problems.inFile(file.name, "cannot parse: %s", e.getOriginalMessage());
    }
    return null;
  }

  private ObjectNode platform() {
    ObjectNode platform = platformNode();
    for (String field :
        List.of("grantedScopes", "azureApp", "easDeviceId", "ewsUserAgent", "easDeviceType")) {
      SourceObject.notCollected(platform, field);
    }
    if (!platform.has("ipAddresses")) {
      SourceObject.notCollected(platform, "ipAddresses");
    }
    return platform;
  }

  private ObjectNode tenant() {
    ObjectNode tenant = state.tenant;
    String name = state.defaultDomain != null ? state.defaultDomain : state.organisationName;
    if (name != null) {
      tenant.put("name", name);
    }
    String deployment = sources.deployment();
    if (deployment != null) {
      tenant.put("deployment", deployment);
    } else {
      SourceObject.notCollected(tenant, "deployment");
    }
    if (!tenant.has("exchangeServerVersion") && !"exchange-online".equals(deployment)) {
      SourceObject.notCollected(tenant, "exchangeServerVersion");
    }
    // The per-user MFA service setting is in no API Microsoft documents.
    SourceObject.notCollected(tenant, "appPasswordsAllowed");
    if (state.entra != null) {
      for (String field :
          List.of(
              "securityDefaultsEnabled",
              "permissionGrantPoliciesAssigned",
              "adminConsentRequestPolicy",
              "servicePrincipals",
              "oauth2PermissionGrants",
              "conditionalAccessPolicies",
              "namedLocations",
              "lowImpactPermissions")) {
        if (!state.entra.has(field)) {
          SourceObject.notCollected(state.entra, field);
        }
      }
      tenant.set("entra", state.entra);
    }
    return tenant;
  }

  private ObjectNode mailbox(MailboxDraft draft) {
    ObjectNode node = draft.node;
    for (String field :
        List.of(
            "userPrincipalName",
            "primarySmtpAddress",
            "proxyAddresses",
            "authenticationPolicy",
            "directoryRoleTemplateIds",
            "entraObjectId",
            "casMailbox",
            "mobileDevices")) {
      if (!node.has(field)) {
        SourceObject.notCollected(node, field);
      }
    }
    String deployment = sources.deployment();
    if (draft.hostedIn != null) {
      node.put("hostedIn", draft.hostedIn);
    } else if ("exchange-online".equals(deployment) || "exchange-server".equals(deployment)) {
      node.put("hostedIn", deployment);
    } else {
      SourceObject.notCollected(node, "hostedIn");
    }
    PLATFORM_SIDE.forEach(field -> SourceObject.notCollected(node, field));
    SourceObject.notCollected(node, "ad");
    // notCollected last, for a readable snapshot.
    JsonNode notCollected = node.remove("notCollected");
    if (notCollected != null) {
      node.set("notCollected", notCollected);
    }
    return node;
  }

  private Snapshot bind(ObjectNode root) {
    byte[] json;
    try {
      json = ExportFile.JSON.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the imported tree", e);
    }
    return Snapshots.read(new ByteArrayInputStream(json), "imported snapshot");
  }

  private List<ImportSummary.FileRead> files() {
    List<ImportSummary.FileRead> files = new ArrayList<>();
    state.sourceByFile.forEach(
        (file, source) ->
            files.add(
                new ImportSummary.FileRead(
                    file, source, new ArrayList<>(state.sectionsByFile.get(file)))));
    return files;
  }

  private ImportSummary summary(Snapshot snapshot) {
    return new ImportSummary(
        files(),
        state.dropped(),
        notCollected(snapshot),
        sources.deployment(),
        sources.reason(),
        state.conflicts,
        state.notes);
  }

  /** Every section and field of the snapshot that stays not collected, as snapshot paths. */
  static List<String> notCollected(Snapshot snapshot) {
    List<String> paths = new ArrayList<>();
    if (snapshot.mailboxes() == null) {
      paths.add("mailboxes");
    }
    section(snapshot.platform(), "platform", paths);
    Tenant tenant = snapshot.tenant();
    for (RecordComponent component : Tenant.class.getRecordComponents()) {
      Object value = value(component, tenant);
      if (value == null
          && (component.getType().isRecord() || component.getType() == List.class)
          && !component.getName().equals("virtualDirectories")) {
        paths.add("tenant." + component.getName());
      }
    }
    section(tenant, "tenant", paths);
    if (snapshot.mailboxes() != null) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Mailbox mailbox : snapshot.mailboxes()) {
        List<String> fields = new ArrayList<>();
        section(mailbox, "mailboxes[]", fields);
        fields.forEach(field -> counts.merge(field, 1, Integer::sum));
      }
      int total = snapshot.mailboxes().size();
      counts.forEach((field, count) -> paths.add(field + " (" + count + " of " + total + ")"));
    }
    return paths;
  }

  private static void section(Object value, String path, List<String> paths) {
    if (value instanceof Section section) {
      section.notCollected().forEach(field -> paths.add(path + "." + field));
    }
    if (!(value instanceof Record record)) {
      return;
    }
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object child = value(component, record);
      if (child instanceof Section) {
        section(child, path + "." + component.getName(), paths);
      } else if (child instanceof List<?> list
          && !list.isEmpty()
          && list.get(0) instanceof Section) {
        List<String> nested = new ArrayList<>();
        for (Object item : list) {
          section(item, path + "." + component.getName() + "[]", nested);
        }
        nested.stream().distinct().forEach(paths::add);
      }
    }
  }

  private static Object value(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
