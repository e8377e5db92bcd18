package io.mailready.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Snapshots;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** What the writer writes, the snapshot reader reads back equal. */
class SnapshotWriterTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @TestFactory
  Stream<DynamicTest> everyExampleRoundTripsThroughYamlAndJson() throws IOException {
    List<Path> examples;
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      examples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(examples).isNotEmpty();
    return examples.stream()
        .map(
            example ->
                DynamicTest.dynamicTest(
                    example.getFileName().toString(),
                    () -> {
                      Snapshot snapshot = Snapshots.read(example);
                      assertThat(read(SnapshotWriter.yaml(snapshot))).isEqualTo(snapshot);
                      assertThat(read(SnapshotWriter.json(snapshot))).isEqualTo(snapshot);
                    }));
  }

  @Test
  void anImportWithNotCollectedFieldsRoundTrips() {
    Snapshot imported = Import.from(Fixtures.folder("online")).snapshot();
    String yaml = SnapshotWriter.yaml(imported);
    assertThat(read(yaml)).isEqualTo(imported);
    assertThat(yaml).contains("notCollected:").contains("name: contoso.com");
  }

  private static Snapshot read(String text) {
    return Snapshots.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "written");
  }
}
