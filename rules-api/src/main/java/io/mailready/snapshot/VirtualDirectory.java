package io.mailready.snapshot;

/** What EWS and ActiveSync virtual directories have in common: a server and its URLs. */
public interface VirtualDirectory {
  /** The Exchange server, e.g. {@code EX01}. */
  String server();

  /** The URL inside the corporate network. */
  String internalUrl();

  /** The URL published to the internet, or null when not published. */
  String externalUrl();
}
