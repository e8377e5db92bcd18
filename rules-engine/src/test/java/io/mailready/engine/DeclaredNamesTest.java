package io.mailready.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailready.RuleContentException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names a rule uses must be declared in YAML: a typo fails the build of the checker. */
class DeclaredNamesTest {
  @TempDir Path temp;

  Path pack() throws IOException, URISyntaxException {
    DirectoryPackTest copy = new DirectoryPackTest();
    copy.temp = temp;
    return copy.pack();
  }

  static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    if (!text.contains(from)) {
      throw new IllegalStateException(file + " does not contain " + from);
    }
    Files.writeString(file, text.replace(from, to));
  }

  @Test
  void a_part_a_variant_and_a_reason_not_in_the_metadata_are_content_errors() throws Exception {
    // GIVEN a rule that records a part, a variant and an unknown reason its YAML does not declare
    Path pack = pack();
    Path drl = pack.resolve("rules/test-mbx-001-basic-auth.drl");
    edit(
        drl,
        "insert(Outcome.fail(\"TEST-MBX-001\", $mb).with(\"authMethod\", $mb.authMethod()));",
        "insert(Outcome.fail(\"TEST-MBX-001\", $mb).part(\"legacy\").variant(\"strict\")"
            + ".with(\"authMethod\", $mb.authMethod()));\n"
            + "    insert(Outcome.unknown(\"TEST-MBX-001\", $mb, \"no-host\"));");
    // WHEN the checker is built THEN each name is reported with its line
    assertThatThrownBy(() -> DirectoryPackTest.checker(pack))
        .isInstanceOf(RuleContentException.class)
        .hasMessageContaining(
            drl
                + ":11: rule 'TEST-MBX-001': part 'legacy' is not declared under 'parts' in"
                + " TEST-MBX-001's metadata (declared: [])")
        .hasMessageContaining(
            drl
                + ":11: rule 'TEST-MBX-001': variant 'strict' is not declared under 'variants' in"
                + " TEST-MBX-001's metadata (declared: [])")
        .hasMessageContaining(
            drl
                + ":12: rule 'TEST-MBX-001': reason 'no-host' is not declared under 'reasons' in"
                + " TEST-MBX-001's metadata (declared: [])");
  }

  @Test
  void a_message_placeholder_that_no_rule_records_is_a_content_error() throws Exception {
    // GIVEN a message that names evidence with a typo
    Path pack = pack();
    edit(pack.resolve("rules/test-mbx-001-basic-auth.yaml"), "{authMethod}", "{authMetod}");
    // WHEN the checker is built THEN the placeholder and the recorded evidence are named
    assertThatThrownBy(() -> DirectoryPackTest.checker(pack))
        .isInstanceOf(RuleContentException.class)
        .hasMessageContaining(
            "test-mbx-001-basic-auth.drl:1: rule 'TEST-MBX-001': its messages name [{authMetod}],"
                + " which no rule of the requirement records as evidence (.with(\"name\", ...)) and"
                + " which is no config key; evidence recorded: [authMethod]");
  }

  @Test
  void a_flag_not_declared_in_a_pack_that_declares_flags_is_a_content_error() throws Exception {
    // GIVEN a pack that declares its flags, but not the one its derivation inserts
    Path pack = pack();
    Files.writeString(
        pack.resolve("pack.yaml"),
        Files.readString(pack.resolve("pack.yaml"))
            + "flags:\n  offline: the mailbox is offline\n");
    // WHEN the checker is built THEN the derivation's flag is reported with its line
    assertThatThrownBy(() -> DirectoryPackTest.checker(pack))
        .isInstanceOf(RuleContentException.class)
        .hasMessageContaining(
            pack.resolve("derive/flags.drl")
                + ":11: rule '-': flag 'online' is not declared under 'flags' in pack.yaml");
  }
}
