package org.eventapis.testkit;

/**
 * An answer set with {@link OperationStub}; by default it holds for every matching request
 * until the end of the test. Limit it to let the next answer (an earlier override, or the
 * default) take over, as a server does once it recovers:
 *
 * <pre>{@code
 * perscom.onCreateEvent().fails(Fault.unavailable()).once();  // then the default answer
 * }</pre>
 */
public final class Stubbing {

  private final StubServer.AnswerOverride override;

  Stubbing(StubServer.AnswerOverride override) {
    this.override = override;
  }

  /** Answers the next matching request only. */
  public Stubbing once() {
    return times(1);
  }

  /** Answers the next {@code count} matching requests only. */
  public Stubbing times(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    override.limit(count);
    return this;
  }
}
