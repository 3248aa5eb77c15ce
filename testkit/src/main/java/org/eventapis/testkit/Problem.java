package org.eventapis.testkit;

/**
 * One thing the spec does not allow about a request.
 *
 * @param field what it concerns: a body property in dotted form ({@code resources.1.name}), a
 *     parameter or header name, or {@code body} or {@code request}
 * @param message what is wrong, naming the field
 */
record Problem(String field, String message, Kind kind) {

  enum Kind {
    /** No credentials, or not in the form the API's security scheme asks for. */
    AUTHENTICATION,
    /** No operation of the spec has this method and path. */
    UNKNOWN_OPERATION,
    /** A parameter, header or body the operation's definition does not allow. */
    INVALID
  }

  @Override
  public String toString() {
    return message;
  }
}
