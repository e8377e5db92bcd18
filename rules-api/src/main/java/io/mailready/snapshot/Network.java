package io.mailready.snapshot;

import java.util.List;

/**
 * How the mail servers can be reached from outside.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record Network(
    Boolean requiresCorpNetwork,
    Boolean ewsExternallyReachable,
    Boolean easExternallyReachable,
    List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public Network {
    notCollected = Section.fields(Network.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public Network(
      Boolean requiresCorpNetwork, Boolean ewsExternallyReachable, Boolean easExternallyReachable) {
    this(requiresCorpNetwork, ewsExternallyReachable, easExternallyReachable, null);
  }
}
