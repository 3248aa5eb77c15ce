package org.eventapis.benchmarks;

import static org.eventapis.benchmarks.CannedServer.PERSCOM;
import static org.eventapis.benchmarks.CannedServer.TIMEKIT;
import static org.eventapis.benchmarks.CannedServer.UNIPILE;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eventapis.core.RetryPolicy;
import org.eventapis.perscom.PerscomClient;
import org.eventapis.perscom.generated.api.EventsApi;
import org.eventapis.perscom.generated.model.EventCreateRequest;
import org.eventapis.timekit.TimekitClient;
import org.eventapis.unipile.UnipileClient;
import org.eventapis.unipile.generated.api.CalendarEventsApi;
import org.eventapis.unipile.generated.model.CalendarEventCreateRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Creating one event per API four ways: through the generated client, through the hand-written
 * baseline, and the two floors of {@link Anchors} (the JDK client alone, a plain socket).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CreateEventBenchmarks {

  static final String KEY = "benchmark-key";
  static final String BASIC = "Basic " + Base64.getEncoder().encodeToString((":" + KEY).getBytes(StandardCharsets.UTF_8));

  private ServerProcess server;
  private EventsApi perscom;
  private CalendarEventsApi unipile;
  private org.eventapis.timekit.generated.api.EventsApi timekit;
  private Baseline bearer;
  private Baseline apiKey;
  private Baseline basic;
  private Anchors.Transport transport;
  private Anchors.RawSocket socket;
  private EventCreateRequest perscomEvent;
  private CalendarEventCreateRequest unipileEvent;
  private org.eventapis.timekit.generated.model.EventCreateRequest timekitEvent;
  private Anchors.Call perscomCall;
  private Anchors.Call unipileCall;
  private Anchors.Call timekitCall;
  private byte[] perscomWire;
  private byte[] unipileWire;
  private byte[] timekitWire;

  @Setup(Level.Trial)
  public void start() {
    server = new ServerProcess();
    String base = server.baseUrl();
    perscom =
        PerscomClient.builder().baseUrl(base + "/v2").apiKey(KEY)
            .retryPolicy(RetryPolicy.disabled()).build().events();
    unipile =
        UnipileClient.builder().baseUrl(base + "/api/v1").apiKey(KEY)
            .retryPolicy(RetryPolicy.disabled()).build().calendarEvents();
    timekit =
        TimekitClient.builder().baseUrl(base + "/tk/v2").apiKey(KEY)
            .retryPolicy(RetryPolicy.disabled()).build().events();
    bearer = new Baseline("Bearer " + KEY);
    apiKey = new Baseline("X-API-KEY:" + KEY);
    basic = new Baseline(BASIC);
    transport = new Anchors.Transport(base);
    socket = new Anchors.RawSocket(server.port());
    perscomEvent = Fixtures.perscomEvent(0);
    unipileEvent = Fixtures.unipileEvent();
    timekitEvent = Fixtures.timekitEvent();

    perscomCreate_generated();
    byte[] sent = server.lastBody(PERSCOM);
    perscomCreate_baseline();
    SameJson.require("perscom create", sent, server.lastBody(PERSCOM));
    perscomCall = new Anchors.Call(PERSCOM, "Authorization", "Bearer " + KEY, sent);

    unipileCreate_generated();
    sent = server.lastBody(UNIPILE);
    unipileCreate_baseline();
    SameJson.require("unipile create", sent, server.lastBody(UNIPILE));
    unipileCall = new Anchors.Call(UNIPILE + "?account_id=acc-1", "X-API-KEY", KEY, sent);

    timekitCreate_generated();
    sent = server.lastBody(TIMEKIT);
    timekitCreate_baseline();
    SameJson.require("timekit create", sent, server.lastBody(TIMEKIT));
    timekitCall = new Anchors.Call(TIMEKIT, "Authorization", BASIC, sent);

    perscomWire = Anchors.RawSocket.request(server.port(), perscomCall);
    unipileWire = Anchors.RawSocket.request(server.port(), unipileCall);
    timekitWire = Anchors.RawSocket.request(server.port(), timekitCall);
  }

  @TearDown(Level.Trial)
  public void stop() {
    socket.close();
    server.close();
  }

  @Benchmark
  public Object perscomCreate_generated() {
    return perscom.createEvent(perscomEvent, List.of());
  }

  @Benchmark
  public Object perscomCreate_baseline() {
    return bearer.post(server.baseUrl() + PERSCOM, Fixtures.perscomEventBaseline(0), Baseline.PerscomEnvelope.class);
  }

  @Benchmark
  public Object perscomCreate_transport() {
    return transport.send(perscomCall);
  }

  @Benchmark
  public Object perscomCreate_socket() {
    return socket.send(perscomWire);
  }

  @Benchmark
  public Object unipileCreate_generated() {
    return unipile.createCalendarEvent("cal-1", "acc-1", unipileEvent);
  }

  @Benchmark
  public Object unipileCreate_baseline() {
    return apiKey.post(
        server.baseUrl() + UNIPILE + "?account_id=acc-1",
        Fixtures.unipileEventBaseline(),
        Baseline.UnipileCreated.class);
  }

  @Benchmark
  public Object unipileCreate_transport() {
    return transport.send(unipileCall);
  }

  @Benchmark
  public Object unipileCreate_socket() {
    return socket.send(unipileWire);
  }

  @Benchmark
  public Object timekitCreate_generated() {
    return timekit.createEvent(timekitEvent, List.of());
  }

  @Benchmark
  public Object timekitCreate_baseline() {
    return basic.post(server.baseUrl() + TIMEKIT, Fixtures.timekitEventBaseline(), Baseline.TimekitEnvelope.class);
  }

  @Benchmark
  public Object timekitCreate_transport() {
    return transport.send(timekitCall);
  }

  @Benchmark
  public Object timekitCreate_socket() {
    return socket.send(timekitWire);
  }
}
