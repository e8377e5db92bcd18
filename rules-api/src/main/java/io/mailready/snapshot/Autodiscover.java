package io.mailready.snapshot;

import java.util.List;

/**
 * What DNS and HTTP answered for a domain's autodiscover.
 *
 * <p>A {@code null} component is unset; a list component that is {@code null} was not collected,
 * while an empty list was collected and is empty (see {@code snapshot.md}).
 */
public record Autodiscover(
    String cname,
    List<IpRange> a,
    String srvTarget,
    Boolean rootReachable,
    List<String> notCollected)
    implements Section {
  /** Copies lists, so that a snapshot is immutable. */
  public Autodiscover {
    a = a == null ? List.of() : List.copyOf(a);
    notCollected = Section.fields(Autodiscover.class, notCollected);
  }

  /** A section with every field collected and none of the fields added since mailready 1.0. */
  public Autodiscover(String cname, List<IpRange> a, String srvTarget, Boolean rootReachable) {
    this(cname, a, srvTarget, rootReachable, null);
  }
}
