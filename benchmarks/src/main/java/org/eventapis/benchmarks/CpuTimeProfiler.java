package org.eventapis.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time the benchmark's Java threads spent per operation: the caller's, and the HTTP
 * client's selector and executor threads, which do part of every call. Unlike wall time it does
 * not grow while a thread waits for a core another program holds; the server, in a process of
 * its own, is not in it; and neither are the JIT compiler and the collector, whose work comes in
 * bursts that a few seconds of measurement would catch or miss by chance (allocation, which
 * drives the collector, is measured on its own). Reported as {@code cpu.time.norm}, µs per
 * operation.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  static final String NAME = "cpu.time.norm";

  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private Map<Long, Long> before = Map.of();

  @Override
  public String getDescription() {
    return "CPU time of the Java threads per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    before = cpuByThread();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long used = 0;
    for (Map.Entry<Long, Long> thread : cpuByThread().entrySet()) {
      used += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
    }
    long ops = result.getMetadata().getAllOps();
    if (ops == 0) {
      return List.of();
    }
    return List.of(new ScalarResult(NAME, used / 1000.0 / ops, "µs/op", AggregationPolicy.AVG));
  }

  /** A thread that ended during the iteration takes its time with it; threads here live long. */
  private Map<Long, Long> cpuByThread() {
    long[] ids = threads.getAllThreadIds();
    long[] cpu = threads.getThreadCpuTime(ids);
    Map<Long, Long> byThread = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      if (cpu[i] >= 0) {
        byThread.put(ids[i], cpu[i]);
      }
    }
    return byThread;
  }
}
