package io.mailready.collect;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Executors;

/**
 * A local HTTP server that plays Microsoft Graph ({@code /graph/v1.0/...}), the Exchange Online
 * admin API ({@code /adminapi/beta/<tenant>/InvokeCommand}) and Entra ID's token endpoints, with
 * scripted replies in the shapes the real services give. Records every request it receives. Replies
 * are consumed in order; the last one repeats. {@code ${base}} in a reply body becomes the server's
 * own base URL (for {@code @odata.nextLink}).
 */
final class FakeApi implements AutoCloseable {
  /** A request as the server received it. */
  record Seen(String method, URI uri, Map<String, List<String>> headers, String body) {
    String header(String name) {
      for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          return entry.getValue().get(0);
        }
      }
      return null;
    }
  }

  /** A scripted reply. */
  record Reply(int status, Map<String, String> headers, String body) {
    static Reply ok(String body) {
      return new Reply(200, Map.of(), body);
    }

    static Reply status(int status, String body) {
      return new Reply(status, Map.of(), body);
    }

    static Reply throttled(int status, String retryAfter) {
      return new Reply(
          status,
          Map.of("Retry-After", retryAfter),
          "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Too many requests\"}}");
    }
  }

  private record Route(String key, Map<String, Object> parameters, Deque<Reply> replies) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    // Without TCP_NODELAY every answer waits out the peer's delayed ACK (some 40 ms).
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final List<Route> routes = Collections.synchronizedList(new ArrayList<>());
  final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
  final List<String> unmatched = Collections.synchronizedList(new ArrayList<>());

  FakeApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  String base() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  URI graphBase() {
    return URI.create(base() + "/graph/v1.0/");
  }

  URI exchangeBase() {
    return URI.create(base() + "/adminapi/beta/");
  }

  /** Replies to {@code GET <graph base><pathAndQuery>} (path and query as decoded text). */
  FakeApi graph(String pathAndQuery, Reply... replies) {
    return route("GET /graph/v1.0/" + pathAndQuery, null, replies);
  }

  /**
   * Replies to an InvokeCommand of {@code cmdlet} with exactly these parameters; {@code query} is
   * the page's query ({@code null} for the first page).
   */
  FakeApi cmdlet(String cmdlet, String parametersJson, String query, Reply... replies) {
    Map<String, Object> parameters = parse(parametersJson);
    return route("INVOKE " + cmdlet + (query == null ? "" : "?" + query), parameters, replies);
  }

  /** Replies to any other request: {@code METHOD /path?query}, or a prefix of it ending in *. */
  FakeApi other(String methodAndPath, Reply... replies) {
    return route(methodAndPath, null, replies);
  }

  private FakeApi route(String key, Map<String, Object> parameters, Reply... replies) {
    routes.add(new Route(key, parameters, new ArrayDeque<>(List.of(replies))));
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    URI uri = exchange.getRequestURI();
    seen.add(
        new Seen(
            exchange.getRequestMethod(),
            uri,
            Map.copyOf(exchange.getRequestHeaders()),
            body.isEmpty() ? null : body));
    String path = uri.getPath();
    String key;
    Map<String, Object> parameters = null;
    if (exchange.getRequestMethod().equals("POST") && path.endsWith("/InvokeCommand")) {
      JsonNode input = JSON.readTree(body).path("CmdletInput");
      parameters = JSON.convertValue(input.path("Parameters"), new TypeReference<>() {});
      key =
          "INVOKE "
              + input.path("CmdletName").asText()
              + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
    } else {
      key =
          exchange.getRequestMethod()
              + " "
              + path
              + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
    }
    Reply reply = null;
    synchronized (routes) {
      for (Route route : routes) {
        boolean keyMatches =
            route.key().endsWith("*")
                ? key.startsWith(route.key().substring(0, route.key().length() - 1))
                : route.key().equals(key);
        if (keyMatches
            && (route.parameters() == null || Objects.equals(route.parameters(), parameters))) {
          reply = route.replies().size() > 1 ? route.replies().poll() : route.replies().peek();
          break;
        }
      }
    }
    if (reply == null) {
      unmatched.add(key + (parameters == null ? "" : " " + parameters));
      reply =
          Reply.status(
              404,
              "{\"error\":{\"code\":\"NotFound\",\"message\":\"no fake reply for "
                  + key.replace("\"", "'")
                  + "\"}}");
    }
    byte[] bytes = reply.body().replace("${base}", base()).getBytes(StandardCharsets.UTF_8);
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, Object> parse(String json) {
    try {
      return new TreeMap<>(JSON.readValue(json, new TypeReference<Map<String, Object>>() {}));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture file from {@code src/test/resources/io/mailready/collect/fake/}. */
  static String fixture(String name) {
    try (InputStream in = FakeApi.class.getResourceAsStream("fake/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
