package io.mailready.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mailready.collect.ApiClient.CallFailedException;
import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads Microsoft Graph resources with GET, following {@code @odata.nextLink} until the last page,
 * and returns them in the shape Graph gives: one entity as it came, a collection as {@code
 * {"@odata.context": ..., "value": [every page's items]}}.
 */
final class GraphReader {
  private final ApiClient client;
  private final URI base;
  private final ObjectMapper json;

  GraphReader(ApiClient client, URI base, ObjectMapper json) {
    this.client = client;
    this.base = base;
    this.json = json;
  }

  URI base() {
    return base;
  }

  ObjectNode entity(String pathAndQuery, Export export) throws CallFailedException {
    return (ObjectNode) client.send(get(base.resolve(pathAndQuery)), export);
  }

  ObjectNode collection(String pathAndQuery, Export export) throws CallFailedException {
    URI next = base.resolve(pathAndQuery);
    ObjectNode merged = json.createObjectNode();
    ArrayNode values = json.createArrayNode();
    Set<String> seen = new HashSet<>();
    boolean first = true;
    while (next != null) {
      if (!seen.add(next.toString())) {
        throw failed(export, "@odata.nextLink repeats an earlier page: " + next);
      }
      JsonNode page = client.send(get(next), export);
      if (first) {
        JsonNode context = page.get("@odata.context");
        if (context != null) {
          merged.set("@odata.context", context);
        }
        first = false;
      }
      JsonNode value = page.get("value");
      if (value == null || !value.isArray()) {
        throw failed(export, "the answer of " + next + " has no 'value' list");
      }
      values.addAll((ArrayNode) value);
      JsonNode link = page.get("@odata.nextLink");
      next = link == null || link.isNull() ? null : nextLink(link, export);
    }
    merged.set("value", values);
    return merged;
  }

  private static URI nextLink(JsonNode link, Export export) throws CallFailedException {
    try {
      return URI.create(link.asText());
    } catch (IllegalArgumentException e) {
      throw failed(export, "@odata.nextLink is not a URL: '" + link.asText() + "'");
    }
  }

  private static CallFailedException failed(Export export, String why) {
    export.fail(why);
    return new CallFailedException(why);
  }

  private static ApiClient.Request get(URI uri) {
    return new ApiClient.Request(Api.GRAPH, "GET", uri, null, Map.of(), null, null);
  }
}
