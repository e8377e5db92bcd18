package io.mailready.snapshot;

import java.util.List;

/**
 * An accepted domain of the tenant and what autodiscover answered for it.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record Domain(String name, Autodiscover autodiscover, List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public Domain {
    notCollected = Section.fields(Domain.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public Domain(String name, Autodiscover autodiscover) {
    this(name, autodiscover, null);
  }
}
