package org.eventapis.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * What a stub received: one method per operation in each API's subclass, giving a {@link
 * RequestCheck}, and {@link #noOtherRequests()}.
 */
public abstract class Verification {

  private final StubServer server;
  private final ObjectMapper mapper;

  Verification(StubServer server, ObjectMapper mapper) {
    this.server = server;
    this.mapper = mapper;
  }

  /**
   * Every request received during the test was looked at by a check made before this one
   * ({@code calledOnce()}, {@code called(n)}, {@code withBody(..)}, ...): the code under test sent
   * nothing else.
   */
  public void noOtherRequests() {
    List<RecordedRequest> left = server.unverified();
    if (!left.isEmpty()) {
      StringBuilder text =
          new StringBuilder(server.spec().api() + " stub received " + left.size()
              + " request(s) no check expected:");
      for (RecordedRequest request : left) {
        text.append(System.lineSeparator()).append("  ").append(request);
      }
      throw new AssertionFailedError(text.toString());
    }
  }

  <B> RequestCheck<B> check(String operationId, Class<B> bodyType) {
    return new RequestCheck<>(server, operationId, bodyType, mapper);
  }
}
