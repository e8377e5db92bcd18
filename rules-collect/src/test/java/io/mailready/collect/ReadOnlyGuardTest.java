package io.mailready.collect;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReadOnlyGuardTest {
  private static final URI GRAPH = URI.create("https://graph.microsoft.com/v1.0/");
  private static final URI EXCHANGE = URI.create("https://outlook.office365.com/adminapi/beta/");
  private static final URI INVOKE =
      URI.create(
          "https://outlook.office365.com/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand");
  private final ReadOnlyGuard guard = new ReadOnlyGuard(GRAPH, EXCHANGE, new ObjectMapper());

  private static String body(String cmdlet) {
    return "{\"CmdletInput\":{\"CmdletName\":\"" + cmdlet + "\",\"Parameters\":{}}}";
  }

  @Test
  void letsGraphGetsAndGetCmdletsThrough() {
    // GIVEN the two kinds of read the collector makes, WHEN checked, THEN they pass
    assertThatCode(
            () ->
                guard.check(
                    Api.GRAPH,
                    "GET",
                    GRAPH.resolve("identity/conditionalAccess/policies?$skiptoken=x"),
                    null))
        .doesNotThrowAnyException();
    assertThatCode(() -> guard.check(Api.EXCHANGE, "POST", INVOKE, body("Get-CASMailbox")))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                guard.check(
                    Api.EXCHANGE,
                    "POST",
                    URI.create(INVOKE + "?$skiptoken=2"),
                    body("Get-MobileDevice")))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PATCH", "PUT", "DELETE"})
  void refusesAnyGraphWrite(String method) {
    // GIVEN a Graph request that is not a GET, WHEN checked, THEN it is refused
    assertThatThrownBy(
            () ->
                guard.check(Api.GRAPH, method, GRAPH.resolve("policies/authorizationPolicy"), "{}"))
        .isInstanceOf(ReadOnlyGuard.RefusedRequestException.class)
        .hasMessage(
            "refused to send "
                + method
                + " https://graph.microsoft.com/v1.0/policies/authorizationPolicy: only GET is"
                + " allowed on Microsoft Graph (the collector only reads)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Set-CASMailbox",
        "New-AuthenticationPolicy",
        "Remove-MobileDevice",
        "Enable-OrganizationCustomization",
        "Get-Mailbox; Set-Mailbox",
        "get-mailbox",
        "Get-"
      })
  void refusesEveryCmdletButGet(String cmdlet) {
    // GIVEN an InvokeCommand of anything but a Get-* cmdlet, WHEN checked, THEN it is refused
    assertThatThrownBy(() -> guard.check(Api.EXCHANGE, "POST", INVOKE, body(cmdlet)))
        .isInstanceOf(ReadOnlyGuard.RefusedRequestException.class)
        .hasMessageContaining("only Get-* cmdlets are allowed");
  }

  @Test
  void refusesABodyWithMoreThanOneCmdletInput() {
    // GIVEN a body with something next to the cmdlet input, WHEN checked, THEN it is refused
    String extra =
        "{\"CmdletInput\":{\"CmdletName\":\"Get-Mailbox\",\"Parameters\":{},\"Pipeline\":[]}}";
    assertThatThrownBy(() -> guard.check(Api.EXCHANGE, "POST", INVOKE, extra))
        .isInstanceOf(ReadOnlyGuard.RefusedRequestException.class);
    assertThatThrownBy(() -> guard.check(Api.EXCHANGE, "POST", INVOKE, "not json"))
        .isInstanceOf(ReadOnlyGuard.RefusedRequestException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "GRAPH, GET, https://evil.example/v1.0/users",
    "GRAPH, GET, http://graph.microsoft.com/v1.0/users",
    "GRAPH, GET, https://graph.microsoft.com/beta/users",
    "GRAPH, GET, https://graph.microsoft.com:8443/v1.0/users",
    "GRAPH, GET, https://graph.microsoft.com/v1.0/../beta/users",
    "EXCHANGE, POST, https://evil.example/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand",
    "EXCHANGE, POST, https://outlook.office365.com/adminapi/beta/contoso.onmicrosoft.com/Mailbox",
    "EXCHANGE, GET, https://outlook.office365.com/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand"
  })
  void refusesRequestsOutsideTheApisOrNotInvokeCommand(Api api, String method, String url) {
    // GIVEN a request to another host, scheme, port, version or endpoint
    // WHEN checked, THEN it is refused, so a forged next link never receives a token
    assertThatThrownBy(() -> guard.check(api, method, URI.create(url), body("Get-Mailbox")))
        .isInstanceOf(ReadOnlyGuard.RefusedRequestException.class)
        .hasMessageStartingWith("refused to send " + method + " " + url);
  }
}
