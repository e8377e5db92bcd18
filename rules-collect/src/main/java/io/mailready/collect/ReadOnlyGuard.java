package io.mailready.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses every request that could change the tenant or leak a token: only {@code GET} under the
 * Graph base URL, and only {@code POST .../InvokeCommand} of a {@code Get-*} cmdlet under the admin
 * API base URL, go out. Defence in depth: the collector never builds anything else, but a bug or a
 * forged {@code @odata.nextLink} must not turn into a write or send a token elsewhere.
 */
final class ReadOnlyGuard {
  private static final Pattern READ_CMDLET = Pattern.compile("Get-[A-Za-z0-9]+");

  private final URI graphBase;
  private final URI exchangeBase;
  private final ObjectMapper json;

  ReadOnlyGuard(URI graphBase, URI exchangeBase, ObjectMapper json) {
    this.graphBase = graphBase;
    this.exchangeBase = exchangeBase;
    this.json = json;
  }

  /** Throws {@link RefusedRequestException} unless the request only reads from {@code api}. */
  void check(Api api, String method, URI uri, String body) {
    switch (api) {
      case GRAPH -> {
        if (!under(uri, graphBase)) {
          throw refused(method, uri, "it is not under the Graph base URL " + graphBase);
        }
        if (!method.equals("GET")) {
          throw refused(method, uri, "only GET is allowed on Microsoft Graph");
        }
      }
      case EXCHANGE -> {
        if (!under(uri, exchangeBase)) {
          throw refused(method, uri, "it is not under the admin API base URL " + exchangeBase);
        }
        if (!method.equals("POST") || !uri.getPath().endsWith("/InvokeCommand")) {
          throw refused(method, uri, "only POST to InvokeCommand is allowed on the admin API");
        }
        String cmdlet = cmdletOf(body);
        if (cmdlet == null || !READ_CMDLET.matcher(cmdlet).matches()) {
          throw refused(method, uri, "only Get-* cmdlets are allowed but the body runs " + cmdlet);
        }
      }
    }
  }

  /** The cmdlet a body runs, or null when the body is not exactly one CmdletInput. */
  private String cmdletOf(String body) {
    if (body == null) {
      return null;
    }
    try {
      JsonNode root = json.readTree(body);
      if (root == null || !root.isObject() || root.size() != 1) {
        return null;
      }
      JsonNode input = root.get("CmdletInput");
      if (input == null || !input.isObject()) {
        return null;
      }
      for (Iterator<String> names = input.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!name.equals("CmdletName") && !name.equals("Parameters")) {
          return null;
        }
      }
      JsonNode name = input.get("CmdletName");
      return name != null && name.isTextual() ? name.asText() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean under(URI uri, URI base) {
    return uri.getScheme() != null
        && uri.getScheme().equalsIgnoreCase(base.getScheme())
        && uri.getHost() != null
        && uri.getHost().toLowerCase(Locale.ROOT).equals(base.getHost().toLowerCase(Locale.ROOT))
        && port(uri) == port(base)
        && uri.getRawPath() != null
        && !uri.getRawPath().contains("/../")
        && uri.getRawPath().startsWith(base.getRawPath());
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
  }

  private static RefusedRequestException refused(String method, URI uri, String why) {
    return new RefusedRequestException(
        "refused to send " + method + " " + uri + ": " + why + " (the collector only reads)");
  }

  /** A request the guard refused: a bug in the collector or a forged link, never sent. */
  static final class RefusedRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RefusedRequestException(String message) {
      super(message);
    }
  }
}
