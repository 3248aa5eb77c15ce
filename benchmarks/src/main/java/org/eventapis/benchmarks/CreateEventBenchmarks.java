package org.eventapis.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.Map;
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

/** Creating one event per API, through the generated client and through the baseline. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CreateEventBenchmarks {

  private static final String KEY = "benchmark-key";
  private static final String PERSCOM = "/v2/events";
  private static final String UNIPILE = "/api/v1/calendars/cal-1/events";
  private static final String TIMEKIT = "/tk/v2/events";

  private CannedServer server;
  private EventsApi perscom;
  private CalendarEventsApi unipile;
  private org.eventapis.timekit.generated.api.EventsApi timekit;
  private Baseline bearer;
  private Baseline apiKey;
  private Baseline basic;
  private EventCreateRequest perscomEvent;
  private CalendarEventCreateRequest unipileEvent;
  private org.eventapis.timekit.generated.model.EventCreateRequest timekitEvent;

  @Setup(Level.Trial)
  public void start() throws IOException {
    server =
        new CannedServer(
            Map.of(
                PERSCOM, new CannedServer.Answer(201, Fixtures.perscomEnvelope()),
                UNIPILE, new CannedServer.Answer(201, Fixtures.unipileCreated()),
                TIMEKIT, new CannedServer.Answer(201, Fixtures.timekitEnvelope())));
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
    basic = new Baseline("Basic " + java.util.Base64.getEncoder().encodeToString((":" + KEY).getBytes()));
    perscomEvent = Fixtures.perscomEvent(0);
    unipileEvent = Fixtures.unipileEvent();
    timekitEvent = Fixtures.timekitEvent();

    byte[] sent = sentBy(PERSCOM, this::perscomCreate_generated);
    SameJson.require("perscom create", sent, sentBy(PERSCOM, this::perscomCreate_baseline));
    sent = sentBy(UNIPILE, this::unipileCreate_generated);
    SameJson.require("unipile create", sent, sentBy(UNIPILE, this::unipileCreate_baseline));
    sent = sentBy(TIMEKIT, this::timekitCreate_generated);
    SameJson.require("timekit create", sent, sentBy(TIMEKIT, this::timekitCreate_baseline));
  }

  private byte[] sentBy(String path, Runnable call) {
    call.run();
    return server.lastBody(path);
  }

  @TearDown(Level.Trial)
  public void stop() {
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
  public Object timekitCreate_generated() {
    return timekit.createEvent(timekitEvent, List.of());
  }

  @Benchmark
  public Object timekitCreate_baseline() {
    return basic.post(server.baseUrl() + TIMEKIT, Fixtures.timekitEventBaseline(), Baseline.TimekitEnvelope.class);
  }
}
