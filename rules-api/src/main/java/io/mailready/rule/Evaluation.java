package io.mailready.rule;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * The context of one check, inserted as a fact: the evaluation date and the packs' configuration.
 * Date-dependent rules read {@link #today()}, never the system clock.
 */
public final class Evaluation {
  private final LocalDate today;
  private final Config config;

  /**
   * @param today the UTC date of the snapshot's {@code evaluatedAt}, else of the checker's clock
   * @param config the configuration values of the loaded packs
   */
  public Evaluation(LocalDate today, Config config) {
    this.today = checkNotNull(today, "today");
    this.config = checkNotNull(config, "config");
  }

  /** The evaluation date. */
  public LocalDate today() {
    return today;
  }

  /** The configuration values of the loaded packs. */
  public Config config() {
    return config;
  }

  /** True when today is on or after the configured date {@code key} ("from D"). */
  public boolean reached(String key) {
    return !today.isBefore(config.date(key));
  }

  /** True when today is before the configured date {@code key} ("before D"). */
  public boolean notYet(String key) {
    return today.isBefore(config.date(key));
  }

  @Override
  public String toString() {
    return "Evaluation[today=" + today + "]";
  }
}
