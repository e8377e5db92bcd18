package io.mailready;

import static com.google.common.base.Preconditions.checkNotNull;

import io.mailready.snapshot.Snapshot;
import io.mailready.spi.Engine;
import java.util.List;

/** The checker {@link Checker.Builder} builds: the facade over an engine from the SPI. */
final class EngineChecker implements Checker {
  private final Engine engine;

  EngineChecker(Engine engine) {
    this.engine = checkNotNull(engine, "engine");
  }

  @Override
  public Report check(Snapshot snapshot) {
    return engine.check(checkNotNull(snapshot, "snapshot"));
  }

  @Override
  public List<RequirementInfo> requirements() {
    return engine.requirements();
  }

  @Override
  public List<PackInfo> packs() {
    return engine.packs();
  }

  @Override
  public String toString() {
    return "Checker" + packs();
  }
}
