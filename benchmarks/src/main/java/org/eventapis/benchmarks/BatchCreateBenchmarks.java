package org.eventapis.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eventapis.core.RetryPolicy;
import org.eventapis.perscom.PerscomClient;
import org.eventapis.perscom.generated.api.EventsApi;
import org.eventapis.perscom.generated.model.EventBatchCreateRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** PERSCOM batch create of 1, 100 and 1000 events: the bulk path, where mapping costs most. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BatchCreateBenchmarks {

  private static final String PATH = "/v2/events/batch";

  @Param({"1", "100", "1000"})
  public int size;

  private CannedServer server;
  private EventsApi perscom;
  private Baseline baseline;
  private EventBatchCreateRequest batch;
  private Baseline.PerscomBatchCreate baselineBatch;

  @Setup(Level.Trial)
  public void start() throws IOException {
    server = new CannedServer(Map.of(PATH, new CannedServer.Answer(200, Fixtures.perscomBatchEnvelope(size))));
    perscom =
        PerscomClient.builder().baseUrl(server.baseUrl() + "/v2").apiKey("benchmark-key")
            .retryPolicy(RetryPolicy.disabled()).build().events();
    baseline = new Baseline("Bearer benchmark-key");
    batch = new EventBatchCreateRequest().resources(Fixtures.perscomBatch(size));
    baselineBatch = new Baseline.PerscomBatchCreate(Fixtures.perscomBatchBaseline(size));

    batchCreate_generated();
    byte[] generated = server.lastBody(PATH);
    batchCreate_baseline();
    SameJson.require("perscom batch of " + size, generated, server.lastBody(PATH));
  }

  @TearDown(Level.Trial)
  public void stop() {
    server.close();
  }

  @Benchmark
  public Object batchCreate_generated() {
    return perscom.batchCreateEvents(batch, List.of());
  }

  @Benchmark
  public Object batchCreate_baseline() {
    return baseline.post(server.baseUrl() + PATH, baselineBatch, Baseline.PerscomBatchEnvelope.class);
  }
}
