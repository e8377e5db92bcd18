package io.mailready.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds and reads rule packs: every pack listed in a {@code META-INF/mailready/packs} index on the
 * classpath, and packs in directories. Collects every problem; never half-loads.
 */
final class PackLoader {
  static final String INDEX = "META-INF/mailready/packs";

  private PackLoader() {}

  /** The precompiled model indexes the classpath pack indexes name, in classpath order. */
  static List<String> modelIndexes(ClassLoader loader) {
    Set<String> indexes = new LinkedHashSet<>();
    try {
      Enumeration<URL> files = loader.getResources(INDEX);
      while (files.hasMoreElements()) {
        try (BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(files.nextElement().openStream(), StandardCharsets.UTF_8))) {
          for (String line : reader.lines().map(String::strip).toList()) {
            String[] columns = line.split("\\s+");
            if (!line.isEmpty() && !line.startsWith("#") && columns.length > 1) {
              indexes.add(columns[1]);
            }
          }
        }
      }
    } catch (IOException e) {
      return List.of(); // classpathPacks reports the unreadable index
    }
    return List.copyOf(indexes);
  }

  /** The classpath packs, in classpath order. */
  static List<LoadedPack> classpathPacks(ClassLoader loader, List<String> problems) {
    List<LoadedPack> packs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try {
      Enumeration<URL> indexes = loader.getResources(INDEX);
      while (indexes.hasMoreElements()) {
        URL index = indexes.nextElement();
        try (BufferedReader reader =
            new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
          for (String line : reader.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
              continue;
            }
            // "<pack.yaml resource> [<executable model index resource>]"
            String[] columns = line.split("\\s+");
            if (!seen.add(columns[0])) {
              continue;
            }
            String folder = columns[0].substring(0, columns[0].lastIndexOf('/') + 1);
            String model = columns.length > 1 ? columns[1] : null;
            LoadedPack pack =
                read(
                    PackSource.classpath(loader, folder),
                    columns[0].substring(folder.length()),
                    model,
                    problems);
            if (pack != null) {
              packs.add(pack);
            }
          }
        }
      }
    } catch (IOException e) {
      problems.add(INDEX + ":1: rule '-': cannot read the pack index: " + e.getMessage());
    }
    return packs;
  }

  /** The pack in a directory (its {@code pack.yaml} at the top). */
  static LoadedPack directoryPack(Path directory, List<String> problems) {
    if (!Files.isDirectory(directory)) {
      problems.add(directory + ":1: rule '-': not a directory");
      return null;
    }
    PackSource source = PackSource.directory(directory);
    return read(source, "pack.yaml", null, problems);
  }

  private static LoadedPack read(
      PackSource source, String packFile, String modelIndex, List<String> problems) {
    int before = problems.size();
    PackSource.Entry packEntry =
        entry(source, packFile, "rule '-'", "pack file not found", problems);
    if (packEntry == null) {
      return null;
    }
    PackSpec spec = MetadataReader.readPack(packEntry, problems);
    if (spec == null) {
      return null;
    }
    checkEveryFileIsListed(source, spec, problems);
    List<PackSource.Entry> derive = new ArrayList<>();
    for (String file : spec.derive()) {
      PackSource.Entry drl =
          entry(
              source,
              file,
              "rule '-'",
              "derivation file not found (listed in pack.yaml)",
              problems);
      if (drl != null) {
        derive.add(drl);
      }
    }
    List<RequirementSpec> requirements = new ArrayList<>();
    List<LoadedPack.RequirementDrl> drls = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (String listed : spec.requirements()) {
      String name = listed.substring(listed.lastIndexOf('/') + 1);
      String stem = stem(source, listed);
      String rule = "rule '" + MetadataReader.idOf(name) + "'";
      PackSource.Entry yaml =
          entry(
              source, stem + ".yaml", rule, "the requirement's metadata file is missing", problems);
      PackSource.Entry drl =
          entry(source, stem + ".drl", rule, "the requirement's DRL file is missing", problems);
      if (yaml == null) {
        continue;
      }
      RequirementSpec requirement = MetadataReader.readRequirement(yaml, name, problems);
      if (requirement == null) {
        continue;
      }
      if (!ids.add(requirement.id())) {
        problems.add(
            MetadataReader.at(
                yaml,
                1,
                "rule '" + requirement.id() + "'",
                "duplicate requirement id in pack '" + spec.id() + "'"));
        continue;
      }
      requirements.add(requirement);
      if (drl != null) {
        drls.add(new LoadedPack.RequirementDrl(requirement.id(), drl));
      }
    }
    return problems.size() > before
        ? null
        : new LoadedPack(spec, source, requirements, derive, drls, modelIndex);
  }

  /**
   * In a directory every .drl/.yaml must belong to the pack, so that nothing is silently skipped.
   */
  private static void checkEveryFileIsListed(
      PackSource source, PackSpec spec, List<String> problems) {
    Set<String> listed = new HashSet<>();
    listed.add("pack.yaml");
    listed.addAll(spec.derive());
    for (String requirement : spec.requirements()) {
      String stem = stem(source, requirement);
      listed.add(stem + ".drl");
      listed.add(stem + ".yaml");
    }
    try {
      for (String file : source.list(".drl", ".yaml", ".yml")) {
        if (!listed.contains(file)) {
          problems.add(
              source.description()
                  + "/"
                  + file
                  + ":1: rule '-': file is not part of the pack: list it in pack.yaml"
                  + " ('requirements' for a requirement's .drl/.yaml, 'derive' for a derivation .drl)");
        }
      }
    } catch (IOException e) {
      problems.add(source.description() + ":1: rule '-': cannot list the pack: " + e.getMessage());
    }
  }

  /**
   * The path without extension of a listed requirement's files: {@code x/name/name} when the
   * requirement is a folder (its .drl, .yaml and .cases.yaml in one place), else {@code x/name}.
   */
  private static String stem(PackSource source, String listed) {
    String name = listed.substring(listed.lastIndexOf('/') + 1);
    String inFolder = listed + "/" + name;
    try {
      return source.read(inFolder + ".yaml") != null ? inFolder : listed;
    } catch (IOException e) {
      return listed; // reported when the flat file is read
    }
  }

  private static PackSource.Entry entry(
      PackSource source, String file, String rule, String missing, List<String> problems) {
    try {
      PackSource.Entry entry = source.read(file);
      if (entry == null) {
        problems.add(source.description() + "/" + file + ":1: " + rule + ": " + missing);
      }
      return entry;
    } catch (IOException e) {
      problems.add(
          source.description() + "/" + file + ":1: " + rule + ": cannot read: " + e.getMessage());
      return null;
    }
  }
}
