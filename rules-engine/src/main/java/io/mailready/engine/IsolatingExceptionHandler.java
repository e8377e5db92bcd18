package io.mailready.engine;

import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * Records a rule whose action throws, instead of aborting the session, so that the other rules
 * still run; the engine reports that rule's requirement as ERROR.
 */
public final class IsolatingExceptionHandler implements ConsequenceExceptionHandler {
  /** Drools instantiates the handler by class. */
  public IsolatingExceptionHandler() {}

  @Override
  public void handleException(Match match, RuleRuntime runtime, Exception exception) {
    RuleFailures.record(match.getRule().getName(), exception);
  }
}
