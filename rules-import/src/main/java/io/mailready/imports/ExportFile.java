package io.mailready.imports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One input file, decoded, parsed and recognised: a PowerShell {@code ConvertTo-Json} export, an
 * Exchange admin API response, a Microsoft Graph response, a ScubaGear {@code
 * ProviderSettingsExport.json}, the platform's IP list, or a partial snapshot.
 */
final class ExportFile {
  /** What a file is. */
  enum Kind {
    POWERSHELL,
    ADMIN_API,
    GRAPH,
    SCUBAGEAR,
    PLATFORM_IP_LIST,
    PARTIAL_SNAPSHOT,
    COLLECTOR_MANIFEST
  }

  static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

  private static final Pattern TRUNCATION_WARNING =
      Pattern.compile("(?i).*(more results|resultsize|truncat|incomplete).*");
  private static final long MAX_BYTES = 256L * 1024 * 1024;

  final Path path;
  final String name;
  final Kind kind;

  /** The cmdlet, lower-case, e.g. {@code get-casmailbox} (PowerShell and admin API files). */
  final String cmdlet;

  /** The part of the file name after the cmdlet, e.g. a mailbox address, or {@code null}. */
  final String suffix;

  /** The Graph resource path, normalised (e.g. {@code conditionalaccess/policies}). */
  final String graphResource;

  /** The id inside a Graph resource path (a user's or a service principal's), or {@code null}. */
  final String graphId;

  /** The top-level value: the objects of a list, one object, or the document. */
  final List<SourceObject> objects;

  /** The whole document (partial snapshots, ScubaGear, IP lists); {@code null} for empty files. */
  final JsonNode root;

  /** The text (partial snapshots are read again by the snapshot reader). */
  final byte[] bytes;

  private ExportFile(
      Path path,
      Kind kind,
      String cmdlet,
      String suffix,
      String graphResource,
      String graphId,
      List<SourceObject> objects,
      JsonNode root,
      byte[] bytes) {
    this.path = path;
    this.name = path.toString();
    this.kind = kind;
    this.cmdlet = cmdlet;
    this.suffix = suffix;
    this.graphResource = graphResource;
    this.graphId = graphId;
    this.objects = objects;
    this.root = root;
    this.bytes = bytes;
  }

