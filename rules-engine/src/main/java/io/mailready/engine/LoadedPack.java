package io.mailready.engine;

import java.util.List;

/**
 * A pack read and validated: its spec, its requirements in order, its DRL files, and (for a
 * precompiled classpath pack) the index of its executable model.
 */
record LoadedPack(
    PackSpec spec,
    PackSource source,
    List<RequirementSpec> requirements,
    List<PackSource.Entry> derivationDrl,
    List<RequirementDrl> requirementDrl,
    String modelIndex) {

  /** The DRL file of one requirement. */
  record RequirementDrl(String requirementId, PackSource.Entry drl) {}
}
