package io.mailready.collect;

import com.microsoft.aad.msal4j.HttpMethod;
import com.microsoft.aad.msal4j.HttpResponse;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * MSAL's HTTP client for tests: sends what MSAL addresses to Entra ID ({@code
 * https://login.microsoftonline.com}) to the local fake instead, so that the real authority (and
 * MSAL's checks of it) stays while no request leaves the machine. Anything else is refused.
 */
final class ForwardingHttpClient implements IHttpClient {
  private static final Set<String> RESTRICTED =
      Set.of("host", "content-length", "connection", "expect", "upgrade");

  private final String from;
  private final String to;
  private final HttpClient http = HttpClient.newHttpClient();

  ForwardingHttpClient(String from, String to) {
    this.from = from;
    this.to = to;
  }

  @Override
  public IHttpResponse send(com.microsoft.aad.msal4j.HttpRequest request) throws Exception {
    String url = request.url().toString();
    if (!url.startsWith(from)) {
      throw new IllegalStateException("test refuses a request to " + url);
    }
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(to + url.substring(from.length())));
    if (request.headers() != null) {
      request
          .headers()
          .forEach(
              (name, value) -> {
                if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                  builder.header(name, value);
                }
              });
    }
    if (request.httpMethod() == HttpMethod.POST) {
      builder.POST(
          HttpRequest.BodyPublishers.ofString(
              request.body() == null ? "" : request.body(), StandardCharsets.UTF_8));
    } else {
      builder.GET();
    }
    java.net.http.HttpResponse<String> response =
        http.send(builder.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    HttpResponse result =
        new HttpResponse().statusCode(response.statusCode()).body(response.body());
    result.addHeaders(response.headers().map());
    return result;
  }
}
