package org.eventapis.testkit;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * What every API's stub shares: an in-process server on a random loopback port that checks each
 * request against the API's spec, answers realistically, and records what it received.
 *
 * <p>As a JUnit 5 extension, registered on a static field, it starts once for the test class,
 * forgets everything between tests (answers set in {@code @BeforeAll} included), and fails a test
 * at its end if a request of that test broke the spec; on an instance field it starts and stops
 * around each test:
 *
 * <pre>{@code
 * @RegisterExtension static PerscomStub perscom = PerscomStub.create();
 * }</pre>
 *
 * <p>With any other runner, call {@link #start()}, {@link #reset()} and {@link
 * #assertNoViolations()} between tests, and {@link #stop()} at the end. One stub serves one test
 * at a time: tests that run in parallel need a stub each.
 *
 * @param <S> the API's stub, so that chained calls keep its type
 */
public abstract class ApiStub<S extends ApiStub<S>>
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, AutoCloseable {

  final StubServer server;
  private final String apiKey;
  private int classScopes;
  private boolean startedForOneTest;

  ApiStub(String api, String apiKey, VendorErrors errors) {
    this.server = new StubServer(ApiSpec.of(api), errors);
    this.apiKey = apiKey;
  }

  abstract S self();

  /** Closes what the stub handed out; called before the server stops. */
  abstract void closeClient();

  /**
   * Answers requests the spec does not allow as if they were valid, and reports them on standard
   * error at the end of the test instead of failing it. For code that must, for now, keep
   * sending something the spec forbids. Strict (the default) answers them as the vendor would
   * and fails the test.
   */
  public S reportOnly() {
    server.strict(false);
    return self();
  }

  /** Starts the server if it is not running. */
  public S start() {
    server.start();
    return self();
  }

  /** Stops the server and closes the client it handed out; held requests are let go. */
  public void stop() {
    closeClient();
    server.stop();
  }

  /** The same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  public boolean isRunning() {
    return server.isRunning();
  }

  /**
   * The API's base URL on this stub, such as {@code http://127.0.0.1:53124/v2}: the server's
   * address followed by the path of the spec's server URL.
   *
   * @throws IllegalStateException when the stub is not running
   */
  public String baseUrl() {
    return server.baseUrl();
  }

  /**
   * The key {@code client()} sends. The stub accepts any key that is sent the way the API's
   * security scheme asks; a test of a rejected key uses {@link Fault#invalidKey()}.
   */
  public String apiKey() {
    return apiKey;
  }

  /** Every request received since the test began (or since {@link #reset()}), oldest first. */
  public List<RecordedRequest> requests() {
    return server.requests();
  }

  /** The requests received so far that the spec does not allow, oldest first. */
  public List<Violation> violations() {
    return server.violations();
  }

  /**
   * Forgets every answer set with an {@code on...} method, every request received and every
   * violation, and lets go of requests held by {@link Fault#noAnswer()}.
   */
  public void reset() {
    server.reset();
  }

  /**
   * Fails with the list of requests the spec does not allow, if any; what the JUnit extension
   * does after each test.
   *
   * @throws AssertionFailedError naming each such request and what is wrong with it
   */
  public void assertNoViolations() {
    List<Violation> violations = server.violations();
    if (!violations.isEmpty()) {
      throw new AssertionFailedError(describe(violations));
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    classScopes++;
    start();
  }

  /** Requests sent in {@code @AfterAll} methods are held to the spec too. */
  @Override
  public void afterAll(ExtensionContext context) {
    classScopes--;
    if (classScopes > 0) {
      return;
    }
    List<Violation> violations = server.violations();
    stop();
    report(violations);
  }

  /**
   * Starts a test with nothing left from before it. Requests sent before it, in
   * {@code @BeforeAll} methods, are held to the spec; answers set there are forgotten, so set
   * them in the test or in a {@code @BeforeEach} method.
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    if (!isRunning()) {
      start();
      startedForOneTest = true;
    }
    List<Violation> violations = server.violations();
    reset();
    report(violations);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<Violation> violations = server.violations();
    reset();
    if (startedForOneTest) {
      startedForOneTest = false;
      stop();
    }
    report(violations);
  }

  /** Fails with the violations in strict mode; only prints them in report-only mode. */
  private void report(List<Violation> violations) {
    if (violations.isEmpty()) {
      return;
    }
    if (server.isStrict()) {
      throw new AssertionFailedError(describe(violations));
    }
    System.err.println(describe(violations) + System.lineSeparator()
        + "(reported only: the stub is in report-only mode)");
  }

  private String describe(List<Violation> violations) {
    StringBuilder text =
        new StringBuilder(server.spec().api())
            .append(" stub received ")
            .append(violations.size() == 1 ? "1 request" : violations.size() + " requests")
            .append(" that ")
            .append(server.spec().location())
            .append(" does not allow:");
    for (Violation violation : violations) {
      text.append(System.lineSeparator()).append("  ").append(violation);
    }
    return text.toString();
  }
}
