/**
 * The types rule packs use in DRL: three-valued logic, applicability flags, outcomes, the
 * evaluation context. Requirement rules insert {@link io.mailready.rule.Outcome}s; derivation rules
 * insert {@link io.mailready.rule.Flag}s and pack-specific derived facts.
 */
package io.mailready.rule;
