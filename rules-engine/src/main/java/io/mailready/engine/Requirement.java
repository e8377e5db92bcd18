package io.mailready.engine;

import io.mailready.Fix;
import io.mailready.RequirementInfo;
import io.mailready.Severity;

/** A loaded requirement: its metadata, the pack it came from, and its severity after policy. */
record Requirement(RequirementSpec spec, String packId, Severity severity, int order) {

  String id() {
    return spec.id();
  }

  RequirementInfo info() {
    return new RequirementInfo(
        spec.id(),
        spec.title(),
        spec.subject(),
        severity,
        spec.obligation(),
        spec.section(),
        spec.guide(),
        spec.rationale(),
        spec.appliesWhen().stream()
            .map(
                c ->
                    (c.when() == null ? c.flag() : c.when())
                        + " (otherwise: "
                        + c.otherwise()
                        + ")")
            .toList(),
        spec.requires(),
        spec.fixes().stream()
            .map(
                f ->
                    new Fix(
                        (f.part() == null ? "" : "(" + f.part() + ") ") + f.summary(),
                        f.adminCenter(),
                        f.powershell(),
                        f.graph()))
            .toList(),
        spec.references(),
        packId);
  }
}
