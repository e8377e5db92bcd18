package io.mailready.rules.microsoft;

/** A mailbox protocol the legacy profile uses. */
public enum Protocol {
  EWS,
  EAS
}
