package io.mailready.cli;

import io.mailready.Result;
import io.mailready.Status;
import io.mailready.SubjectKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results that could not be evaluated (UNKNOWN or ERROR) for the same requirement and reason, as
 * the human formats show them: once, with the subjects they concern.
 */
record ResultGroup(
    Status status,
    String requirement,
    SubjectKind subjectKind,
    String reason,
    List<String> subjects) {

  /** The UNKNOWN and ERROR results grouped, in the order of each group's first result. */
  static List<ResultGroup> notEvaluated(List<Result> results) {
    Map<List<Object>, List<Result>> groups = new LinkedHashMap<>();
    for (Result r : results) {
      if (r.status() == Status.UNKNOWN || r.status() == Status.ERROR) {
        List<Object> key =
            List.of(
                r.status(), r.requirement(), r.subjectKind(), r.reason() == null ? "" : r.reason());
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      }
    }
    return groups.values().stream()
        .map(
            list ->
                new ResultGroup(
                    list.get(0).status(),
                    list.get(0).requirement(),
                    list.get(0).subjectKind(),
                    list.get(0).reason(),
                    list.stream().map(Result::subject).toList()))
        .toList();
  }

  /** For example "3 mailboxes". */
  String count() {
    return FindingGroup.plural(subjects.size(), subjectKind.label());
  }
}
