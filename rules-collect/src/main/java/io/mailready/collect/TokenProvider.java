package io.mailready.collect;

import java.io.IOException;

/**
 * Gives the collector an access token for an API. A service implements it with its own tokens (its
 * token cache, a managed identity, ...); the command line uses {@link MsalTokenProvider}.
 *
 * <p>Called before every request: return a cached token while it is valid.
 */
@FunctionalInterface
public interface TokenProvider {
  /**
   * An access token (without the {@code Bearer} prefix) for {@code api}'s resource.
   *
   * @throws IOException when no token can be had; every later call to that API is then recorded as
   *     failed without asking again
   */
  String accessToken(Api api) throws IOException;
}
