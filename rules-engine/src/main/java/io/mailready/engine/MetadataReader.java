package io.mailready.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads {@code pack.yaml} and requirement metadata strictly: unknown keys and bad values fail. */
final class MetadataReader {
  static final Pattern REQUIREMENT_ID = Pattern.compile("[A-Z0-9]+(?:-[A-Z0-9]+)*-[0-9]{3}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static final ObjectMapper YAML =
      JsonMapper.builder(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .build();

  private MetadataReader() {}

  /** Reads a pack file, adding problems (and returning null) when it is broken. */
  static PackSpec readPack(PackSource.Entry file, List<String> problems) {
    PackSpec pack = parse(file, PackSpec.class, "pack", problems);
    if (pack == null) {
      return null;
    }
    int before = problems.size();
    require(pack.id() != null, file, "pack", "'id' is required", problems);
    require(pack.version() != null, file, "pack", "'version' is required", problems);
    require(
        pack.requirements() != null && !pack.requirements().isEmpty(),
        file,
        "pack",
        "'requirements' must list the requirement files (stems, in report order)",
        problems);
    if (problems.size() > before) {
      return null;
    }
    Map<String, Object> config = new LinkedHashMap<>();
    if (pack.config() != null) {
      pack.config().forEach((key, value) -> config.put(key, configValue(value)));
    }
    return new PackSpec(
        pack.id(),
        pack.version(),
        pack.title(),
        pack.guide(),
        pack.revision(),
        pack.derive() == null ? List.of() : pack.derive(),
        pack.requirements(),
        config,
        pack.causes() == null ? Map.of() : pack.causes());
  }

  /** Reads and validates one requirement's metadata; null (with problems) when broken. */
  static RequirementSpec readRequirement(
      PackSource.Entry file, String stem, List<String> problems) {
    java.util.regex.Matcher idInName =
        Pattern.compile("^" + REQUIREMENT_ID.pattern())
            .matcher(stem.toUpperCase(java.util.Locale.ROOT));
    String guessedId = idInName.find() ? idInName.group() : stem;
    RequirementSpec spec = parse(file, RequirementSpec.class, "rule '" + guessedId + "'", problems);
    if (spec == null) {
      return null;
    }
    String rule = "rule '" + (spec.id() == null ? guessedId : spec.id()) + "'";
    int before = problems.size();
    if (spec.id() == null || !REQUIREMENT_ID.matcher(spec.id()).matches()) {
      problems.add(
          at(file, 1, rule, "'id' must match " + REQUIREMENT_ID + " but was '" + spec.id() + "'"));
    } else if (!stem.toUpperCase(java.util.Locale.ROOT).startsWith(spec.id())) {
      problems.add(
          at(
              file,
              1,
              rule,
              "the file name must start with the id in lower case ('"
                  + spec.id().toLowerCase(java.util.Locale.ROOT)
                  + "-...') but was '"
                  + stem
                  + "'"));
    }
    require(spec.title() != null, file, rule, "'title' is required", problems);
    require(
        spec.subject() != null,
        file,
        rule,
        "'subject' is required (tenant, domain or mailbox)",
        problems);
    require(
        spec.obligation() != null,
        file,
        rule,
        "'obligation' is required (MUST, SHOULD or MAY)",
        problems);
    require(
        spec.severity() != null,
        file,
        rule,
        "'severity' is required (BLOCKER, ERROR, WARNING or INFO)",
        problems);
    require(
        spec.guide() != null,
        file,
        rule,
        "'guide' (the statement implemented) is required",
        problems);
    require(spec.message() != null, file, rule, "'message' is required", problems);
    require(!spec.fixes().isEmpty(), file, rule, "'fixes' must list at least one fix", problems);
    require(
        !spec.references().isEmpty(),
        file,
        rule,
        "'references' must list at least one reference",
        problems);
    for (RequirementSpec.FixSpec fix : spec.fixes()) {
      require(fix.summary() != null, file, rule, "every fix needs a 'summary'", problems);
    }
    for (RequirementSpec.Condition condition : spec.appliesWhen()) {
      require(
          condition.flag() != null && condition.otherwise() != null,
          file,
          rule,
          "every 'appliesWhen' entry needs 'flag' and 'otherwise'",
          problems);
    }
    List<String> paths = new ArrayList<>(spec.requires());
    spec.parts().values().forEach(part -> paths.addAll(part.requires()));
    for (String path : paths) {
      String problem = SectionPaths.validate(path, spec.subject());
      if (problem != null) {
        problems.add(at(file, 1, rule, problem));
      }
    }
    for (String dependency : spec.dependsOn()) {
      require(
          REQUIREMENT_ID.matcher(dependency).matches(),
          file,
          rule,
          "'dependsOn' entries must be requirement ids but was '" + dependency + "'",
          problems);
    }
    return problems.size() > before ? null : spec;
  }

  /** The requirement id a file name starts with (upper-cased), else the name itself. */
  static String idOf(String stem) {
    java.util.regex.Matcher id =
        Pattern.compile("^" + REQUIREMENT_ID.pattern())
            .matcher(stem.toUpperCase(java.util.Locale.ROOT));
    return id.find() ? id.group() : stem;
  }

  private static <T> T parse(
      PackSource.Entry file, Class<T> type, String rule, List<String> problems) {
    try {
      T value = YAML.readValue(file.text(), type);
      if (value == null) {
        problems.add(at(file, 1, rule, "the file is empty"));
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      problems.add(
          at(
              file,
              lineOfKey(file.text(), e.getPropertyName(), line(e.getLocation())),
              rule,
              "unknown key '"
                  + e.getPropertyName()
                  + "' (known: "
                  + String.join(
                      ", ",
                      e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList())
                  + ")"));
    } catch (JsonProcessingException e) {
      problems.add(at(file, line(e.getLocation()), rule, firstLine(e.getOriginalMessage())));
    }
    return null;
  }

  /**
   * The line of a key: Jackson reports an unknown record property where the record ends, so the key
   * is looked up in the text.
   */
  private static int lineOfKey(String text, String key, int fallback) {
    Pattern keyLine = Pattern.compile("^[\\s-]*\"?" + Pattern.quote(key) + "\"?\\s*:");
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (keyLine.matcher(lines[i]).find()) {
        return i + 1;
      }
    }
    return fallback;
  }

  private static Object configValue(Object value) {
    if (value instanceof String text && ISO_DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        return text;
      }
    }
    if (value instanceof List<?> list) {
      return list.stream().map(item -> item == null ? null : String.valueOf(item)).toList();
    }
    return value;
  }

  private static int line(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
  }

  private static String firstLine(String message) {
    String text = message == null ? "unreadable YAML" : message;
    int newline = text.indexOf('\n');
    String first = newline < 0 ? text : text.substring(0, newline);
    return first.isEmpty() ? first : Character.toLowerCase(first.charAt(0)) + first.substring(1);
  }

  private static void require(
      boolean condition,
      PackSource.Entry file,
      String rule,
      String message,
      List<String> problems) {
    if (!condition) {
      problems.add(at(file, 1, rule, message));
    }
  }

  /** Formats a problem as {@code path:line: rule 'X': message}. */
  static String at(PackSource.Entry file, int line, String rule, String message) {
    return file.displayPath() + ":" + line + ": " + rule + ": " + message;
  }
}
