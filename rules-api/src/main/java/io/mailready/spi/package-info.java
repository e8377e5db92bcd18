/**
 * The service provider interface between the {@link io.mailready.Checker} facade and an engine
 * module, for engines, engine tests and benchmarks; not a stable API. Users call {@link
 * io.mailready.Checker#standard()} or {@link io.mailready.Checker#builder()}.
 *
 * <p>An engine registers an {@link io.mailready.spi.EngineFactory} for {@link
 * java.util.ServiceLoader}; {@link io.mailready.spi.Engines#create} finds it and creates an {@link
 * io.mailready.spi.Engine} from {@link io.mailready.spi.CheckerSettings}, which also carry the
 * engine's tuning (how many mailboxes one rule session holds). An engine inserts one {@link
 * io.mailready.spi.SharedValues} into every session of a check, for a pack's Java helpers.
 */
package io.mailready.spi;
