package io.mailready.testkit;

import io.mailready.Finding;
import io.mailready.Severity;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one {@link Finding}. */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

  FindingAssert(Finding actual) {
    super(actual, FindingAssert.class);
  }

  /** The finding has this severity. */
  public FindingAssert withSeverity(Severity severity) {
    isNotNull();
    if (actual.severity() != severity) {
      failWithMessage(
          "expected %s for %s to be %s but it was %s: %s",
          actual.requirement(), actual.subject(), severity, actual.severity(), actual.message());
    }
    return this;
  }

  /** The finding's message contains the text. */
  public FindingAssert withMessageContaining(String text) {
    isNotNull();
    if (!actual.message().contains(text)) {
      failWithMessage(
          "expected the message of %s for %s to contain%n  '%s'%nbut it was%n  '%s'",
          actual.requirement(), actual.subject(), text, actual.message());
    }
    return this;
  }

  /** The finding's evidence has the value (compared as text). */
  public FindingAssert withEvidence(String name, Object value) {
    isNotNull();
    if (!actual.evidence().containsKey(name)
        || !Objects.equals(String.valueOf(actual.evidence().get(name)), String.valueOf(value))) {
      failWithMessage(
          "expected evidence %s = %s on %s for %s, but the evidence is %s",
          name, value, actual.requirement(), actual.subject(), actual.evidence());
    }
    return this;
  }

  /** The finding is covered by a waiver. */
  public FindingAssert isWaived() {
    isNotNull();
    if (!actual.waived()) {
      failWithMessage(
          "expected %s for %s to be waived, but it is not", actual.requirement(), actual.subject());
    }
    return this;
  }
}
