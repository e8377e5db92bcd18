package io.mailready.spi;

import io.mailready.Result;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A list of results that an engine made and never changes, for engines: a {@link
 * io.mailready.Report} holds it as it is, where it copies any other list. An engine may store a
 * million mailboxes' results more compactly than as {@link Result} objects, and a copy would make
 * every one of them an object.
 *
 * <p>A subclass must be immutable, hold no null element, and equal any list of equal results (as
 * {@link AbstractList} does).
 */
public abstract class ImmutableResultList extends AbstractList<Result> implements RandomAccess {
  /** For subclasses. */
  protected ImmutableResultList() {}
}
