package io.mailready.spi;

import io.mailready.PackInfo;
import io.mailready.Report;
import io.mailready.RequirementInfo;
import io.mailready.snapshot.Snapshot;
import java.util.List;

/**
 * An engine's compiled packs, behind the {@link io.mailready.Checker} facade: what an {@link
 * EngineFactory} creates. Immutable and thread-safe; {@link #check} never compiles.
 */
public interface Engine {
  /** Evaluates every requirement against the snapshot. */
  Report check(Snapshot snapshot);

  /** The loaded requirements, in pack order. */
  List<RequirementInfo> requirements();

  /** The loaded packs, in load order. */
  List<PackInfo> packs();
}
