package io.mailready.spi;

import io.mailready.Checker;

/**
 * Creates checkers; an engine registers one through {@link java.util.ServiceLoader}. Users call
 * {@link Checker#standard()} or {@link Checker#builder()} instead.
 */
public interface CheckerFactory {
  /** Loads and compiles the packs the settings name, plus every pack on the classpath. */
  Checker create(CheckerSettings settings);
}
