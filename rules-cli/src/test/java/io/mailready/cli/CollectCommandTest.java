package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CollectCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    // Without TCP_NODELAY every answer waits out the peer's delayed ACK (some 40 ms).
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  @TempDir Path dir;
  private HttpServer server;
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile String failingCmdlet;

  @BeforeEach
  void startTenant() throws IOException {
    // A tenant with nothing in it: every Graph read and every Get-* cmdlet gives an empty list,
    // except the cmdlet a test makes fail.
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String body;
          try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
          int status = 200;
          String reply =
              "{\"@odata.context\":\"https://example.invalid/$metadata#x\",\"value\":[]}";
          if (failingCmdlet != null && body.contains("\"" + failingCmdlet + "\"")) {
            status = 403;
            reply = "{\"error\":{\"code\":\"Forbidden\",\"message\":\"Access denied\"}}";
          }
          byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
  }

  @AfterEach
  void stopTenant() {
    server.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private CliRun collect(UnaryOperator<String> env, CollectCommand.Tokens tokens, String... args) {
    CollectCommand command =
        new CollectCommand(
            env, tokens, URI.create(base() + "/v1.0/"), URI.create(base() + "/adminapi/beta/"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        new CommandLine(command)
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  private CliRun collectWithFakeTokens(String... args) {
    return collect(name -> null, (options, err) -> api -> "token-for-" + api, args);
  }

  private Path mailboxList(String text) throws IOException {
    return Files.writeString(dir.resolve("mailboxes.txt"), text);
  }

  private List<String> files(Path directory) throws IOException {
    try (Stream<Path> list = Files.list(directory)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void collectsTheListedMailboxesAndWritesTheManifest() throws IOException {
    // GIVEN a mailbox list with a comment and a blank line
    Path list = mailboxList("# pilot users\nalice@contoso.com\n\nbob@contoso.com\n");
    Path out = dir.resolve("export");

    // WHEN collect runs
    CliRun run =
        collectWithFakeTokens(
            "--tenant",
            "contoso.onmicrosoft.com",
            "--client-id",
            "6f1e2c3d-0000-4000-8000-000000000001",
            "--certificate",
            "app.pfx",
            "--mailboxes",
            list.toString(),
            "-o",
            out.toString());

    // THEN it exits 0, says what it wrote, and the folder holds the exports and the manifest
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("wrote 27 files to " + out);
    assertThat(files(out))
        .contains(
            "manifest.json",
            "Get-CASMailbox.alice@contoso.com.json",
            "Get-MobileDevice.bob@contoso.com.json",
            "graph.identity.conditionalAccess.policies.json");
    JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("tenant").asText()).isEqualTo("contoso.onmicrosoft.com");
    assertThat(manifest.get("complete").asBoolean()).isTrue();
    assertThat(manifest.at("/mailboxes/requested").toString())
        .isEqualTo("[\"alice@contoso.com\",\"bob@contoso.com\"]");
    assertThat(requests).allMatch(r -> r.startsWith("GET /v1.0/") || r.endsWith("/InvokeCommand"));
  }

  @Test
  void aFailedCallExitsWithOneAndNamesWhatIsMissing() throws IOException {
    // GIVEN the tenant refuses Get-AuthenticationPolicy
    failingCmdlet = "Get-AuthenticationPolicy";
    Path out = dir.resolve("export");

    // WHEN collect runs for the organisation only
    CliRun run =
        collectWithFakeTokens(
            "--tenant",
            "contoso.onmicrosoft.com",
            "--client-id",
            "app",
            "--device-code",
            "-o",
            out.toString());

    // THEN it exits 1 and says which export is missing and why
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "not collected: Get-AuthenticationPolicy.json: HTTP 403 Forbidden: Access denied"
                + System.lineSeparator());
    assertThat(run.out()).contains("; 1 exports failed, see " + out.resolve("manifest.json"));
    assertThat(out.resolve("Get-AuthenticationPolicy.json")).doesNotExist();
    assertThat(out.resolve("Get-AcceptedDomain.json")).exists();
  }

  @Test
  void reportsEveryBadLineOfTheMailboxListAndCollectsNothing() throws IOException {
    // GIVEN a mailbox list with two bad lines
    Path list = mailboxList("alice@contoso.com\nbob\ncarol@contoso.com\nC:\\dave@contoso.com\n");
    Path out = dir.resolve("export");

    // WHEN collect runs
    CliRun run =
        collectWithFakeTokens(
            "--tenant",
            "contoso.onmicrosoft.com",
            "--client-id",
            "app",
            "--device-code",
            "--mailboxes",
            list.toString(),
            "-o",
            out.toString());

    // THEN both lines are named with file and line, and nothing was asked of the tenant
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(list + ":2: not an email address: 'bob'")
        .contains(list + ":4: not an email address: 'C:\\dave@contoso.com'");
    assertThat(requests).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnsetPasswordVariableOrAWrongPasswordIsBadInput() throws Exception {
    // GIVEN the test certificate, whose password is "test-password"
    Path pfx = Path.of(getClass().getResource("collect/test-app.pfx").toURI());
    String[] common = {
      "--tenant",
      "contoso.onmicrosoft.com",
      "--client-id",
      "app",
      "--certificate",
      pfx.toString(),
      "-o",
      dir.resolve("export").toString()
    };

    // WHEN the password variable is not set, THEN the error names the variable
    CliRun unset =
        collect(
            name -> null,
            CollectCommand::msal,
            concat(common, "--certificate-password-env", "PFX_PASSWORD"));
    assertThat(unset.exitCode()).isEqualTo(2);
    assertThat(unset.err())
        .isEqualTo(
            "error: --certificate-password-env: environment variable 'PFX_PASSWORD' is not set"
                + System.lineSeparator());

    // WHEN the password is wrong, THEN MSAL's certificate reader refuses it, before any request
    CliRun wrong =
        collect(
            name -> name.equals("PFX_PASSWORD") ? "wrong" : null,
            CollectCommand::msal,
            concat(common, "--certificate-password-env", "PFX_PASSWORD"));
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).startsWith("error: cannot read the certificate " + pfx);
    assertThat(requests).isEmpty();
  }

  @Test
  void certificateAndDeviceCodeExcludeEachOther() {
    // GIVEN both ways to sign in, WHEN collect runs, THEN it is a usage error
    CliRun run =
        collectWithFakeTokens(
            "--tenant",
            "contoso.onmicrosoft.com",
            "--client-id",
            "app",
            "--device-code",
            "--certificate",
            "app.pfx",
            "-o",
            dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("mutually exclusive");
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
