package io.mailready.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mailready.collect.FakeApi.Reply;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MsalTokenProviderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TENANT = "contoso.onmicrosoft.com";
  private static final String CLIENT_ID = "6f1e2c3d-0000-4000-8000-000000000001";
  private static final String TENANT_ID = "5a1b2c3d-0000-4000-8000-00000000c0de";
  private static final String LOGIN = "https://login.microsoftonline.com";
  private static final String TOKEN_PATH = "POST /" + TENANT + "/oauth2/v2.0/token";

  private FakeApi entra;
  private ForwardingHttpClient http;

  @BeforeEach
  void startFake() throws IOException {
    entra = new FakeApi();
    http = new ForwardingHttpClient(LOGIN, entra.base());
    entra.other(
        "GET /common/discovery/instance*",
        Reply.ok(
            "{\"tenant_discovery_endpoint\":\"https://login.microsoftonline.com/"
                + TENANT
                + "/v2.0/.well-known/openid-configuration\",\"api-version\":\"1.1\","
                + "\"metadata\":[{\"preferred_network\":\"login.microsoftonline.com\","
                + "\"preferred_cache\":\"login.windows.net\",\"aliases\":["
                + "\"login.microsoftonline.com\",\"login.windows.net\",\"login.microsoft.com\","
                + "\"sts.windows.net\"]}]}"));
  }

  @AfterEach
  void stopFake() {
    entra.close();
  }

  private static Path pfx() throws URISyntaxException {
    return Path.of(MsalTokenProviderTest.class.getResource("test-app.pfx").toURI());
  }

  private static String accessTokenReply(String token) {
    return "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
        + "\"access_token\":\""
        + token
        + "\"}";
  }

  @Test
  void certificateSignsAClientAssertionAndAsksForEachApisDefaultScope() throws Exception {
    // GIVEN Entra ID answers two client-credential requests
    entra.other(
        TOKEN_PATH,
        Reply.ok(accessTokenReply("graph-access-token")),
        Reply.ok(accessTokenReply("exchange-access-token")));
    MsalTokenProvider provider =
        MsalTokenProvider.certificate(
            TENANT, CLIENT_ID, pfx(), "test-password".toCharArray(), LOGIN, http);

    // WHEN tokens are asked for Graph, Exchange, and Graph again
    String graph = provider.accessToken(Api.GRAPH);
    String exchange = provider.accessToken(Api.EXCHANGE);
    String graphAgain = provider.accessToken(Api.GRAPH);

    // THEN each API got its token, the second Graph token came from MSAL's cache
    assertThat(graph).isEqualTo("graph-access-token");
    assertThat(exchange).isEqualTo("exchange-access-token");
    assertThat(graphAgain).isEqualTo("graph-access-token");
    List<Map<String, String>> requests = tokenRequests();
    assertThat(requests).hasSize(2);
    // AND each request is a client-credentials grant with a certificate-signed assertion
    Map<String, String> first = requests.get(0);
    assertThat(first.get("grant_type")).isEqualTo("client_credentials");
    assertThat(first.get("client_id")).isEqualTo(CLIENT_ID);
    assertThat(first.get("scope")).contains("https://graph.microsoft.com/.default");
    assertThat(requests.get(1).get("scope")).contains("https://outlook.office365.com/.default");
    assertThat(first.get("client_assertion_type"))
        .isEqualTo("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    String[] jwt = first.get("client_assertion").split("\\.");
    assertThat(jwt).hasSize(3);
    JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(jwt[0]));
    JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt[1]));
    assertThat(header.get("alg").asText()).startsWith("RS"); // or PS: an RSA signature
    assertThat(header.has("x5t") || header.has("x5t#S256")).isTrue();
    assertThat(claims.get("iss").asText()).isEqualTo(CLIENT_ID);
    assertThat(claims.get("sub").asText()).isEqualTo(CLIENT_ID);
    assertThat(claims.get("aud").asText()).isEqualTo(LOGIN + "/" + TENANT + "/oauth2/v2.0/token");
    assertThat(entra.unmatched).isEmpty();
  }

  @Test
  void anEntraErrorBecomesAnIoExceptionWithItsMessage() throws Exception {
    // GIVEN Entra ID refuses the application
    entra.other(
        TOKEN_PATH,
        Reply.status(
            401,
            "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS700027: The certificate"
                + " with identifier used to sign the client assertion is not registered on"
                + " application.\",\"error_codes\":[700027]}"));
    MsalTokenProvider provider =
        MsalTokenProvider.certificate(
            TENANT, CLIENT_ID, pfx(), "test-password".toCharArray(), LOGIN, http);

    // WHEN a token is asked for, THEN the failure names the API and carries Entra's reason
    assertThatThrownBy(() -> provider.accessToken(Api.EXCHANGE))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("Entra ID refused a token for https://outlook.office365.com: ")
        .hasMessageContaining("AADSTS700027");
  }

  @Test
  void aWrongCertificatePasswordOrFileIsACleanErrorBeforeAnyRequest(@TempDir Path dir)
      throws Exception {
    // GIVEN a certificate with a wrong password, and a certificate file that does not exist
    // WHEN the provider is made, THEN it fails at once naming the file
    assertThatThrownBy(
            () ->
                MsalTokenProvider.certificate(
                    TENANT, CLIENT_ID, pfx(), "wrong".toCharArray(), LOGIN, http))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot read the certificate " + pfx())
        .hasMessageContaining("a PKCS#12 .pfx file with its private key and the right password");
    Path missing = dir.resolve("missing.pfx");
    assertThatThrownBy(
            () -> MsalTokenProvider.certificate(TENANT, CLIENT_ID, missing, null, LOGIN, http))
        .isInstanceOf(IOException.class)
        .hasMessage("certificate file not found: " + missing);
    assertThat(entra.seen).isEmpty();
  }

  @Test
  void deviceCodeShowsEntrasMessageOnceAndGetsTheSecondApiFromTheRefreshToken() throws Exception {
    // GIVEN Entra ID's device code endpoint, and a token endpoint that first answers the
    // device code with an account, then the refresh for the second API
    String message =
        "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and"
            + " enter the code F7K2XQ9LP to authenticate.";
    entra.other(
        "POST /" + TENANT + "/oauth2/v2.0/devicecode",
        Reply.ok(
            "{\"user_code\":\"F7K2XQ9LP\",\"device_code\":\"DAQABAAEAAAD-device-code\","
                + "\"verification_uri\":\"https://microsoft.com/devicelogin\",\"expires_in\":900,"
                + "\"interval\":1,\"message\":\""
                + message
                + "\"}"));
    entra.other(
        TOKEN_PATH,
        Reply.ok(signedInReply("graph-delegated-token", "https://graph.microsoft.com/.default")),
        Reply.ok(
            signedInReply("exchange-delegated-token", "https://outlook.office365.com/.default")));
    List<String> shown = new ArrayList<>();
    MsalTokenProvider provider =
        MsalTokenProvider.deviceCode(TENANT, CLIENT_ID, shown::add, LOGIN, http);

    // WHEN tokens are asked for Graph, then Exchange
    String graph = provider.accessToken(Api.GRAPH);
    String exchange = provider.accessToken(Api.EXCHANGE);

    // THEN the user saw one sign-in message, and Exchange's token came from the refresh token
    assertThat(shown).containsExactly(message);
    assertThat(graph).isEqualTo("graph-delegated-token");
    assertThat(exchange).isEqualTo("exchange-delegated-token");
    List<Map<String, String>> requests = tokenRequests();
    assertThat(requests).hasSize(2);
    // (MSAL for Java sends the short grant type Entra ID accepts for the device code flow)
    assertThat(requests.get(0).get("grant_type")).isEqualTo("device_code");
    assertThat(requests.get(0).get("device_code")).isEqualTo("DAQABAAEAAAD-device-code");
    assertThat(requests.get(1).get("grant_type")).isEqualTo("refresh_token");
    assertThat(requests.get(1).get("scope")).contains("https://outlook.office365.com/.default");
    assertThat(entra.unmatched).isEmpty();
  }

  /** A delegated token answer with the id token and client info MSAL makes an account of. */
  private static String signedInReply(String token, String scope) {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String oid = "ad000000-0000-4000-8000-0000000000ad";
    String idHeader = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
    String idClaims =
        base64.encodeToString(
            ("{\"aud\":\""
                    + CLIENT_ID
                    + "\",\"iss\":\"https://login.microsoftonline.com/"
                    + TENANT_ID
                    + "/v2.0\",\"iat\":1767225600,\"nbf\":1767225600,\"exp\":4102444800,"
                    + "\"name\":\"Admin\",\"oid\":\""
                    + oid
                    + "\",\"preferred_username\":\"admin@contoso.com\",\"sub\":\"subject\","
                    + "\"tid\":\""
                    + TENANT_ID
                    + "\",\"ver\":\"2.0\"}")
                .getBytes(StandardCharsets.UTF_8));
    String clientInfo =
        base64.encodeToString(
            ("{\"uid\":\"" + oid + "\",\"utid\":\"" + TENANT_ID + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    return "{\"token_type\":\"Bearer\",\"scope\":\""
        + scope
        + "\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\""
        + token
        + "\",\"refresh_token\":\"refresh-token-1\",\"id_token\":\""
        + idHeader
        + "."
        + idClaims
        + ".\",\"client_info\":\""
        + clientInfo
        + "\"}";
  }

  private List<Map<String, String>> tokenRequests() {
    List<Map<String, String>> requests = new ArrayList<>();
    for (FakeApi.Seen seen : entra.seen) {
      if (seen.method().equals("POST") && seen.uri().getPath().endsWith("/oauth2/v2.0/token")) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : seen.body().split("&")) {
          String[] kv = pair.split("=", 2);
          form.put(
              URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
              kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        requests.add(form);
      }
    }
    return requests;
  }
}
