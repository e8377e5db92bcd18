package io.mailready.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Obligation;
import io.mailready.Severity;
import io.mailready.SubjectKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Strict reading of requirement metadata and pack files into the spec records. */
class MetadataReaderTest {
  static final String STEM = "test-mbx-001-basic-auth";
  static final String KNOWN =
      "(known: appliesWhen, dependsOn, fixes, guide, id, message, obligation, origin, parts,"
          + " rationale, reasons, references, requires, section, severity, subject, title,"
          + " variants, version)";

  static final String VALID =
      """
      id: TEST-MBX-001
      version: 2
      title: Basic auth is off
      section: "2.1"
      subject: Mailbox
      origin: Guide
      obligation: must
      severity: BLOCKER
      guide: The platform needs modern authentication.
      appliesWhen:
        - flag: exo
          when: the mailbox is in Exchange Online
          otherwise: the mailbox is on Exchange Server
      requires: [mailbox.casMailbox]
      parts:
        ews:
          message: over EWS
      variants:
        soft:
          severity: info
          message: softer
      reasons:
        undecided: "{unknownBecause}"
      message: "{mailbox} uses basic authentication."
      fixes:
        - summary: Turn on modern authentication.
          powershell: Set-OrganizationConfig -OAuth2ClientProfileEnabled $true
      references:
        - https://example.com/modern-auth
      """;

  final List<String> problems = new ArrayList<>();

  RequirementSpec read(String text) {
    return MetadataReader.readRequirement(
        new PackSource.Entry("rules/" + STEM + ".yaml", STEM + ".yaml", text), STEM, problems);
  }

