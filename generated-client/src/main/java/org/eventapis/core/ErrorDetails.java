package org.eventapis.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an error body said, in a vendor-neutral form. Each API's error decoder fills it from
 * that vendor's documented error model.
 *
 * @param code machine-readable error code, or null
 * @param message human-readable message, or null
 * @param requestId the vendor's request id, or null
 * @param fieldErrors validation messages by field, never null
 * @param parsed false when the body was not the documented shape (HTML, empty, truncated)
 */
public record ErrorDetails(
    String code,
    String message,
    String requestId,
    Map<String, List<String>> fieldErrors,
    boolean parsed) {

  public ErrorDetails {
    fieldErrors =
        fieldErrors == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
  }

  /** Details for a body that could not be read as the vendor's error model. */
  public static ErrorDetails unparsed() {
    return new ErrorDetails(null, null, null, Map.of(), false);
  }
}
