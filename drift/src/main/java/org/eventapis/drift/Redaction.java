package org.eventapis.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes exchanges and messages safe to write: credentials are dropped, personal data is masked,
 * and as a last guard every occurrence of the key (plain, or inside Basic credentials) is
 * replaced, wherever it might have been echoed.
 */
final class Redaction {

  static final String MASK = "<masked>";
  static final String REDACTED = "<redacted>";

  /** Headers that carry credentials or session state: never written, not even redacted. */
  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie");
  /** Properties that hold personal data wherever they appear. */
  private static final Set<String> PERSONAL =
      Set.of("email", "emails", "email_address", "phone", "phone_number", "mobile", "first_name",
          "last_name", "full_name", "display_name", "username", "address");
  /** Properties that describe people: every text inside them is masked, names included. */
  private static final Set<String> PEOPLE =
      Set.of("attendees", "participants", "organizer", "organiser", "author", "creator", "owner", "user",
          "users", "guests", "customer", "customers", "invitees", "members");

  /** An email address, also percent-encoded in a URL: Google calendar ids are addresses too. */
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  /**
   * Inside a person, the fields that say how they take part rather than who they are: kept, so
   * that the evidence still shows an enum value the spec does not list.
   */
  private static final Set<String> ROLE_FIELDS =
      Set.of("object", "type", "status", "response_status", "role", "kind");

  private final List<String> secrets;
  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * Below this length a value is not searched for in text: a one-letter test key would otherwise
   * blank out that letter everywhere. Such a value still never leaves in a header, the only place
   * a client puts it.
   */
  static final int MIN_SCRUBBED_LENGTH = 8;

  /** Redacts these secret values (the API key) wherever they occur. */
  Redaction(List<String> secrets) {
    List<String> all = new ArrayList<>();
    for (String secret : secrets) {
      if (secret != null && secret.length() >= MIN_SCRUBBED_LENGTH) {
        all.add(secret);
        // Basic credentials as Timekit takes them (empty user), and with the key as the user.
        all.add(Base64.getEncoder().encodeToString((":" + secret).getBytes(StandardCharsets.UTF_8)));
        all.add(Base64.getEncoder().encodeToString((secret + ":").getBytes(StandardCharsets.UTF_8)));
      }
    }
    all.sort((a, b) -> b.length() - a.length());
    this.secrets = List.copyOf(all);
  }

  /** Text with every secret replaced and every email address masked. */
  String text(String text) {
    if (text == null) {
      return null;
    }
    String safe = text;
    for (String secret : secrets) {
      safe = safe.replace(secret, REDACTED);
    }
    return EMAIL.matcher(safe).replaceAll(MASK);
  }

  /**
   * A finding's detail as it may be written: where the path leads to personal data, the values
   * the validator quotes are masked.
   */
  String detail(Finding finding) {
    boolean personal = false;
    for (String token : finding.path().toLowerCase(Locale.ROOT).split("[.\\[\\]*]+")) {
      personal |= PERSONAL.contains(token) || PEOPLE.contains(token) || token.contains("email");
    }
    String detail = personal ? finding.detail().replaceAll("\"[^\"]*\"", "\"" + MASK + "\"") : finding.detail();
    return text(detail);
  }

  /** One exchange as it may be written: no credentials, personal data masked. */
  ObjectNode exchange(Exchange exchange) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("operation", exchange.operationId());
    ObjectNode request = node.putObject("request");
    request.put("method", exchange.method());
    request.put("url", text(exchange.url()));
    request.set("headers", headers(exchange.requestHeaders()));
    request.set("body", body(exchange.requestBody()));
    ObjectNode response = node.putObject("response");
    if (exchange.answered()) {
      response.put("status", exchange.status());
      response.set("headers", headers(exchange.responseHeaders()));
      response.set("body", body(exchange.responseBody()));
    } else {
      response.put("failure", text(exchange.failure()));
    }
    return node;
  }

  private ObjectNode headers(Map<String, List<String>> headers) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    headers.forEach((name, values) -> {
      if (SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        return;
      }
      ArrayNode list = node.putArray(name);
      values.forEach(value -> list.add(text(value)));
    });
    return node;
  }

  private JsonNode body(byte[] bytes) {
    if (bytes.length == 0) {
      return JsonNodeFactory.instance.nullNode();
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    try {
      JsonNode tree = mapper.readTree(text);
      if (tree != null) {
        mask(tree, false);
        return scrub(tree);
      }
    } catch (IOException notJson) {
      // Kept as text below: an HTML error page is evidence too.
    }
    return TextNode.valueOf(text(text));
  }

  /** Masks personal data in place; {@code person} says we are inside an object that describes one. */
  static void mask(JsonNode node, boolean person) {
    if (node instanceof ObjectNode object) {
      // A Google calendar's id is its owner's address, and its name is the owner's name.
      JsonNode id = object.get("id");
      if (id != null && id.isTextual() && EMAIL.matcher(id.asText()).matches()
          && object.hasNonNull("name") && object.get("name").isTextual()) {
        object.put("name", MASK);
      }
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      List<String> names = new ArrayList<>();
      fields.forEachRemaining(field -> names.add(field.getKey()));
      for (String name : names) {
        JsonNode value = object.get(name);
        String lower = name.toLowerCase(Locale.ROOT);
        boolean personal = person || PEOPLE.contains(lower);
        boolean role = person && ROLE_FIELDS.contains(lower);
        if (value.isTextual() && !role && (personal || PERSONAL.contains(lower) || lower.contains("email"))) {
          object.put(name, MASK);
        } else if (PERSONAL.contains(lower) && !value.isNull() && !value.isContainerNode()) {
          object.put(name, MASK);
        } else {
          mask(value, personal || PERSONAL.contains(lower));
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual() && person) {
          array.set(i, TextNode.valueOf(MASK));
        } else {
          mask(array.get(i), person);
        }
      }
    }
  }

  private JsonNode scrub(JsonNode tree) throws IOException {
    String written = mapper.writeValueAsString(tree);
    String safe = text(written);
    return safe.equals(written) ? tree : mapper.readTree(safe);
  }
}
