package io.mailready.engine;

import io.mailready.PolicyException;
import io.mailready.Severity;
import io.mailready.Waiver;
import io.mailready.rule.Globs;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a policy file strictly: unknown keys, ids that name no loaded requirement, bad severities,
 * waivers without reason, owner or expiry, and expiry dates beyond the horizon are errors, each
 * reported as {@code file:line:col: message}.
 */
final class PolicyReader {
  static final String FORMAT = "mailready/v1";

  /** How far ahead a waiver may expire: waivers are reviewed at least yearly. */
  static final int HORIZON_DAYS = 366;

  private static final List<String> TOP_KEYS = List.of("policy", "disable", "severity", "waivers");
  private static final List<String> WAIVER_KEYS =
      List.of("requirement", "subjects", "reason", "owner", "expires", "ticket");

  private final String name;
  private final Set<String> requirementIds;
  private final LocalDate today;
  private final List<String> problems = new ArrayList<>();

  private PolicyReader(String name, Set<String> requirementIds, LocalDate today) {
    this.name = name;
    this.requirementIds = requirementIds;
    this.today = today;
  }

  /** Reads {@code file}; ids are checked against the loaded requirements, expiry against today. */
  static Policy read(Path file, Set<String> requirementIds, LocalDate today) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PolicyException(
          List.of(file + ":1:1: cannot read the policy file: " + e.getMessage()));
    }
    return new PolicyReader(file.toString(), requirementIds, today).parse(new StringReader(text));
  }

  private Policy parse(Reader text) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setAllowDuplicateKeys(false);
    Node root;
    try {
      root = new Yaml(options).compose(text);
    } catch (MarkedYAMLException e) {
      throw new PolicyException(
          List.of(at(e.getProblemMark()) + "yaml syntax error: " + e.getProblem()));
    } catch (RuntimeException e) {
      throw new PolicyException(List.of(name + ":1:1: unreadable policy: " + e.getMessage()));
    }
    if (!(root instanceof MappingNode mapping)) {
      throw new PolicyException(
          List.of(name + ":1:1: a policy must be a mapping with 'policy: " + FORMAT + "'"));
    }
    Set<String> disabled = new LinkedHashSet<>();
    Map<String, Severity> severities = new LinkedHashMap<>();
    List<io.mailready.Waiver> waivers = new ArrayList<>();
    boolean format = false;
    for (NodeTuple entry : entries(mapping, TOP_KEYS, "the top level")) {
      String key = scalar(entry.getKeyNode());
      Node value = entry.getValueNode();
      switch (key) {
        case "policy" -> {
          format = true;
          if (!FORMAT.equals(scalar(value))) {
            problem(value, "policy must be '" + FORMAT + "' but was '" + scalar(value) + "'");
          }
        }
        case "disable" -> {
          for (Node id : list(value, "disable")) {
            disabled.addAll(requirements(id, "disable"));
          }
          if (!requirementIds.isEmpty() && disabled.containsAll(requirementIds)) {
            problem(
                value,
                "disable: every loaded requirement is disabled, so nothing would be checked:"
                    + " disable some, or do not check");
          }
        }
        case "severity" -> severities(value, severities);
        case "waivers" -> {
          for (Node waiver : list(value, "waivers")) {
            Waiver parsed = waiver(waiver);
            if (parsed != null) {
              waivers.add(parsed);
            }
          }
        }
        default -> throw new AssertionError(key);
      }
    }
    if (!format) {
      problems.add(name + ":1:1: missing 'policy: " + FORMAT + "'");
    }
    if (!problems.isEmpty()) {
      throw new PolicyException(problems);
    }
    return new Policy(Set.copyOf(disabled), Map.copyOf(severities), List.copyOf(waivers));
  }

  private void severities(Node value, Map<String, Severity> severities) {
    if (!(value instanceof MappingNode mapping)) {
      problem(value, "severity must be a mapping of requirement id to severity");
      return;
    }
    for (NodeTuple entry : mapping.getValue()) {
      String id = scalar(entry.getKeyNode());
      if (!requirementIds.contains(id)) {
        problem(entry.getKeyNode(), "severity: unknown requirement '" + id + "'" + known());
        continue;
      }
      String level = scalar(entry.getValueNode());
      try {
        severities.put(id, Severity.valueOf(level == null ? "" : level.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        problem(
            entry.getValueNode(),
            "severity of "
                + id
                + " must be one of [BLOCKER, ERROR, WARNING, INFO] but was '"
                + level
                + "'");
      }
    }
  }

  private Waiver waiver(Node node) {
    if (!(node instanceof MappingNode mapping)) {
      problem(node, "a waiver must be a mapping with requirement, reason, owner and expires");
      return null;
    }
    Map<String, Node> fields = new HashMap<>();
    for (NodeTuple entry : entries(mapping, WAIVER_KEYS, "a waiver")) {
      fields.put(scalar(entry.getKeyNode()), entry.getValueNode());
    }
    int before = problems.size();
    for (String required : List.of("requirement", "reason", "owner", "expires")) {
      if (fields.get(required) == null || blank(scalar(fields.get(required)))) {
        problem(
            fields.getOrDefault(required, node),
            "a waiver needs '"
                + required
                + "'"
                + (required.equals("expires") ? ": a waiver without expiry is not accepted" : ""));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    String requirement = scalar(fields.get("requirement"));
    requirements(fields.get("requirement"), "waiver");
    List<String> subjects = new ArrayList<>();
    if (fields.get("subjects") != null) {
      for (Node subject : list(fields.get("subjects"), "subjects")) {
        String glob = scalar(subject);
        if (!tooLong(subject, glob, "waiver subject")) {
          subjects.add(glob);
        }
      }
    }
    LocalDate expires = null;
    Node expiresNode = fields.get("expires");
    try {
      expires = LocalDate.parse(scalar(expiresNode).strip());
      if (expires.isAfter(today.plusDays(HORIZON_DAYS))) {
        problem(
            expiresNode,
            "waiver expiry "
                + expires
                + " is beyond the horizon of "
                + HORIZON_DAYS
                + " days (latest "
                + today.plusDays(HORIZON_DAYS)
                + "): review waivers at least yearly");
      }
    } catch (DateTimeParseException e) {
      problem(
          expiresNode,
          "waiver expires must be an ISO date such as 2026-12-31 but was '"
              + scalar(expiresNode)
              + "'");
    }
    Node ticket = fields.get("ticket");
    return new Waiver(
        requirement,
        subjects,
        scalar(fields.get("reason")),
        scalar(fields.get("owner")),
        expires,
        ticket == null ? null : scalar(ticket));
  }

  /** The loaded ids an id or glob names; an id or glob naming none is a problem. */
  private List<String> requirements(Node node, String where) {
    String glob = scalar(node);
    if (blank(glob)) {
      problem(node, where + ": a requirement id or glob is required");
      return List.of();
    }
    if (tooLong(node, glob, where)) {
      return List.of();
    }
    List<String> ids =
        requirementIds.stream().filter(id -> Globs.matches(glob, id, true)).sorted().toList();
    if (ids.isEmpty()) {
      problem(node, where + ": '" + glob + "' names no loaded requirement" + known());
    }
    return ids;
  }

  /** A glob longer than {@link Globs#MAX_LENGTH} is a problem: globs come from untrusted files. */
  private boolean tooLong(Node node, String glob, String where) {
    if (glob != null && glob.strip().length() > Globs.MAX_LENGTH) {
      problem(
          node,
          where
              + " must be a glob of at most "
              + Globs.MAX_LENGTH
              + " characters but was "
              + glob.strip().length()
              + " characters long: '"
              + glob.strip().substring(0, 40)
              + "...'");
      return true;
    }
    return false;
  }

  private List<NodeTuple> entries(MappingNode mapping, List<String> known, String where) {
    List<NodeTuple> entries = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (NodeTuple entry : mapping.getValue()) {
      String key = scalar(entry.getKeyNode());
      if (!known.contains(key)) {
        problem(
            entry.getKeyNode(),
            "unknown key '" + key + "' at " + where + " (known: " + String.join(", ", known) + ")");
      } else if (!seen.add(key)) {
        problem(entry.getKeyNode(), "duplicate key '" + key + "' at " + where);
      } else {
        entries.add(entry);
      }
    }
    return entries;
  }

  private List<Node> list(Node node, String where) {
    if (node instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    if (node instanceof ScalarNode) {
      return List.of(node); // a single value where a list is expected
    }
    problem(node, where + " must be a list");
    return List.of();
  }

  private String scalar(Node node) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    problem(
        node,
        "expected a single value but was a " + (node instanceof MappingNode ? "mapping" : "list"));
    return null;
  }

  private String known() {
    return " (known: " + String.join(", ", requirementIds.stream().sorted().toList()) + ")";
  }

  private void problem(Node node, String message) {
    problems.add(at(node.getStartMark()) + message);
  }

  private String at(Mark mark) {
    return mark == null
        ? name + ":1:1: "
        : name + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": ";
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
