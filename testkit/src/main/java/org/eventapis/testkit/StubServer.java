package org.eventapis.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The machinery behind every stub: WireMock on a random loopback port, with one transformer that
 * takes each request through the spec, records it, and picks its answer (the newest matching
 * override, else the default answer).
 */
final class StubServer {

  /**
   * How long a request under {@link Fault#noAnswer()} is held at most. Far beyond any client
   * timeout a test would set; the hold ends earlier when the test ends.
   */
  private static final long NO_ANSWER_LIMIT_MINUTES = 10;

  /** What an override answers one request with. */
  record Exchange(SpecOperation.Match match, JsonNode body) {}

  /** An answer a test set for an operation, for some or all of its path parameter values. */
  static final class AnswerOverride {
    private final String operationId;
    private final Map<String, String> pathParameters;
    private final Function<Exchange, Reply> reply;
    /** Negative for as often as asked. */
    private final AtomicInteger usesLeft = new AtomicInteger(-1);

    AnswerOverride(String operationId, Map<String, String> pathParameters, Function<Exchange, Reply> reply) {
      this.operationId = operationId;
      this.pathParameters = Map.copyOf(pathParameters);
      this.reply = reply;
    }

    void limit(int uses) {
      usesLeft.set(uses);
    }

    boolean matches(SpecOperation.Match match) {
      return match.operation().operationId().equals(operationId)
          && match.pathParameters().entrySet().containsAll(pathParameters.entrySet());
    }

    /** Takes one use if one is left. */
    boolean take() {
      while (true) {
        int left = usesLeft.get();
        if (left == 0) {
          return false;
        }
        if (left < 0 || usesLeft.compareAndSet(left, left - 1)) {
          return true;
        }
      }
    }
  }

  private final ApiSpec spec;
  private final VendorErrors errors;
  private final Answers answers;

  private final Object lock = new Object();
  private WireMockServer wireMock;
  private boolean strict = true;
  private final List<AnswerOverride> overrides = new ArrayList<>();
  private final List<RecordedRequest> journal = new ArrayList<>();
  private final List<Violation> violations = new ArrayList<>();
  private final Set<RecordedRequest> verified = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Counted down to let go of the requests held by {@link Fault#noAnswer()}. */
  private CountDownLatch held = new CountDownLatch(1);

  StubServer(ApiSpec spec, VendorErrors errors) {
    this.spec = spec;
    this.errors = errors;
    this.answers = new Answers(spec, errors);
  }

  ApiSpec spec() {
    return spec;
  }

  VendorErrors errors() {
    return errors;
  }

  Answers answers() {
    return answers;
  }

  void start() {
    synchronized (lock) {
      if (wireMock != null) {
        return;
      }
      WireMockServer server =
          new WireMockServer(
              options()
                  .dynamicPort()
                  .bindAddress("127.0.0.1")
                  .notifier(new ConsoleNotifier(false))
                  .gzipDisabled(true)
                  // The stub keeps its own record, with the operation of each request.
                  .disableRequestJournal()
                  .extensions(new Transformer()));
      server.start();
      server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
      wireMock = server;
    }
  }

  void stop() {
    WireMockServer server;
    synchronized (lock) {
      server = wireMock;
      wireMock = null;
      releaseHeld();
    }
    if (server != null) {
      server.stop();
    }
  }

  boolean isRunning() {
    synchronized (lock) {
      return wireMock != null;
    }
  }

  /** {@code http://127.0.0.1:<port>} followed by the spec's base path. */
  String baseUrl() {
    synchronized (lock) {
      if (wireMock == null) {
        throw new IllegalStateException(spec.api() + " stub: not started (register it with "
            + "@RegisterExtension, or call start())");
      }
      return "http://127.0.0.1:" + wireMock.port() + spec.basePath();
    }
  }

  void strict(boolean strict) {
    synchronized (lock) {
      this.strict = strict;
    }
  }

  boolean isStrict() {
    synchronized (lock) {
      return strict;
    }
  }

  /** Forgets overrides, recorded requests and violations, and lets go of held requests. */
  void reset() {
    synchronized (lock) {
      overrides.clear();
      journal.clear();
      violations.clear();
      verified.clear();
      releaseHeld();
    }
  }

  AnswerOverride addOverride(AnswerOverride override) {
    synchronized (lock) {
      overrides.add(override);
      return override;
    }
  }

  List<RecordedRequest> requests() {
    synchronized (lock) {
      return List.copyOf(journal);
    }
  }

  List<RecordedRequest> requests(String operationId) {
    synchronized (lock) {
      List<RecordedRequest> matching = new ArrayList<>();
      for (RecordedRequest request : journal) {
        if (operationId.equals(request.operation())) {
          matching.add(request);
        }
      }
      return matching;
    }
  }

  /**
   * The requests of an operation, once there are at least {@code count} of them or the wait is
   * over, whichever comes first.
   */
  List<RecordedRequest> awaitRequests(String operationId, int count, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    synchronized (lock) {
      List<RecordedRequest> matching = requests(operationId);
      while (matching.size() < count) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          break;
        }
        try {
          lock.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
        matching = requests(operationId);
      }
      return matching;
    }
  }

  List<Violation> violations() {
    synchronized (lock) {
      return List.copyOf(violations);
    }
  }

  void markVerified(List<RecordedRequest> requests) {
    synchronized (lock) {
      verified.addAll(requests);
    }
  }

