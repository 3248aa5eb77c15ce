package org.eventapis.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.eventapis.core.FeignSetup;
import org.eventapis.perscom.generated.invoker.ApiClient;
import org.eventapis.perscom.generated.model.EventBatchCreateRequest;
import org.eventapis.perscom.generated.model.EventBatchEnvelope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Mapping only, no HTTP: encoding a PERSCOM batch and decoding its answer with the generated
 * models and the client's mapper, against the baseline's records and a plain mapper.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MappingBenchmarks {

  @Param({"1", "1000"})
  public int size;

  private ObjectMapper generatedMapper;
  private EventBatchCreateRequest batch;
  private Baseline.PerscomBatchCreate baselineBatch;
  private byte[] answer;

  @Setup
  public void prepare() throws IOException {
    generatedMapper = FeignSetup.configureMapper(new ApiClient().getObjectMapper());
    batch = new EventBatchCreateRequest().resources(Fixtures.perscomBatch(size));
    baselineBatch = new Baseline.PerscomBatchCreate(Fixtures.perscomBatchBaseline(size));
    answer = Fixtures.perscomBatchEnvelope(size);
    SameJson.require("mapping of " + size, encode_generated(), encode_baseline());
  }

  @Benchmark
  public byte[] encode_generated() throws IOException {
    return generatedMapper.writeValueAsBytes(batch);
  }

  @Benchmark
  public byte[] encode_baseline() throws IOException {
    return Baseline.MAPPER.writeValueAsBytes(baselineBatch);
  }

  @Benchmark
  public Object decode_generated() throws IOException {
    return generatedMapper.readValue(answer, EventBatchEnvelope.class);
  }

  @Benchmark
  public Object decode_baseline() throws IOException {
    return Baseline.MAPPER.readValue(answer, Baseline.PerscomBatchEnvelope.class);
  }
}
