package org.eventapis.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * How one vendor words the errors a stub has to make up itself: the answer to a request its
 * spec forbids, and a validation answer for a field. Everything else comes from the spec's
 * examples.
 */
interface VendorErrors {

  /** The status the vendor rejects an invalid request with: 422 or 400. */
  int validationStatus();

  /** The vendor's body rejecting a request for these problems. */
  JsonNode validationBody(List<Problem> problems);

  /** The vendor's body rejecting one field with a message, at {@link #validationStatus()}. */
  JsonNode fieldErrorBody(String field, String message);

  /**
   * The vendor's 401 body for a key it does not accept; empty to use the spec's first example of
   * the operation's 401 answer.
   */
  default Optional<JsonNode> invalidKeyBody() {
    return Optional.empty();
  }
}
