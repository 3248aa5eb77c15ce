package org.eventapis.drift;

import java.util.List;
import java.util.Map;

/**
 * One request as it left the client and the answer as it came back, byte for byte, tagged with
 * the operation the drift check was calling. Holds credentials: only {@link Redaction} output is
 * ever written anywhere.
 *
 * @param operationId the spec's operation the client method stands for
 * @param status the answer's status, or 0 when no answer came (see {@code failure})
 * @param failure why no answer came, or null
 */
record Exchange(
    String operationId,
    String method,
    String url,
    Map<String, List<String>> requestHeaders,
    byte[] requestBody,
    int status,
    Map<String, List<String>> responseHeaders,
    byte[] responseBody,
    String failure) {

  boolean answered() {
    return failure == null;
  }
}
