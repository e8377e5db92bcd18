package io.mailready.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ServiceLoader;

/**
 * Creates an engine from settings with the {@link EngineFactory} on the classpath, for the {@link
 * io.mailready.Checker} facade and for engine tests and benchmarks that tune the engine; not a
 * stable API.
 */
public final class Engines {
  private Engines() {}

  /**
   * An engine of every pack on the classpath and of the packs the settings name.
   *
   * @throws IllegalStateException if no engine ({@code io.mailready:rules-engine}) is on the
   *     classpath
   * @throws io.mailready.RuleContentException listing every problem of broken rule content
   */
  public static Engine create(CheckerSettings settings) {
    checkNotNull(settings, "settings");
    for (EngineFactory factory : ServiceLoader.load(EngineFactory.class)) {
      return factory.create(settings);
    }
    throw new IllegalStateException(
        "no mailready engine on the classpath: add the dependency io.mailready:rules-engine"
            + " (and io.mailready:rules-content for the bundled Microsoft pack)");
  }
}
