package io.mailready.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: which file gave which snapshot sections, which source fields it dropped,
 * which sections stay not collected (so that the user knows what to export next), the deployment it
 * derived and why, and every conflict a merged partial snapshot won.
 *
 * @param files every file read, in the order read
 * @param dropped per source, the properties the snapshot format does not use
 * @param notCollected snapshot sections and fields no file provided, as snapshot paths
 * @param deployment the deployment derived from the sources, or {@code null} when none could be
 * @param deploymentReason why, in a few words
 * @param conflicts each value a merged partial snapshot replaced, with both values
 * @param notes anything else the user should know (e.g. admin API warnings)
 */
public record ImportSummary(
    List<FileRead> files,
    List<Dropped> dropped,
    List<String> notCollected,
    String deployment,
    String deploymentReason,
    List<String> conflicts,
    List<String> notes) {
  /** Copies lists, so that a summary is immutable. */
  public ImportSummary {
    files = List.copyOf(files);
    dropped = List.copyOf(dropped);
    notCollected = List.copyOf(notCollected);
    conflicts = List.copyOf(conflicts);
    notes = List.copyOf(notes);
  }

  /**
   * One file and what it gave.
   *
   * @param file the path as given
   * @param source what the file is, e.g. {@code Get-CASMailbox (PowerShell)}
   * @param sections the snapshot sections it filled, e.g. {@code mailboxes[].casMailbox}
   */
  public record FileRead(String file, String source, List<String> sections) {
    /** Copies lists. */
    public FileRead {
      sections = List.copyOf(sections);
    }
  }

  /**
   * Source properties the snapshot format has no place for, counted per source.
   *
   * @param source e.g. {@code Get-CASMailbox}
   * @param count how many property values were dropped
   * @param names the distinct property names, sorted
   */
  public record Dropped(String source, int count, List<String> names) {
    /** Copies lists. */
    public Dropped {
      names = List.copyOf(names);
    }
  }

  /** The summary as lines for a terminal; {@code verbose} names every dropped property. */
  public List<String> lines(boolean verbose) {
    List<String> lines = new ArrayList<>();
    for (FileRead file : files) {
      lines.add(
          "read "
              + file.file()
              + " ("
              + file.source()
              + ")"
              + (file.sections().isEmpty() ? "" : " -> " + String.join(", ", file.sections())));
    }
    lines.add(
        "deployment: "
            + (deployment == null ? "not derived" : deployment)
            + " ("
            + deploymentReason
            + ")");
    for (Dropped drop : dropped) {
      lines.add(
          "dropped from "
              + drop.source()
              + ": "
              + drop.count()
              + " values of "
              + drop.names().size()
              + " properties the snapshot does not use"
              + (verbose ? " (" + String.join(", ", drop.names()) + ")" : ""));
    }
    if (!verbose && !dropped.isEmpty()) {
      lines.add("(run with --verbose to name every dropped property)");
    }
    for (String conflict : conflicts) {
      lines.add("conflict: " + conflict);
    }
    for (String note : notes) {
      lines.add("note: " + note);
    }
    if (notCollected.isEmpty()) {
      lines.add("not collected: nothing");
    } else {
      lines.add("not collected (export these next, or set them in a --merge file):");
      notCollected.forEach(path -> lines.add("  " + path));
    }
    return lines;
  }
}
