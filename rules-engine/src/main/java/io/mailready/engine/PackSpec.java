package io.mailready.engine;

import java.util.List;
import java.util.Map;

/**
 * A pack's {@code pack.yaml}: identity, requirement files in report order, derivation files, the
 * fact types the tenant phase gathers from every session, the flags its rules derive (name and
 * meaning), configuration defaults, and the texts of derived causes.
 */
record PackSpec(
    String id,
    String version,
    String title,
    String guide,
    String revision,
    List<String> derive,
    List<String> tenantFacts,
    Map<String, String> flags,
    List<String> requirements,
    Map<String, Object> config,
    Map<String, CauseSpec> causes) {

  /** How a derived cause is described in impact messages, and which requirement fixes it. */
  record CauseSpec(String text, String requirement) {}
}
