package org.eventapis.benchmarks;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.ListStatistics;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the benchmarks and writes what they say to {@code bench.output}: {@code results.md} (the
 * tables the README shows), {@code summary.json} (the same figures, machine-readable) and {@code
 * results.json} (JMH's raw results).
 *
 * <p>On a machine with two cores or more and {@code taskset}, the benchmark JVMs run on core 0
 * and the server on core 1, so that neither takes the other's core. Every single-call benchmark
 * reports the client's CPU time per call ({@link CpuTimeProfiler}) next to wall time, and every
 * ratio comes with its 95 % confidence interval.
 *
 * <p>System properties: {@code bench.include} (a regex of benchmarks, default all),
 * {@code bench.quick} (shorter iterations, for a smoke run), {@code bench.pin} ({@code false}
 * to run unpinned), {@code bench.output} (a folder).
 */
public final class RunBenchmarks {

  private static final String[] SIDES = {"socket", "transport", "baseline", "generated"};
  private static final int[] THREADS = {1, 16, 64};

  private RunBenchmarks() {}

  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    boolean quick = Boolean.getBoolean("bench.quick");
    String include = System.getProperty("bench.include", ".*");
    Path output = Path.of(System.getProperty("bench.output", "target/benchmarks")).toAbsolutePath();
    Files.createDirectories(output);
    Files.deleteIfExists(output.resolve("connections.tsv"));
    String loadBefore = loadAverage();
    int cores = Runtime.getRuntime().availableProcessors();
    boolean pinned = pinToFirstCore();
    String pkg = Pattern.quote(RunBenchmarks.class.getPackageName() + ".");

    // A client's CPU per call keeps falling while the JIT compiles its code, which on one core
    // takes a while: the baseline reached its steady state after about 20 s of calls, the
    // generated client after 35 to 45 s, so they warm up for 50 s (Feign's request pipeline is much more code). A client
    // measured before then is measured half-compiled, and by luck. The anchors are a fraction of
    // that code and settle in a few seconds; mapping well within 6 s.
    List<RunResult> calls =
        run(singleCalls(quick, output, pinned)
            .include(pkg + "(?!Concurrency|Mapping)(?=.*_(baseline|generated)$)(" + include + ")")
            .warmupIterations(quick ? 1 : 50));
    calls.addAll(
        run(singleCalls(quick, output, pinned)
            .include(pkg + "(?!Concurrency|Mapping)(?=.*_(socket|transport)$)(" + include + ")")
            .warmupIterations(quick ? 1 : 15)));
    // A call that takes 2 µs moves by a tenth with what one JVM happened to inline, so mapping
    // runs in three JVMs.
    calls.addAll(
        run(singleCalls(quick, output, pinned)
            .include(pkg + "(?=Mapping)(" + include + ")")
            .forks(quick ? 1 : 3)
            .warmupIterations(quick ? 1 : 6)));
    // Sampled call times give both the latency percentiles and the throughput (each caller
    // thread makes one call after the other), so one run per thread count measures both.
    List<RunResult> concurrency = new ArrayList<>();
    for (int threads : THREADS) {
      concurrency.addAll(
          run(common(quick, output, pinned)
              .include(pkg + "(?=Concurrency)(" + include + ")")
              .mode(Mode.SampleTime)
              .threads(threads)
              .warmupIterations(quick ? 1 : 50)
              .measurementIterations(quick ? 2 : 5)));
    }
    if (calls.isEmpty() && concurrency.isEmpty()) {
      throw new IllegalArgumentException("bench.include=" + include + " names no benchmark");
    }

    Map<String, long[]> connections = connections(output.resolve("connections.tsv"));
    String machine = machine(cores, pinned, loadBefore, loadAverage());
    String tables =
        callTable(calls) + "\n" + concurrencyTable(concurrency, connections) + "\n" + machine + "\n";
    System.out.println();
    System.out.println(tables);
    Files.writeString(output.resolve("results.md"), tables);
    Files.writeString(output.resolve("summary.json"), summary(calls, concurrency, connections, machine));
    List<RunResult> all = new ArrayList<>(calls);
    all.addAll(concurrency);
    try (PrintStream raw = new PrintStream(output.resolve("results.json").toFile(), StandardCharsets.UTF_8)) {
      ResultFormatFactory.getInstance(ResultFormatType.JSON, raw).writeOut(all);
    }
  }

  /** The results, or none when {@code bench.include} leaves nothing of this group to run. */
  private static List<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
    try {
      return new ArrayList<>(new Runner(options.build()).run());
    } catch (NoBenchmarksException nothingIncluded) {
      return new ArrayList<>();
    }
  }

  private static ChainedOptionsBuilder singleCalls(boolean quick, Path output, boolean pinned) {
    return common(quick, output, pinned)
        .mode(Mode.AverageTime)
        .addProfiler(GCProfiler.class)
        .addProfiler(CpuTimeProfiler.class)
        .measurementIterations(quick ? 2 : 5);
  }

  private static ChainedOptionsBuilder common(boolean quick, Path output, boolean pinned) {
    // Two forks: a JVM's own luck (what the JIT compiled, where the heap landed) differs from one
    // JVM to the next, and one fork would leave it out of the interval while it moves the mean.
    return new OptionsBuilder()
        .forks(quick ? 1 : 2)
        .warmupTime(TimeValue.seconds(1))
        .measurementTime(TimeValue.seconds(1))
        .timeUnit(TimeUnit.MICROSECONDS)
        .jvmArgsAppend(
            "-Xms1g", "-Xmx1g", "-Duser.timezone=UTC",
            "-Dbench.output=" + output,
            "-Dbench.serverCpu=" + (pinned ? "1" : ""));
  }

  /**
   * Moves this JVM, and so every JVM it forks, to core 0; the server then takes core 1. Returns
   * false, and leaves everything where it is, where that cannot be done.
   */
  private static boolean pinToFirstCore() throws IOException, InterruptedException {
    if (!Boolean.parseBoolean(System.getProperty("bench.pin", "true"))
        || Runtime.getRuntime().availableProcessors() < 2) {
      return false;
    }
    try {
      Process taskset =
          new ProcessBuilder("taskset", "-a", "-p", "-c", "0", Long.toString(ProcessHandle.current().pid()))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return taskset.waitFor() == 0;
    } catch (IOException noTaskset) {
      System.err.println("taskset is not available: client and server share the cores");
      return false;
    }
  }

  // ---- the single-call table -------------------------------------------------------------

  /** One row per case (benchmark method without its side, plus parameters), by side. */
  static Map<String, Map<String, RunResult>> bySide(Collection<RunResult> results) {
    Map<String, Map<String, RunResult>> rows = new TreeMap<>(Comparator.comparing(RunBenchmarks::sortKey));
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      String method = name.substring(name.lastIndexOf('.') + 1);
      int split = method.lastIndexOf('_');
      String params = result.getParams().getParamsKeys().stream()
          .map(key -> key + "=" + result.getParams().getParam(key))
          .reduce((a, b) -> a + "," + b).orElse("");
      String className = name.substring(0, name.lastIndexOf('.'));
      String row = className.substring(className.lastIndexOf('.') + 1).replace("Benchmarks", "")
          + "." + method.substring(0, split) + (params.isEmpty() ? "" : " (" + params + ")");
      rows.computeIfAbsent(row, k -> new LinkedHashMap<>()).put(method.substring(split + 1), result);
    }
    return rows;
  }

  static String callTable(Collection<RunResult> results) {
    List<String> lines = new ArrayList<>();
    lines.add("Client CPU time per call, µs (all threads of the client's JVM):");
    lines.add("");
    lines.add("| case | socket | JDK client | baseline | generated | CPU ratio (95 % CI) | wall ratio (95 % CI) | generated B/op | baseline B/op | alloc ratio |");
    lines.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    bySide(results).forEach((row, sides) -> {
      RunResult generated = sides.get("generated");
      RunResult baseline = sides.get("baseline");
      if (generated == null || baseline == null) {
        return;
      }
      StringBuilder line = new StringBuilder("| " + row + " |");
      for (String side : SIDES) {
        RunResult result = sides.get(side);
        line.append(result == null ? " – |" : String.format(Locale.ROOT, " %.1f |", cpu(result).getMean()));
      }
      double[] cpuRatio = ratio(cpu(generated), cpu(baseline));
      double[] wallRatio = ratio(wall(generated), wall(baseline));
      line.append(String.format(Locale.ROOT, " %s | %s | %,.0f | %,.0f | %.2f× |",
          ratioCell(cpuRatio), ratioCell(wallRatio),
          alloc(generated), alloc(baseline), alloc(generated) / alloc(baseline)));
      lines.add(line.toString());
    });
    return String.join("\n", lines) + "\n";
  }

  /** A ratio and its interval; too few iterations for an interval (a quick run) show none. */
  private static String ratioCell(double[] ratio) {
    return Double.isNaN(ratio[1]) || Double.isNaN(ratio[2])
        ? String.format(Locale.ROOT, "%.2f×", ratio[0])
        : String.format(Locale.ROOT, "%.2f× (%.2f–%.2f)", ratio[0], ratio[1], ratio[2]);
  }

  private static Statistics cpu(RunResult result) {
    return result.getSecondaryResults().get(CpuTimeProfiler.NAME).getStatistics();
  }

  private static Statistics wall(RunResult result) {
    return result.getPrimaryResult().getStatistics();
  }

  private static double alloc(RunResult result) {
    Result<?> norm = result.getSecondaryResults().get("gc.alloc.rate.norm");
    return norm == null ? Double.NaN : norm.getScore();
  }

  /**
   * The ratio of two means with its 95 % confidence interval, worked out on the log scale (the
   * delta method): {ratio, low, high}. The t quantile is the one JMH uses for the smaller sample.
   */
  static double[] ratio(Statistics numerator, Statistics denominator) {
    double ratio = numerator.getMean() / denominator.getMean();
    double relN = relativeVariance(numerator);
    double relD = relativeVariance(denominator);
    Statistics smaller = numerator.getN() <= denominator.getN() ? numerator : denominator;
    double spread = Math.sqrt(relN + relD) * tQuantile(smaller);
    return new double[] {ratio, ratio * Math.exp(-spread), ratio * Math.exp(spread)};
  }

  private static double relativeVariance(Statistics statistics) {
    if (statistics.getN() < 2) {
      return 0;
    }
    double cv = statistics.getStandardDeviation() / statistics.getMean();
    return cv * cv / statistics.getN();
  }

  /** Student's t for 95 % and n − 1 degrees of freedom, read back from JMH's own interval. */
  private static double tQuantile(Statistics statistics) {
    double standardError = statistics.getStandardDeviation() / Math.sqrt(statistics.getN());
    return standardError == 0 || statistics.getN() < 2 ? 0 : statistics.getMeanErrorAt(0.95) / standardError;
  }

  private static String sortKey(String row) {
    // Keep size-parameterised rows in numeric order (1, 100, 1000).
    return Pattern.compile("size=(\\d+)")
        .matcher(row)
        .replaceAll(m -> "size=" + String.format("%06d", Integer.parseInt(m.group(1))));
  }

  // ---- the concurrency table ------------------------------------------------------------

  static String concurrencyTable(Collection<RunResult> results, Map<String, long[]> connections) {
    List<String> lines = new ArrayList<>();
    lines.add("PERSCOM create from caller threads sharing one client:");
    lines.add("");
    lines.add("| threads | generated calls/s | baseline calls/s | throughput ratio (95 % CI) | generated p99 µs | baseline p99 µs | generated connections / calls | baseline connections / calls |");
    lines.add("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int threads : THREADS) {
      RunResult generated = find(results, "create_generated", threads);
      RunResult baseline = find(results, "create_baseline", threads);
      if (generated == null || baseline == null) {
        continue;
      }
      double[] ratio = ratio(callsPerSecond(generated), callsPerSecond(baseline));
      lines.add(String.format(Locale.ROOT, "| %d | %,.0f | %,.0f | %s | %,.0f | %,.0f | %s | %s |",
          threads,
          callsPerSecond(generated).getMean(), callsPerSecond(baseline).getMean(),
          ratioCell(ratio),
          wall(generated).getPercentile(99), wall(baseline).getPercentile(99),
          connectionCell(connections, "create_generated", threads),
          connectionCell(connections, "create_baseline", threads)));
    }
    return String.join("\n", lines) + "\n";
  }

  /**
   * Calls per second of each measured iteration. Every caller thread makes one call after the
   * other, so the threads together make {@code threads / mean call time} calls a second; the
   * interval then comes from the iterations, not from the many samples within them, which would
   * hide how one iteration or JVM differs from the next.
   */
  static Statistics callsPerSecond(RunResult result) {
    ListStatistics perIteration = new ListStatistics();
    double unitsPerSecond = result.getParams().getTimeUnit().convert(1, TimeUnit.SECONDS);
    for (BenchmarkResult fork : result.getBenchmarkResults()) {
      for (IterationResult iteration : fork.getIterationResults()) {
        perIteration.addValue(
            result.getParams().getThreads() * unitsPerSecond / iteration.getPrimaryResult().getScore());
      }
    }
    return perIteration;
  }

  private static RunResult find(Collection<RunResult> results, String method, int threads) {
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("." + method)
            && r.getParams().getThreads() == threads)
        .findFirst()
        .orElse(null);
  }

  /** The connections one JVM's client opened, and the calls it made on them. */
  private static String connectionCell(Map<String, long[]> connections, String method, int threads) {
    long[] counted = connections.get(method + "\t" + threads);
    return counted == null ? "–" : String.format(Locale.ROOT, "%d / %,d", counted[1], counted[0]);
  }

  /**
   * {benchmark method, threads} → {calls, connections}, from the benchmarks' file: of the JVMs
   * that ran a case, the one that opened the most connections.
   */
  private static Map<String, long[]> connections(Path file) throws IOException {
    Map<String, long[]> counts = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return counts;
    }
    for (String line : Files.readAllLines(file)) {
      String[] parts = line.split("\t");
      String method = parts[0].substring(parts[0].lastIndexOf('.') + 1);
      long[] counted = {Long.parseLong(parts[3]), Long.parseLong(parts[4])};
      counts.merge(method + "\t" + parts[2], counted, (a, b) -> a[1] >= b[1] ? a : b);
    }
    return counts;
  }

  // ---- machine and machine-readable summary ----------------------------------------------

  private static String loadAverage() {
    return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static String machine(int cores, boolean pinned, String loadBefore, String loadAfter) {
    return String.format(Locale.ROOT,
        "Machine: %d cores, %s %s, %s; load average %s at the start, %s at the end.",
        cores,
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
        pinned ? "client JVMs pinned to core 0 and the server to core 1" : "client and server unpinned",
        loadBefore, loadAfter);
  }

  private static String summary(
      Collection<RunResult> calls, Collection<RunResult> concurrency, Map<String, long[]> connections,
      String machine) throws IOException {
    ObjectNode root = Baseline.MAPPER.createObjectNode();
    root.put("machine", machine);
    ArrayNode rows = root.putArray("calls");
    bySide(calls).forEach((row, sides) -> {
      ObjectNode node = rows.addObject().put("case", row);
      sides.forEach((side, result) -> node.putObject(side)
          .put("cpuMicrosPerOp", cpu(result).getMean())
          .put("wallMicrosPerOp", wall(result).getMean())
          .put("bytesPerOp", alloc(result)));
      if (sides.containsKey("generated") && sides.containsKey("baseline")) {
        double[] cpu = ratio(cpu(sides.get("generated")), cpu(sides.get("baseline")));
        double[] wall = ratio(wall(sides.get("generated")), wall(sides.get("baseline")));
        node.putArray("cpuRatio95").add(cpu[0]).add(cpu[1]).add(cpu[2]);
        node.putArray("wallRatio95").add(wall[0]).add(wall[1]).add(wall[2]);
        node.put("allocRatio", alloc(sides.get("generated")) / alloc(sides.get("baseline")));
      }
    });
    ArrayNode threads = root.putArray("concurrency");
    for (int count : THREADS) {
      RunResult generated = find(concurrency, "create_generated", count);
      RunResult baseline = find(concurrency, "create_baseline", count);
      ObjectNode row = threads.addObject().put("threads", count);
      for (RunResult result : new RunResult[] {generated, baseline}) {
        if (result == null) {
          continue;
        }
        String method = result.getParams().getBenchmark();
        method = method.substring(method.lastIndexOf('.') + 1);
        ObjectNode node = row.putObject(method.substring(method.indexOf('_') + 1))
            .put("callsPerSecond", callsPerSecond(result).getMean())
            .put("p50Micros", wall(result).getPercentile(50))
            .put("p99Micros", wall(result).getPercentile(99));
        long[] counted = connections.get(method + "\t" + count);
        if (counted != null) {
          node.put("calls", counted[0]).put("connections", counted[1]);
        }
      }
      if (generated != null && baseline != null) {
        double[] ratio = ratio(callsPerSecond(generated), callsPerSecond(baseline));
        row.putArray("throughputRatio95").add(ratio[0]).add(ratio[1]).add(ratio[2]);
      }
    }
    return Baseline.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
  }
}