  /** Reads and recognises a file; {@code null} after adding problems when it cannot. */
  static ExportFile read(Path path, ImportProblems problems) {
    String file = path.toString();
    String fileName = path.getFileName().toString();
    String lower = fileName.toLowerCase(Locale.ROOT);
    byte[] bytes;
    try {
      if (Files.size(path) > MAX_BYTES) {
        problems.inFile(file, "too large: more than %s bytes", MAX_BYTES);
        return null;
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return new ExportFile(
          path, Kind.PARTIAL_SNAPSHOT, null, null, null, null, List.of(), null, bytes);
    }
    if (lower.equals("manifest.json")) {
      return new ExportFile(
          path, Kind.COLLECTOR_MANIFEST, null, null, null, null, List.of(), null, bytes);
    }
    String text = ExportText.decode(bytes, file, problems);
    if (text == null) {
      return null;
    }
    JsonNode root = null;
    if (!text.isBlank()) {
      try {
        root = JSON.readTree(text);
      } catch (JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        problems.atLine(
            file,
            location == null ? 1 : location.getLineNr(),
            location == null ? 1 : location.getColumnNr(),
            "json syntax error: %s",
            e.getOriginalMessage());
        return null;
      }
    }
    // Empty, byte-order mark only, or []: what PowerShell writes for no results.
    if (root == null || root.isMissingNode() || root.isNull()) {
      return byName(path, lower, List.of(), null, bytes, problems);
    }
    if (root instanceof ObjectNode object) {
      String context = text(object, "@odata.context");
      if (field(object, "schema") != null) {
        return new ExportFile(
            path, Kind.PARTIAL_SNAPSHOT, null, null, null, null, List.of(), root, bytes);
      }
      if (context != null && context.toLowerCase(Locale.ROOT).contains("/adminapi/")) {
        return adminApi(path, lower, object, bytes, problems);
      }
      if (context != null || lower.startsWith("graph.")) {
        return graph(path, lower, object, context, bytes, problems);
      }
      if (field(object, "ip_addresses") != null) {
        return new ExportFile(
            path, Kind.PLATFORM_IP_LIST, null, null, null, null, List.of(), root, bytes);
      }
      if (lower.startsWith("providersettingsexport")
          || field(object, "conditional_access_policies") != null
          || field(object, "org_config") != null
          || field(object, "baseline_version") != null) {
        return new ExportFile(path, Kind.SCUBAGEAR, null, null, null, null, List.of(), root, bytes);
      }
      return byName(
          path,
          lower,
          List.of(new SourceObject(object, file, "", problems)),
          root,
          bytes,
          problems);
    }
    if (root instanceof ArrayNode array) {
      List<SourceObject> objects = elements(array, file, "", problems);
      return byName(path, lower, objects, root, bytes, problems);
    }
    problems.inFile(file, "must hold a JSON object or list but holds %s", SourceObject.found(root));
    return null;
  }

  private static ExportFile byName(
      Path path,
      String lower,
      List<SourceObject> objects,
      JsonNode root,
      byte[] bytes,
      ImportProblems problems) {
    if (lower.startsWith("get-") && lower.endsWith(".json")) {
      String stem = path.getFileName().toString();
      stem = stem.substring(0, stem.length() - ".json".length());
      int dot = stem.indexOf('.');
      String cmdlet = (dot < 0 ? stem : stem.substring(0, dot)).toLowerCase(Locale.ROOT);
      String suffix = dot < 0 ? null : stem.substring(dot + 1);
      if (!Cmdlets.KNOWN.contains(Cmdlets.canonical(cmdlet))) {
        problems.inFile(
            path.toString(),
            "is not an export mailready reads: the cmdlets it reads are %s",
            Cmdlets.KNOWN_NAMES);
        return null;
      }
      return new ExportFile(
          path, Kind.POWERSHELL, cmdlet, suffix, null, null, objects, root, bytes);
    }
    if (lower.startsWith("graph.") && lower.endsWith(".json")) {
      return graphByName(path, lower, objects, root, bytes, problems);
    }
    problems.inFile(
        path.toString(),
        "cannot tell what this file is: expected <Cmdlet>.json or <Cmdlet>.<suffix>.json (e.g."
            + " Get-CASMailbox.json), a Microsoft Graph or Exchange admin API response with"
            + " @odata.context, graph.<resource>.json, ScubaGear's ProviderSettingsExport.json,"
            + " the platform's IP list, or a partial snapshot with schema: mailready/v1");
    return null;
  }

  private static ExportFile adminApi(
      Path path, String lower, ObjectNode object, byte[] bytes, ImportProblems problems) {
    String file = path.toString();
    if (!complete(object, file, problems)) {
      return null;
    }
    JsonNode warnings = field(object, "@adminapi.warnings");
    if (warnings != null) {
      for (JsonNode warning : warnings.isArray() ? warnings : List.of(warnings)) {
        if (TRUNCATION_WARNING.matcher(warning.asText()).matches()) {
          problems.at(
              file,
              "/@adminapi.warnings",
              "the admin API says the results are incomplete (%s): export again with"
                  + " -ResultSize Unlimited",
              ImportProblems.quote(warning.asText()));
          return null;
        }
      }
    }
    JsonNode value = field(object, "value");
    List<SourceObject> objects =
        value instanceof ArrayNode array
            ? elements(array, file, "/value", problems)
            : List.of(new SourceObject(object, file, "", problems));
    ExportFile byName = byName(path, lower, objects, object, bytes, problems);
    if (byName == null || byName.kind != Kind.POWERSHELL) {
      if (byName != null) {
        problems.inFile(
            file,
            "is an Exchange admin API response: name it after its cmdlet, e.g."
                + " Get-CASMailbox.json");
      }
      return null;
    }
    return new ExportFile(
        path, Kind.ADMIN_API, byName.cmdlet, byName.suffix, null, null, objects, object, bytes);
  }

  private static ExportFile graph(
      Path path,
      String lower,
      ObjectNode object,
      String context,
      byte[] bytes,
      ImportProblems problems) {
    String file = path.toString();
    if (!complete(object, file, problems)) {
      return null;
    }
    JsonNode value = field(object, "value");
    List<SourceObject> objects =
        value instanceof ArrayNode array
            ? elements(array, file, "/value", problems)
            : List.of(new SourceObject(object, file, "", problems));
    if (context == null) {
      return graphByName(path, lower, objects, object, bytes, problems);
    }
    String resource = GraphResources.fromContext(context);
    String id = GraphResources.idFromContext(context);
    if (resource.equals("directoryobjects") || resource.endsWith("memberof")) {
      // users/{id}/transitiveMemberOf answers with #directoryObjects: only the name says whose.
      ExportFile named = graphByName(path, lower, objects, object, bytes, problems);
      if (named == null) {
        return null;
      }
      return named;
    }
    if (id == null && resource.equals("serviceprincipals/delegatedpermissionclassifications")) {
      ExportFile named = graphByName(path, lower, objects, object, bytes, problems);
      id = named == null ? null : named.graphId;
    }
    if (!GraphResources.KNOWN.contains(resource)) {
      problems.at(
          file,
          "/@odata.context",
          "Microsoft Graph resource %s is not one mailready reads: expected one of %s",
          ImportProblems.quote(resource),
          GraphResources.KNOWN);
      return null;
    }
    return new ExportFile(path, Kind.GRAPH, null, null, resource, id, objects, object, bytes);
  }

  private static ExportFile graphByName(
      Path path,
      String lower,
      List<SourceObject> objects,
      JsonNode root,
      byte[] bytes,
      ImportProblems problems) {
    String stem = path.getFileName().toString();
    if (!lower.startsWith("graph.") || !lower.endsWith(".json")) {
      problems.inFile(
          path.toString(),
          "a Graph response of a user's groups or a service principal's classifications must be"
              + " named graph.users.<id or UPN>.transitiveMemberOf.json (or .memberOf.json) or"
              + " graph.servicePrincipals.<id>.delegatedPermissionClassifications.json");
      return null;
    }
    stem = stem.substring("graph.".length(), stem.length() - ".json".length());
    String stemLower = stem.toLowerCase(Locale.ROOT);
    for (String sub : List.of("transitivememberof", "memberof")) {
      if (stemLower.startsWith("users.") && stemLower.endsWith("." + sub)) {
        String id = stem.substring("users.".length(), stem.length() - sub.length() - 1);
        return new ExportFile(
            path, Kind.GRAPH, null, null, "users/" + sub, id, objects, root, bytes);
      }
    }
    String classifications = "delegatedpermissionclassifications";
    if (stemLower.startsWith("serviceprincipals.") && stemLower.endsWith("." + classifications)) {
      String id =
          stem.substring(
              "servicePrincipals.".length(), stem.length() - classifications.length() - 1);
      return new ExportFile(
          path,
          Kind.GRAPH,
          null,
          null,
          "serviceprincipals/" + classifications,
          id,
          objects,
          root,
          bytes);
    }
    String resource = GraphResources.normalise(stemLower.replace('.', '/'));
    if (!GraphResources.KNOWN.contains(resource)) {
      problems.inFile(
          path.toString(),
          "Microsoft Graph resource %s (from the file name) is not one mailready reads: expected"
              + " one of %s",
          ImportProblems.quote(resource),
          GraphResources.KNOWN);
      return null;
    }
    return new ExportFile(path, Kind.GRAPH, null, null, resource, null, objects, root, bytes);
  }

  /** A response with a next-page link whose pages are not in the file is incomplete. */
  private static boolean complete(ObjectNode object, String file, ImportProblems problems) {
    JsonNode next = field(object, "@odata.nextLink");
    if (next != null && !next.isNull()) {
      problems.at(
          file,
          "/@odata.nextLink",
          "the response has more pages (%s) that are not in this file: merge every page's value"
              + " into one file",
          ImportProblems.quote(next.asText()));
      return false;
    }
    return true;
  }

  private static List<SourceObject> elements(
      ArrayNode array, String file, String pointer, ImportProblems problems) {
    List<SourceObject> objects = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      if (item instanceof ObjectNode object) {
        objects.add(new SourceObject(object, file, pointer + "/" + i, problems));
      } else if (!item.isNull()) {
        problems.at(
            file, pointer + "/" + i, "must be an object but was %s", SourceObject.found(item));
      }
    }
    return objects;
  }

  static JsonNode field(JsonNode object, String key) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (name.equalsIgnoreCase(key)) {
        return object.get(name);
      }
    }
    return null;
  }

  private static String text(ObjectNode object, String key) {
    JsonNode value = field(object, key);
    return value != null && value.isTextual() ? value.textValue() : null;
  }
}
