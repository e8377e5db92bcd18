package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Report;
import io.mailready.Result;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Snapshots;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a rule maintainer does with only the jar, for the tests that override bundled rules: read a
 * bundled file from the classpath, write it (edited) into a directory pack, and check the bundled
 * healthy tenant with a few edits.
 */
final class MaintainerPack {
  private static final String PACK = "/io/mailready/rules/microsoft/";
  static final String BASE_TENANT = "base/exchange-online.snapshot.yaml";

  private MaintainerPack() {}

  /** A file of the bundled pack as the jar has it; {@code path} is relative to the pack. */
  static String bundled(String path) throws IOException {
    try (InputStream in = MaintainerPack.class.getResourceAsStream(PACK + path)) {
      assertThat(in).as("bundled file %s", path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * {@code text} with each pair of {@code edits} (original, replacement); each original is there.
   */
  static String edit(String text, String... edits) {
    for (int i = 0; i < edits.length; i += 2) {
      assertThat(text).as("the text to edit").contains(edits[i]);
      text = text.replace(edits[i], edits[i + 1]);
    }
    return text;
  }

  /** A directory pack in {@code root}: its {@code pack.yaml}, and each pair of path and text. */
  static Path write(Path root, String packYaml, String... pathsAndTexts) throws IOException {
    Files.createDirectories(root);
    Files.writeString(root.resolve("pack.yaml"), packYaml);
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      Path file = root.resolve(pathsAndTexts[i]);
      Files.createDirectories(file.getParent());
      Files.writeString(file, pathsAndTexts[i + 1]);
    }
    return root;
  }

  /**
   * A directory pack in {@code root} that overrides the bundled requirement of {@code folder} (e.g.
   * {@code exchange/exch-eas-003-device-access}): its YAML as the jar has it, its DRL with {@code
   * drlEdits} (pairs), and {@code packYamlMore} (e.g. config values) at the end of pack.yaml.
   */
  static Path overriding(Path root, String folder, String packYamlMore, String... drlEdits)
      throws IOException {
    String stem = folder.substring(folder.lastIndexOf('/') + 1);
    String drl = folder + "/" + stem + ".drl";
    String yaml = folder + "/" + stem + ".yaml";
    return write(
        root,
        "id: maintainer-pack\nversion: 0.1.0\nrequirements: [" + folder + "]\n" + packYamlMore,
        drl,
        edit(bundled(drl), drlEdits),
        yaml,
        bundled(yaml));
  }

  /** A snapshot from YAML text. */
  static Snapshot snapshot(String yaml) {
    return Snapshots.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "tenant.yaml");
  }

  /** The bundled healthy Exchange Online tenant with {@code edits} (pairs) applied. */
  static Snapshot baseTenant(String... edits) throws IOException {
    return snapshot(edit(bundled(BASE_TENANT), edits));
  }

  /** The result of {@code requirement} for {@code subject}. */
  static Result result(Report report, String requirement, String subject) {
    return report.results().stream()
        .filter(r -> r.requirement().equals(requirement) && r.subject().equals(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError(requirement + " has no result for " + subject));
  }

  /** The message of the first finding of {@code requirement}. */
  static String message(Report report, String requirement) {
    return report.findings().stream()
        .filter(f -> f.requirement().equals(requirement))
        .findFirst()
        .orElseThrow(() -> new AssertionError(requirement + " has no finding"))
        .message();
  }
}
