package io.mailready.spi;

/**
 * Creates engines; an engine module registers one through {@link java.util.ServiceLoader} (a public
 * class with a public no-argument constructor). {@link Engines#create} finds it.
 */
public interface EngineFactory {
  /**
   * Loads and compiles every pack on the classpath, then the packs the settings name.
   *
   * @throws io.mailready.RuleContentException listing every problem of broken rule content
   */
  Engine create(CheckerSettings settings);
}