  List<RecordedRequest> unverified() {
    synchronized (lock) {
      List<RecordedRequest> left = new ArrayList<>();
      for (RecordedRequest request : journal) {
        if (!verified.contains(request)) {
          left.add(request);
        }
      }
      return left;
    }
  }

  private void releaseHeld() {
    held.countDown();
    held = new CountDownLatch(1);
  }

  /** Takes one request through the spec, records it and chooses its answer. */
  private Reply handle(String method, String url, Map<String, List<String>> headers, String body) {
    int queryStart = url.indexOf('?');
    String rawPath = queryStart < 0 ? url : url.substring(0, queryStart);
    String rawQuery = queryStart < 0 ? "" : url.substring(queryStart + 1);
    Map<String, List<String>> query = Http.queryParameters(rawQuery);
    String base = spec.basePath();
    Optional<SpecOperation.Match> match =
        rawPath.startsWith(base) ? spec.match(method, rawPath.substring(base.length())) : Optional.empty();
    List<Problem> problems =
        RequestValidation.problems(spec, method, Http.decodePercent(rawPath), query, headers, body);
    if (match.isEmpty() && problems.isEmpty()) {
      problems = List.of(new Problem("request", "no operation of " + spec.location() + " has "
          + method + " " + rawPath, Problem.Kind.UNKNOWN_OPERATION));
    }
    String operationId = match.map(m -> m.operation().operationId()).orElse(null);
    RecordedRequest recorded =
        new RecordedRequest(
            operationId,
            method,
            rawPath,
            match.map(SpecOperation.Match::pathParameters).orElse(Map.of()),
            query,
            headers,
            body,
            problems.isEmpty());
    boolean answerAsValid;
    synchronized (lock) {
      journal.add(recorded);
      lock.notifyAll();
      if (!problems.isEmpty()) {
        violations.add(
            new Violation(spec.api(), operationId, method + " " + rawPath,
                problems.stream().map(Problem::message).toList()));
      }
      answerAsValid = problems.isEmpty() || !strict;
    }
    if (match.isEmpty()) {
      return notFound();
    }
    if (!answerAsValid) {
      return rejection(match.get().operation(), problems);
    }
    JsonNode requestBody = Json.parse(body).orElse(null);
    AnswerOverride chosen = chooseOverride(match.get());
    Exchange exchange = new Exchange(match.get(), requestBody);
    return chosen != null ? chosen.reply.apply(exchange) : answers.defaultReply(match.get(), requestBody);
  }

  private AnswerOverride chooseOverride(SpecOperation.Match match) {
    synchronized (lock) {
      for (int i = overrides.size() - 1; i >= 0; i--) {
        AnswerOverride candidate = overrides.get(i);
        if (candidate.matches(match) && candidate.take()) {
          return candidate;
        }
      }
      return null;
    }
  }

  /** The vendor's answer to a request its spec does not allow: 401 for credentials, else 422 or 400. */
  private Reply rejection(SpecOperation operation, List<Problem> problems) {
    boolean credentials = problems.stream().anyMatch(p -> p.kind() == Problem.Kind.AUTHENTICATION);
    if (credentials) {
      return answers.vendorReply(operation, 401);
    }
    return Reply.json(errors.validationStatus(), errors.validationBody(problems));
  }

  /** The vendor's 404, taken from the first operation that documents one. */
  private Reply notFound() {
    for (SpecOperation operation : spec.operations()) {
      if (operation.documents(404) && operation.example(404).isPresent()) {
        return answers.vendorReply(operation, 404);
      }
    }
    return Reply.json(404, "{}");
  }

  private ResponseDefinition render(Reply reply) {
    if (reply.connection() == Reply.Connection.NO_ANSWER) {
      CountDownLatch until;
      synchronized (lock) {
        until = held;
      }
      try {
        until.await(NO_ANSWER_LIMIT_MINUTES, TimeUnit.MINUTES);
      } catch (InterruptedException stopping) {
        Thread.currentThread().interrupt();
      }
      return resetConnection();
    }
    if (reply.connection() == Reply.Connection.RESET) {
      return resetConnection();
    }
    ResponseDefinitionBuilder response = aResponse().withStatus(reply.status());
    reply.headers().forEach(response::withHeader);
    response.withBody(reply.body().getBytes(StandardCharsets.UTF_8));
    return response.build();
  }

  private static ResponseDefinition resetConnection() {
    return aResponse()
        .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)
        .build();
  }

  /** Answers every request WireMock receives; WireMock's own stubs are never consulted. */
  private final class Transformer implements ResponseDefinitionTransformerV2 {

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      com.github.tomakehurst.wiremock.http.Request request = event.getRequest();
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (HttpHeader header : request.getHeaders().all()) {
        headers.put(header.key(), header.values());
      }
      byte[] bytes = request.getBody();
      String body = bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
      Reply reply;
      try {
        reply = handle(request.getMethod().getName(), request.getUrl(), headers, body);
      } catch (RuntimeException broken) {
        // A failure of the stub itself must not pass for an answer of the API, nor go unseen.
        synchronized (lock) {
          violations.add(new Violation(spec.api(), null, request.getMethod().getName() + " " + request.getUrl(),
              List.of("the stub itself failed to answer: " + broken)));
        }
        reply = Reply.text(500, "text/plain", spec.api() + " stub failed: " + broken);
      }
      return render(reply);
    }

    @Override
    public String getName() {
      return "eventapis-spec-stub";
    }
  }
}
