package org.eventapis.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as a stub received it.
 *
 * @param operation the spec's {@code operationId} it addressed, or null when it addressed none
 * @param method {@code GET}, {@code POST}, ...
 * @param path the path as sent, base path included, such as {@code /v2/events/12}
 * @param pathParameters the decoded values of the operation's path parameters by name
 * @param queryParameters decoded query parameters by name, in the order they came
 * @param headers the request headers by name as sent
 * @param body the body as text; empty when there was none
 * @param valid whether the spec allows the request
 */
public record RecordedRequest(
    String operation,
    String method,
    String path,
    Map<String, String> pathParameters,
    Map<String, List<String>> queryParameters,
    Map<String, List<String>> headers,
    String body,
    boolean valid) {

  public RecordedRequest {
    pathParameters = Map.copyOf(pathParameters);
    Map<String, List<String>> query = new LinkedHashMap<>();
    queryParameters.forEach((name, values) -> query.put(name, List.copyOf(values)));
    queryParameters = Collections.unmodifiableMap(query);
    Map<String, List<String>> copied = new LinkedHashMap<>();
    headers.forEach((name, values) -> copied.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copied);
    body = body == null ? "" : body;
  }

  /** The first value of a header, its name matched regardless of case. */
  public Optional<String> header(String name) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
        return Optional.of(header.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  /** The first value of a query parameter, decoded: {@code author,calendar} for a list. */
  public Optional<String> queryParameter(String name) {
    List<String> values = queryParameters.getOrDefault(name, new ArrayList<>());
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  @Override
  public String toString() {
    return method + " " + path + (operation == null ? "" : " (" + operation + ")");
  }
}
