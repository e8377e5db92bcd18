package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's walkthrough exactly as written (the {@code sh} block under "Walkthrough"), in a
 * scratch directory that links the repository's {@code rules-cli}, {@code rules-content} and {@code
 * examples}, with the packaged jar.
 */
class ReadmeWalkthroughIT {
  @TempDir Path scratch;

  @Test
  void the_readme_walkthrough_runs_as_written() throws Exception {
    // GIVEN the walkthrough's commands, taken from the README
    Path root = Path.of("..").toAbsolutePath().normalize();
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher block =
        Pattern.compile("## Walkthrough[^\\n]*\\n.*?```sh\\n(.*?)\\n```", Pattern.DOTALL)
            .matcher(readme);
    assertThat(block.find()).as("a sh block under the README's Walkthrough heading").isTrue();
    for (String linked : new String[] {"rules-cli", "rules-content", "examples"}) {
      Files.createSymbolicLink(scratch.resolve(linked), root.resolve(linked));
    }
    // WHEN bash runs them
    Process bash =
        new ProcessBuilder("bash", "-c", block.group(1)).directory(scratch.toFile()).start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(bash.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(5, TimeUnit.MINUTES)).isTrue();
    // THEN the cases pass, the changed rule reports an ERROR from the new pack, and the waiver
    // applies
    assertThat(err).as("stderr").doesNotContain("error:");
    assertThat(out)
        .contains("PASS carol has EWS switched off, an ERROR for us")
        .contains("OK: 2 passed, 0 failed")
        .contains("contoso-rules 0.1.0")
        .contains("[ERROR] EXCH-EWS-002 EWS on for the mailbox")
        .contains("WAIVED: 1 finding")
        .contains("CHG-1234");
  }
}
