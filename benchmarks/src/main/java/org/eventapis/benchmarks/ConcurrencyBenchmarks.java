package org.eventapis.benchmarks;

import static org.eventapis.benchmarks.CannedServer.PERSCOM;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.eventapis.core.RetryPolicy;
import org.eventapis.perscom.PerscomClient;
import org.eventapis.perscom.generated.api.EventsApi;
import org.eventapis.perscom.generated.model.EventCreateRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * PERSCOM create from many caller threads sharing one client, generated against baseline, as an
 * application would call it. {@link RunBenchmarks} runs it at 1, 16 and 64 threads and samples
 * the call times, which give both the latency distribution and the throughput. At the end of each run the server's count of the
 * requests it served and the connections they came on is appended to {@code
 * bench.output/connections.tsv}.
 */
@State(Scope.Benchmark)
public class ConcurrencyBenchmarks {

  private ServerProcess server;
  private EventsApi perscom;
  private Baseline baseline;
  private EventCreateRequest event;
  private String row;

  @Setup(Level.Trial)
  public void start(BenchmarkParams params) {
    server = new ServerProcess();
    perscom =
        PerscomClient.builder().baseUrl(server.baseUrl() + "/v2").apiKey(CreateEventBenchmarks.KEY)
            .retryPolicy(RetryPolicy.disabled()).build().events();
    baseline = new Baseline("Bearer " + CreateEventBenchmarks.KEY);
    event = Fixtures.perscomEvent(0);
    create_generated();
    byte[] sent = server.lastBody(PERSCOM);
    create_baseline();
    SameJson.require("perscom create", sent, server.lastBody(PERSCOM));
    row = params.getBenchmark() + "\t" + params.getMode().shortLabel() + "\t" + params.getThreads();
    // A client opens its first connection in the checks above; count from a clean slate.
    server.reset();
  }

  @TearDown(Level.Trial)
  public void stop() {
    long[] stats = server.stats();
    server.close();
    Path file = Path.of(System.getProperty("bench.output", "target/benchmarks"), "connections.tsv");
    try {
      Files.writeString(file, row + "\t" + stats[0] + "\t" + stats[1] + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public Object create_generated() {
    return perscom.createEvent(event, List.of());
  }

  @Benchmark
  public Object create_baseline() {
    return baseline.post(server.baseUrl() + PERSCOM, Fixtures.perscomEventBaseline(0), Baseline.PerscomEnvelope.class);
  }
}
