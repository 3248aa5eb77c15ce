package org.eventapis.testkit;

import java.util.List;

/**
 * A request a stub received that its API's spec does not allow.
 *
 * @param api the API's lower-case name, such as {@code perscom}
 * @param operation the spec's {@code operationId}, or null when no operation has the request's
 *     method and path
 * @param request method and path, such as {@code POST /v2/events}
 * @param problems what is wrong, one line each, each naming the parameter, header or body
 *     property concerned
 */
public record Violation(String api, String operation, String request, List<String> problems) {

  public Violation {
    problems = List.copyOf(problems);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(request);
    if (operation != null) {
      text.append(" (").append(operation).append(')');
    }
    for (String problem : problems) {
      text.append(System.lineSeparator()).append("    - ").append(problem);
    }
    return text.toString();
  }
}
