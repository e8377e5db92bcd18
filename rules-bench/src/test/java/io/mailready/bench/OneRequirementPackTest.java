package io.mailready.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailready.Checker;
import io.mailready.Report;
import io.mailready.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OneRequirementPackTest {
  @TempDir Path temp;

  @Test
  void theStemIsTheFirstRequirementListedThatMatches() {
    // GIVEN a pack.yaml whose derive list also matches the fragment
    String packYaml =
        """
        id: p
        derive:
          - derive/exch-ews-002-helper.drl
        requirements:   # in report order
          - exchange/exch-ews-001-org-ews
          - exchange/exch-ews-002-mailbox-ews   # the one
          - exchange/exch-ews-002-other/
        config:
          x: exch-ews-002
        """;

    assertThat(OneRequirementPack.requirementStem(packYaml, "exch-ews-002"))
        .isEqualTo("exchange/exch-ews-002-mailbox-ews");
    assertThat(OneRequirementPack.requirementStem(packYaml, "exch-ews-002-other"))
        .isEqualTo("exchange/exch-ews-002-other");
    assertThat(OneRequirementPack.requirementStem(packYaml, "helper")).isNull();
  }

  @Test
  void thePackIsTheBundledRequirementsFilesAndAPackYamlListingIt() throws IOException {
    // WHEN the pack is written from the bundled content
    String stem = OneRequirementPack.write(temp, OneRequirementPack.REQUIREMENT);

    // THEN it lists the requirement and holds its rule and metadata, without test cases
    assertThat(stem).contains("exch-ews-002");
    assertThat(Files.readString(temp.resolve("pack.yaml")))
        .contains("id: bench-one-requirement")
        .contains("requirements:\n  - " + stem + "\n");
    try (Stream<Path> files = Files.walk(temp)) {
      assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
          .contains("pack.yaml")
          .anyMatch(name -> name.endsWith(".drl"))
          .anyMatch(name -> name.endsWith(".yaml") && !name.equals("pack.yaml"))
          .noneMatch(name -> name.endsWith(".cases.yaml"));
    }
  }

  @Test
  void aCheckerBuiltWithThePackTakesTheRequirementFromIt() throws IOException {
    // GIVEN the pack
    OneRequirementPack.write(temp, OneRequirementPack.REQUIREMENT);

    // WHEN a checker is built with it and checks a generated tenant
    Report report =
        Checker.builder().rules(temp).build().check(TenantGenerator.contoso().snapshot(50, 1));

    // THEN EXCH-EWS-002 comes from the directory pack, every other requirement from the bundle
    assertThat(report.results())
        .filteredOn(r -> r.requirement().equals("EXCH-EWS-002"))
        .isNotEmpty()
        .extracting(Result::pack)
        .containsOnly("bench-one-requirement");
    assertThat(report.results())
        .filteredOn(r -> !r.requirement().equals("EXCH-EWS-002"))
        .extracting(Result::pack)
        .doesNotContain("bench-one-requirement");
  }

  @Test
  void aRequirementNoBundledPackListsIsAnError() {
    assertThatThrownBy(() -> OneRequirementPack.write(temp, "no-such-requirement"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no bundled pack lists a requirement matching no-such-requirement");
  }
}
