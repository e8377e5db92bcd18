package io.mailready.collect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailready.collect.ApiClient.CallFailedException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Runs {@code Get-*} cmdlets through the Exchange Online admin API ({@code POST
 * <base>/<tenant>/InvokeCommand} with a {@code CmdletInput} body, as the Exchange Online PowerShell
 * module V3 does), following {@code @odata.nextLink} with the same body, and returns {@code
 * {"@odata.context": ..., "value": [every page's items]}} (plus {@code @adminapi.warnings} when the
 * service gave any, so that an importer sees truncation warnings).
 */
final class ExchangeReader {
  /** The anchor the V3 module routes organisation-wide app-only calls with. */
  private static final String SYSTEM_MAILBOX =
      "SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}";

  private final ApiClient client;
  private final URI invokeCommand;
  private final String tenant;
  private final ObjectMapper json;

  ExchangeReader(ApiClient client, URI base, String tenant, ObjectMapper json) {
    this.client = client;
    this.tenant = tenant;
    this.json = json;
    this.invokeCommand =
        base.resolve(URLEncoder.encode(tenant, StandardCharsets.UTF_8) + "/InvokeCommand");
  }

  /** Runs an organisation-wide cmdlet. */
  ObjectNode invoke(String cmdlet, ObjectNode parameters, Export export)
      throws CallFailedException {
    return invoke(cmdlet, parameters, "APP:" + SYSTEM_MAILBOX + "@" + tenant, export);
  }

  /** Runs a cmdlet about one mailbox, routed to that mailbox. */
  ObjectNode invokeFor(String mailbox, String cmdlet, ObjectNode parameters, Export export)
      throws CallFailedException {
    return invoke(cmdlet, parameters, "UPN:" + mailbox, export);
  }

  private ObjectNode invoke(String cmdlet, ObjectNode parameters, String anchor, Export export)
      throws CallFailedException {
    ObjectNode input = json.createObjectNode();
    input.putObject("CmdletInput").put("CmdletName", cmdlet).set("Parameters", parameters);
    String body;
    try {
      body = json.writeValueAsString(input);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-AnchorMailbox", anchor);
    headers.put("Prefer", "odata.maxpagesize=1000");

    ObjectNode merged = json.createObjectNode();
    ArrayNode values = json.createArrayNode();
    ArrayNode warnings = json.createArrayNode();
    Set<String> seen = new HashSet<>();
    URI next = invokeCommand;
    boolean first = true;
    while (next != null) {
      if (!seen.add(next.toString())) {
        throw failed(export, "@odata.nextLink repeats an earlier page: " + next);
      }
      ApiClient.Request request =
          new ApiClient.Request(Api.EXCHANGE, "POST", next, body, headers, cmdlet, parameters);
      JsonNode page = client.send(request, export);
      if (first) {
        JsonNode context = page.get("@odata.context");
        if (context != null) {
          merged.set("@odata.context", context);
        }
        first = false;
      }
      JsonNode value = page.get("value");
      if (value == null || !value.isArray()) {
        throw failed(export, "the answer of " + cmdlet + " has no 'value' list");
      }
      values.addAll((ArrayNode) value);
      JsonNode pageWarnings = page.get("@adminapi.warnings");
      if (pageWarnings != null && pageWarnings.isArray()) {
        warnings.addAll((ArrayNode) pageWarnings);
      }
      JsonNode link = page.get("@odata.nextLink");
      if (link == null || link.isNull()) {
        next = null;
      } else {
        try {
          next = URI.create(link.asText());
        } catch (IllegalArgumentException e) {
          throw failed(export, "@odata.nextLink is not a URL: '" + link.asText() + "'");
        }
      }
    }
    merged.set("value", values);
    if (!warnings.isEmpty()) {
      merged.set("@adminapi.warnings", warnings);
      for (JsonNode warning : warnings) {
        export.problems.add("the admin API warned: " + warning.asText());
      }
    }
    return merged;
  }

  private static CallFailedException failed(Export export, String why) {
    export.fail(why);
    return new CallFailedException(why);
  }
}
