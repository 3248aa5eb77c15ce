package org.eventapis.benchmarks;

import java.util.List;
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

/**
 * PERSCOM batch create of 1, 100 and 1000 events, the bulk path where mapping costs most: the
 * generated client, the baseline and the two floors of {@link Anchors}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BatchCreateBenchmarks {

  @Param({"1", "100", "1000"})
  public int size;

  private ServerProcess server;
  private String path;
  private EventsApi perscom;
  private Baseline baseline;
  private Anchors.Transport transport;
  private Anchors.RawSocket socket;
  private EventBatchCreateRequest batch;
  private Baseline.PerscomBatchCreate baselineBatch;
  private Anchors.Call call;
  private byte[] wire;

  @Setup(Level.Trial)
  public void start() {
    server = new ServerProcess();
    path = CannedServer.batchPath(size);
    perscom =
        PerscomClient.builder().baseUrl(server.baseUrl() + "/b" + size + "/v2")
            .apiKey(CreateEventBenchmarks.KEY).retryPolicy(RetryPolicy.disabled()).build().events();
    baseline = new Baseline("Bearer " + CreateEventBenchmarks.KEY);
    transport = new Anchors.Transport(server.baseUrl());
    socket = new Anchors.RawSocket(server.port());
    batch = new EventBatchCreateRequest().resources(Fixtures.perscomBatch(size));
    baselineBatch = new Baseline.PerscomBatchCreate(Fixtures.perscomBatchBaseline(size));

    batchCreate_generated();
    byte[] generated = server.lastBody(path);
    batchCreate_baseline();
    SameJson.require("perscom batch of " + size, generated, server.lastBody(path));
    call = new Anchors.Call(path, "Authorization", "Bearer " + CreateEventBenchmarks.KEY, generated);
    wire = Anchors.RawSocket.request(server.port(), call);
  }

  @TearDown(Level.Trial)
  public void stop() {
    socket.close();
    server.close();
  }

  @Benchmark
  public Object batchCreate_generated() {
    return perscom.batchCreateEvents(batch, List.of());
  }

  @Benchmark
  public Object batchCreate_baseline() {
    return baseline.post(server.baseUrl() + path, baselineBatch, Baseline.PerscomBatchEnvelope.class);
  }

  @Benchmark
  public Object batchCreate_transport() {
    return transport.send(call);
  }

  @Benchmark
  public Object batchCreate_socket() {
    return socket.send(wire);
  }
}