  /** The text with line {@code line} (1-based) replaced by {@code replacement}. */
  static String withLine(String text, int line, String replacement) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    lines.set(line - 1, replacement);
    return String.join("\n", lines);
  }

  @Test
  void a_valid_requirement_is_read_into_the_records() {
    // GIVEN a requirement using every kind of value, enums in any case
    // WHEN it is read
    RequirementSpec spec = read(VALID);
    // THEN every value is bound and there is no problem
    assertThat(problems).isEmpty();
    assertThat(spec)
        .isEqualTo(
            new RequirementSpec(
                "TEST-MBX-001",
                2,
                "Basic auth is off",
                "2.1",
                SubjectKind.MAILBOX,
                "The platform needs modern authentication.",
                "Guide",
                Obligation.MUST,
                Severity.BLOCKER,
                List.of(
                    new RequirementSpec.Condition(
                        "exo",
                        "the mailbox is in Exchange Online",
                        "the mailbox is on Exchange Server")),
                List.of("mailbox.casMailbox"),
                List.of(),
                Map.of("ews", new RequirementSpec.PartSpec(null, List.of(), "over EWS")),
                Map.of("soft", new RequirementSpec.VariantSpec(Severity.INFO, "softer")),
                Map.of("undecided", "{unknownBecause}"),
                "{mailbox} uses basic authentication.",
                null,
                List.of(
                    new RequirementSpec.FixSpec(
                        null,
                        "Turn on modern authentication.",
                        null,
                        "Set-OrganizationConfig -OAuth2ClientProfileEnabled $true",
                        null)),
                List.of("https://example.com/modern-auth")));
  }

  @Test
  void an_unknown_key_is_reported_at_its_line_with_the_known_keys() {
    // GIVEN a misspelt key on line 8 and one in a fix on line 27
    String text =
        withLine(withLine(VALID, 8, "severty: BLOCKER"), 27, "    powershel: Set-Something");
    // WHEN it is read
    RequirementSpec spec = read(text);
    // THEN both are reported, each at its line with the keys known there, sorted
    assertThat(spec).isNull();
    assertThat(problems)
        .containsExactly(
            "rules/" + STEM + ".yaml:8: rule 'TEST-MBX-001': unknown key 'severty' " + KNOWN,
            "rules/"
                + STEM
                + ".yaml:27: rule 'TEST-MBX-001': unknown key 'powershel'"
                + " (known: adminCenter, graph, part, powershell, summary)");
  }

  @Test
  void a_wrong_enum_value_is_reported_with_the_values_allowed() {
    // GIVEN a severity that does not exist and a subject in lower case (which is fine)
    String text = withLine(VALID, 8, "severity: fatal");
    // WHEN it is read
    RequirementSpec spec = read(text);
    // THEN the severity is reported with its line and the allowed values
    assertThat(spec).isNull();
    assertThat(problems)
        .containsExactly(
            "rules/"
                + STEM
                + ".yaml:8: rule 'TEST-MBX-001': severity must be one of [BLOCKER, ERROR, WARNING,"
                + " INFO] but was 'fatal'");
  }

  @Test
  void values_of_the_wrong_kind_are_all_reported() {
    // GIVEN a text where a list is expected, a list where a text is expected, a word as version
    String text =
        withLine(withLine(VALID, 2, "version: two"), 3, "title: [Basic, auth]")
            .replace(
                "fixes:\n  - summary: Turn on modern authentication.\n"
                    + "    powershell: Set-OrganizationConfig -OAuth2ClientProfileEnabled $true",
                "fixes: Turn on modern authentication.");
    // WHEN it is read
    RequirementSpec spec = read(text);
    // THEN each is reported at its line, in the order of the file
    assertThat(spec).isNull();
    assertThat(problems)
        .containsExactly(
            "rules/"
                + STEM
                + ".yaml:2: rule 'TEST-MBX-001': 'version' must be a whole number but"
                + " was 'two'",
            "rules/"
                + STEM
                + ".yaml:3: rule 'TEST-MBX-001': 'title' must be a single value but"
                + " was a list",
            "rules/"
                + STEM
                + ".yaml:25: rule 'TEST-MBX-001': 'fixes' must be a list but was"
                + " 'Turn on modern authentication.'");
  }

  @Test
  void a_duplicate_key_is_reported_with_the_line_of_the_first() {
    // GIVEN a second title on line 4
    String text = withLine(VALID, 4, "title: Basic auth is still off");
    // WHEN it is read
    RequirementSpec spec = read(text);
    // THEN the duplicate is reported at its line, naming the line of the first
    assertThat(spec).isNull();
    assertThat(problems)
        .containsExactly(
            "rules/"
                + STEM
                + ".yaml:4: rule 'TEST-MBX-001': duplicate key 'title' (first at line 3)");
  }

  @Test
  void a_yaml_syntax_error_is_reported_at_its_line() {
    // GIVEN a value with a colon and a space on line 3
    String text = withLine(VALID, 3, "title: Basic: auth");
    // WHEN it is read
    RequirementSpec spec = read(text);
    // THEN the syntax error is reported at its line, under the id in the file name
    assertThat(spec).isNull();
    assertThat(problems)
        .containsExactly(
            "rules/"
                + STEM
                + ".yaml:3: rule 'TEST-MBX-001': yaml syntax error: mapping values are not allowed"
                + " here");
  }

  @Test
  void an_empty_file_is_reported() {
    // GIVEN a file with a comment only
    // WHEN it is read
    RequirementSpec spec = read("# to do\n");
    // THEN it is reported as empty
    assertThat(spec).isNull();
    assertThat(problems)
        .containsExactly("rules/" + STEM + ".yaml:1: rule 'TEST-MBX-001': the file is empty");
  }

  @Test
  void pack_config_values_are_dates_lists_of_text_booleans_numbers_and_null() {
    // GIVEN a pack with configuration values of every kind
    String text =
        """
        id: test-pack
        version: 1.0
        requirements: [rules/test-mbx-001-basic-auth]
        config:
          CUTOFF: 2022-09-30
          QUOTED_DATE: "2022-09-30"
          NOT_A_DATE: 2022-13-45
          SWITCH: true
          QUOTED_SWITCH: "true"
          LIMIT: 12
          VERSIONS: [2003, "2007"]
          UNSET: null
          NAME: contoso
        causes:
          EWS_OFF:
            text: EWS is off
            requirement: TEST-MBX-001
        """;
    // WHEN it is read
    PackSpec pack =
        MetadataReader.readPack(new PackSource.Entry("pack.yaml", "pack.yaml", text), problems);
    // THEN each value has the type the rules read
    assertThat(problems).isEmpty();
    assertThat(pack.version()).isEqualTo("1.0");
    assertThat(pack.derive()).isEmpty();
    assertThat(pack.config())
        .containsExactly(
            Map.entry("CUTOFF", LocalDate.of(2022, 9, 30)),
            Map.entry("QUOTED_DATE", LocalDate.of(2022, 9, 30)),
            Map.entry("NOT_A_DATE", "2022-13-45"),
            Map.entry("SWITCH", true),
            Map.entry("QUOTED_SWITCH", "true"),
            Map.entry("LIMIT", 12),
            Map.entry("VERSIONS", List.of("2003", "2007")),
            new java.util.AbstractMap.SimpleEntry<>("UNSET", null),
            Map.entry("NAME", "contoso"));
    assertThat(pack.causes())
        .containsExactly(
            Map.entry("EWS_OFF", new PackSpec.CauseSpec("EWS is off", "TEST-MBX-001")));
  }

  @Test
  void a_pack_aliasing_its_own_config_is_refused_without_looping() {
    // GIVEN a configuration list that contains itself twice
    String text =
        """
        id: test-pack
        version: 1.0
        requirements: [rules/test-mbx-001-basic-auth]
        config:
          LOOP: &loop [*loop, *loop]
        """;
    // WHEN it is read
    PackSpec pack =
        MetadataReader.readPack(new PackSource.Entry("pack.yaml", "pack.yaml", text), problems);
    // THEN it is refused once, at the list
    assertThat(pack).isNull();
    assertThat(problems)
        .containsExactly(
            "pack.yaml:5: pack: too deeply nested: more than 50 levels of mappings and lists");
  }
}
