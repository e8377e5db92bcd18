package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CheckJsonOutputTest {
  private static final String CONTOSO = TestSnapshots.DIR + "contoso.yaml";
  private static final String FABRIKAM = TestSnapshots.DIR + "fabrikam.yaml";

  @Test
  void printsTheCommittedGoldenReportByteForByteOnEveryRun() throws IOException {
    // GIVEN the committed golden JSON report of the contoso snapshot
    String golden = resource("contoso-report.json");

    // WHEN the snapshot is checked twice with --format json
    CliRun first = CliRun.run("check", "--format", "json", CONTOSO);
    CliRun second = CliRun.run("check", "--format", "JSON", CONTOSO);

    // THEN both runs print exactly the golden text, and nothing on stderr
    assertThat(first.out()).isEqualTo(golden);
    assertThat(second.out()).isEqualTo(golden);
    assertThat(first.err()).isEmpty();
  }

  @Test
  void printsAnArrayOfTheReportsForSeveralFiles() throws IOException {
    // GIVEN two snapshot files
    // WHEN they are checked at once with --format json
    CliRun both = CliRun.run("check", "--format", "json", CONTOSO, FABRIKAM);

    // THEN the output is a pretty-printed array holding each file's report, in order
    ObjectMapper json = new ObjectMapper();
    JsonNode contoso = json.readTree(CliRun.run("check", "--format", "json", CONTOSO).out());
    JsonNode fabrikam = json.readTree(CliRun.run("check", "--format", "json", FABRIKAM).out());
    assertThat(json.readTree(both.out()))
        .isEqualTo(json.createArrayNode().add(contoso).add(fabrikam));
    assertThat(both.out())
        .startsWith(
            "[\n  {\n    \"schema\": \"mailready/report/v1\",\n    \"tenant\": \"contoso.com\",")
        .contains("\n  },\n  {\n    \"schema\": \"mailready/report/v1\",\n")
        .endsWith("\n    ]\n  }\n]\n");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = CheckJsonOutputTest.class.getResourceAsStream(name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
