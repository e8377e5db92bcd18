package io.mailready.collect;

/** The two Microsoft APIs the collector reads, each with the OAuth resource its tokens are for. */
public enum Api {
  /** Microsoft Graph v1.0. */
  GRAPH("https://graph.microsoft.com"),
  /** The Exchange Online admin API (what the Exchange Online PowerShell module V3 calls). */
  EXCHANGE("https://outlook.office365.com");

  private final String resource;

  Api(String resource) {
    this.resource = resource;
  }

  /** The OAuth resource (audience) of this API's access tokens. */
  public String resource() {
    return resource;
  }

  /** The scope that asks for every permission the app was granted on this API. */
  public String defaultScope() {
    return resource + "/.default";
  }
}
