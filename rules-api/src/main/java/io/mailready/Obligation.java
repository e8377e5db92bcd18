package io.mailready;

/** The RFC 2119 strength of a requirement, from the guide's wording. */
public enum Obligation {
  MUST,
  SHOULD,
  MAY
}
