package io.mailready.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends one read request with the guard, a token, bounded retries and a record of every call in the
 * export it belongs to. Returns the parsed JSON body of a 2xx answer, else throws {@link
 * CallFailedException} saying why.
 */
final class ApiClient {
  private static final Set<Integer> RETRIED = Set.of(429, 502, 503, 504);
  private static final int MAX_ERROR_LENGTH = 600;

  private final HttpClient http;
  private final TokenProvider tokens;
  private final ReadOnlyGuard guard;
  private final RetryPolicy retry;
  private final Sleeper sleeper;
  private final Clock clock;
  private final ObjectMapper json;
  private final Duration requestTimeout;
  private final String userAgent;
  private final Map<Api, String> tokenFailures = new ConcurrentHashMap<>();

  ApiClient(
      HttpClient http,
      TokenProvider tokens,
      ReadOnlyGuard guard,
      RetryPolicy retry,
      Sleeper sleeper,
      Clock clock,
      ObjectMapper json,
      Duration requestTimeout,
      String userAgent) {
    this.http = http;
    this.tokens = tokens;
    this.guard = guard;
    this.retry = retry;
    this.sleeper = sleeper;
    this.clock = clock;
    this.json = json;
    this.requestTimeout = requestTimeout;
    this.userAgent = userAgent;
  }

  /** A request to send: body null for GET; cmdlet and parameters only for the admin API. */
  record Request(
      Api api,
      String method,
      URI uri,
      String body,
      Map<String, String> headers,
      String cmdlet,
      ObjectNode parameters) {}

  /** Why a call gave no usable answer, for the manifest. */
  static final class CallFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    CallFailedException(String message) {
      super(message);
    }
  }

  JsonNode send(Request request, Export export) throws CallFailedException {
    long start = System.nanoTime();
    Integer status = null;
    int attempts = 0;
    String error;
    try {
      String tokenFailure = tokenFailures.get(request.api());
      if (tokenFailure != null) {
        throw new CallFailedException(tokenFailure);
      }
      guard.check(request.api(), request.method(), request.uri(), request.body());
      while (true) {
        attempts++;
        String token = token(request.api());
        HttpResponse<String> response;
        try {
          response = http.send(build(request, token), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
          status = null;
          if (attempts < retry.maxAttempts()) {
            sleeper.sleep(retry.backoff(attempts));
            continue;
          }
          throw new CallFailedException(
              "network error after " + attempts + " attempts: " + describe(e));
        }
        status = response.statusCode();
        if (status / 100 == 2) {
          JsonNode body = parse(response.body());
          record(export, request, status, attempts, start, null);
          return body;
        }
        if (RETRIED.contains(status) && attempts < retry.maxAttempts()) {
          int failed = attempts;
          Duration wait =
              retryAfter(response).map(retry::cap).orElseGet(() -> retry.backoff(failed));
          sleeper.sleep(wait);
          continue;
        }
        String message = errorMessage(response.body());
        String reason = "HTTP " + status + (message.isEmpty() ? "" : " " + message);
        if (RETRIED.contains(status)) {
          reason += " (gave up after " + attempts + " attempts)";
        }
        throw new CallFailedException(reason);
      }
    } catch (CallFailedException e) {
      error = e.getMessage();
    } catch (ReadOnlyGuard.RefusedRequestException e) {
      error = e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "interrupted";
    }
    record(export, request, status, attempts, start, error);
    throw new CallFailedException(error);
  }

  /** Synchronized: after a failure, no other thread asks the provider again for that API. */
  private synchronized String token(Api api) throws CallFailedException {
    String failure = tokenFailures.get(api);
    if (failure != null) {
      throw new CallFailedException(failure);
    }
    try {
      String token = tokens.accessToken(api);
      if (token == null || token.isBlank()) {
        throw new IOException("the token provider returned no token");
      }
      return token;
    } catch (IOException | RuntimeException e) {
      String why = "no access token for " + api.resource() + ": " + describe(e);
      tokenFailures.put(api, why);
      throw new CallFailedException(why);
    }
  }

  private HttpRequest build(Request request, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.uri())
            .timeout(requestTimeout)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .header("User-Agent", userAgent);
    request.headers().forEach(builder::header);
    if (request.body() == null) {
      builder.GET();
    } else {
      builder
          .header("Content-Type", "application/json; charset=utf-8")
          .method(
              request.method(),
              HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
    }
    return builder.build();
  }

  private JsonNode parse(String body) throws CallFailedException {
    try {
      JsonNode node = json.readTree(body);
      if (node == null || !node.isObject()) {
        throw new CallFailedException("the answer is not a JSON object: " + shorten(body));
      }
      return node;
    } catch (IOException e) {
      throw new CallFailedException("the answer is not JSON: " + describe(e));
    }
  }

  /** {@code Retry-After} as seconds or as an HTTP date, relative to the clock. */
  private Optional<Duration> retryAfter(HttpResponse<String> response) {
    Optional<String> value = response.headers().firstValue("Retry-After").map(String::trim);
    if (value.isEmpty() || value.get().isEmpty()) {
      return Optional.empty();
    }
    String text = value.get();
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Optional.of(Duration.between(clock.instant(), at));
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  /** The message of a Graph or admin API error body, if it has one. */
  private String errorMessage(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    try {
      JsonNode error = json.readTree(body).path("error");
      StringBuilder text = new StringBuilder();
      if (error.path("code").isTextual()) {
        text.append(error.path("code").asText());
      }
      String message = error.path("message").asText("");
      for (JsonNode detail : error.path("details")) {
        if (detail.path("message").isTextual()) {
          message = detail.path("message").asText();
        }
      }
      if (!message.isEmpty()) {
        text.append(text.isEmpty() ? "" : ": ").append(message);
      }
      return shorten(text.isEmpty() ? body : text.toString());
    } catch (IOException e) {
      return shorten(body);
    }
  }

  private void record(
      Export export, Request request, Integer status, int attempts, long start, String error) {
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    export.calls.add(
        new CallRecord(
            request.api(),
            request.method(),
            request.uri().toString(),
            request.cmdlet(),
            request.parameters(),
            status,
            attempts,
            millis,
            error));
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : shorten(message);
  }

  private static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= MAX_ERROR_LENGTH
        ? oneLine
        : oneLine.substring(0, MAX_ERROR_LENGTH) + "...";
  }
}
