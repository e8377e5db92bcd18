package io.mailready.rules.microsoft;

import static io.mailready.rules.microsoft.MaintainerPack.bundled;
import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Checker;
import io.mailready.Report;
import io.mailready.Result;
import io.mailready.Status;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Snapshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory pack over the precompiled bundled pack: only its DRL is compiled, and the bundled
 * rules of each file it replaces (a requirement by id, a derivation file by path) leave the rule
 * base, so they can neither fire nor clash with the replacement.
 */
class DirectoryOverBundledTest {
  private static final String EWS_002 =
      "exchange/exch-ews-002-mailbox-ews/exch-ews-002-mailbox-ews";

  @TempDir Path temp;

  private Path pack(String packYaml, String... pathsAndTexts) throws IOException {
    return MaintainerPack.write(temp.resolve("pack"), packYaml, pathsAndTexts);
  }

  private static Snapshot contoso() {
    return Snapshots.read(Path.of("..", "examples", "contoso-online.yaml"));
  }

  private static List<Result> without(Report report, String requirement) {
    return report.results().stream().filter(r -> !r.requirement().equals(requirement)).toList();
  }

  /** Each result without the pack that gave it (EXCH-EWS-002 comes from the directory pack). */
  private static List<String> outcomes(Report report) {
    return report.results().stream()
        .map(r -> r.requirement() + " " + r.subject() + " " + r.status() + " " + r.reason())
        .toList();
  }

  @Test
  void a_requirement_of_a_directory_pack_replaces_every_rule_of_the_bundled_one() throws Exception {
    // GIVEN EXCH-EWS-002 in a directory pack: a derivation rule into a type the file declares,
    // and a requirement rule on it that leaves carol out
    Path pack =
        pack(
            "id: ours\nversion: 1.0.0\ntitle: ours\nrequirements: [" + EWS_002 + "]\n",
            EWS_002 + ".yaml",
            bundled(EWS_002 + ".yaml"),
            EWS_002 + ".drl",
            """
            package io.mailready.rules.microsoft.exchange;

            import io.mailready.rule.Outcome;
            import io.mailready.snapshot.Mailbox;

            declare EwsSwitchedOff
                mailbox : Mailbox
            end

            rule "derive EWS switched off, but for carol"
            when
                $mb : Mailbox( casMailbox != null, casMailbox.ewsEnabled() == Boolean.FALSE,
                               address != "carol@contoso.com" )
            then
                insert(new EwsSwitchedOff($mb));
            end

            rule "EXCH-EWS-002 EWS switched off (ours)"
            when
                EwsSwitchedOff( $mb : mailbox )
            then
                insert(Outcome.fail("EXCH-EWS-002", $mb).with("casMailbox.ewsEnabled", false));
            end
            """);
    Report bundled = Checker.standard().check(contoso());
    // WHEN the example is checked with it
    Report ours = Checker.builder().rules(pack).build().check(contoso());
    // THEN carol, whose EWS is off, fails only with the bundled rule: its rules are gone
    assertThat(bundled.results())
        .filteredOn(r -> r.requirement().equals("EXCH-EWS-002") && r.status() == Status.FAIL)
        .extracting(Result::subject)
        .containsExactly("carol@contoso.com");
    assertThat(ours.results())
        .filteredOn(r -> r.requirement().equals("EXCH-EWS-002") && r.status() == Status.FAIL)
        .isEmpty();
    // AND every other requirement gives the bundled results
    assertThat(without(ours, "EXCH-EWS-002")).isEqualTo(without(bundled, "EXCH-EWS-002"));
  }

  @Test
  void a_derivation_file_of_a_directory_pack_replaces_the_bundled_file_of_the_same_path()
      throws Exception {
    // GIVEN a directory pack whose derivation file has the path of the bundled one that derives
    // the mailbox views, with no rule, and EXCH-EWS-002 as bundled
    String derive = "derive/mailbox-view.drl";
    assertThat(bundled("pack.yaml")).contains("- " + derive);
    String packYaml =
        "id: ours\nversion: 1.0.0\ntitle: ours\nderive: ["
            + derive
            + "]\nrequirements: ["
            + EWS_002
            + "]\n";
    String[] requirement = {
      EWS_002 + ".yaml", bundled(EWS_002 + ".yaml"), EWS_002 + ".drl", bundled(EWS_002 + ".drl")
    };
    Path empty =
        pack(
            packYaml,
            derive,
            "package io.mailready.rules.microsoft.derive;\n",
            requirement[0],
            requirement[1],
            requirement[2],
            requirement[3]);
    Report bundled = Checker.standard().check(contoso());
    // WHEN the example is checked with it
    Report withoutViews = Checker.builder().rules(empty).build().check(contoso());
    // THEN results change: the bundled derivation rules of that file did not run
    assertThat(new HashSet<>(outcomes(withoutViews)))
        .isNotEqualTo(new HashSet<>(outcomes(bundled)));
    // AND with the bundled file's own text in its place, every result is the bundled one
    Files.writeString(empty.resolve(derive), bundled(derive));
    Report copied = Checker.builder().rules(empty).build().check(contoso());
    // (in another order: a requirement of a later pack comes after those of the bundled pack)
    assertThat(outcomes(copied)).containsExactlyInAnyOrderElementsOf(outcomes(bundled));
    assertThat(copied.findings())
        .extracting(f -> f.message())
        .isEqualTo(bundled.findings().stream().map(f -> f.message()).toList());
  }
}
