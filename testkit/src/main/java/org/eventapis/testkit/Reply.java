package org.eventapis.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a stub sends back for one request: a status with headers and a body, or a misbehaving
 * connection.
 *
 * @param body the body as text; empty for none
 */
record Reply(int status, Map<String, String> headers, String body, Connection connection) {

  /** How the connection behaves instead of, or around, the answer. */
  enum Connection {
    ANSWER,
    /** Closed with a TCP reset, before any answer. */
    RESET,
    /** Held open with nothing sent until the test ends. */
    NO_ANSWER
  }

  Reply {
    headers = Map.copyOf(headers);
    body = body == null ? "" : body;
  }

  static Reply json(int status, JsonNode body) {
    return json(status, Json.write(body));
  }

  static Reply json(int status, String body) {
    return new Reply(status, Map.of("Content-Type", "application/json"), body, Connection.ANSWER);
  }

  static Reply text(int status, String contentType, String body) {
    return new Reply(status, Map.of("Content-Type", contentType), body, Connection.ANSWER);
  }

  static Reply connection(Connection connection) {
    return new Reply(0, Map.of(), "", connection);
  }

  Reply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Reply(status, more, body, connection);
  }

  boolean hasBody() {
    return !body.isEmpty();
  }
}
