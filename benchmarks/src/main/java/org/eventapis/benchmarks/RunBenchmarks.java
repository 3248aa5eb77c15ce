package org.eventapis.benchmarks;

import java.io.IOException;
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
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark with the GC profiler, then prints each generated/baseline pair side by
 * side: time per operation, allocation per operation, and their ratios. The same table is
 * written to {@code bench.output}/results.md, the raw JMH results to results.json.
 *
 * <p>System properties: {@code bench.include} (a regex of benchmarks, default all),
 * {@code bench.quick} (shorter iterations, for a smoke run), {@code bench.output} (a folder).
 */
public final class RunBenchmarks {

  private RunBenchmarks() {}

  public static void main(String[] args) throws RunnerException, IOException {
    boolean quick = Boolean.getBoolean("bench.quick");
    Path output = Path.of(System.getProperty("bench.output", "target/benchmarks"));
    Files.createDirectories(output);
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(RunBenchmarks.class.getPackageName() + "\\.(" + System.getProperty("bench.include", ".*") + ")")
            .addProfiler(GCProfiler.class)
            .forks(1)
            .warmupIterations(quick ? 1 : 3)
            .warmupTime(TimeValue.seconds(quick ? 1 : 2))
            .measurementIterations(quick ? 2 : 5)
            .measurementTime(TimeValue.seconds(quick ? 1 : 2))
            .jvmArgsAppend("-Xms1g", "-Xmx1g", "-Duser.timezone=UTC")
            .resultFormat(org.openjdk.jmh.results.format.ResultFormatType.JSON)
            .result(output.resolve("results.json").toString());

    Collection<RunResult> results = new Runner(options.build()).run();

    String table = table(results);
    System.out.println();
    System.out.println(table);
    Files.writeString(output.resolve("results.md"), table);
  }

  /** One row per generated/baseline pair, matched by name and parameters. */
  static String table(Collection<RunResult> results) {
    Map<String, Map<String, RunResult>> pairs = new TreeMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      String method = name.substring(name.lastIndexOf('.') + 1);
      int split = method.lastIndexOf('_');
      String side = method.substring(split + 1);
      String params = result.getParams().getParamsKeys().stream()
          .map(key -> key + "=" + result.getParams().getParam(key))
          .reduce((a, b) -> a + "," + b).orElse("");
      String row = name.substring(name.lastIndexOf(".", name.lastIndexOf(".") - 1) + 1, name.lastIndexOf(".")).replace("Benchmarks", "") + "." + method.substring(0, split) + (params.isEmpty() ? "" : " (" + params + ")");
      pairs.computeIfAbsent(row, k -> new LinkedHashMap<>()).put(side, result);
    }
    List<String> lines = new ArrayList<>();
    lines.add("| benchmark | generated µs/op | baseline µs/op | time ratio | generated B/op | baseline B/op | alloc ratio |");
    lines.add("|---|---:|---:|---:|---:|---:|---:|");
    pairs.entrySet().stream()
        .sorted(Comparator.comparing(e -> sortKey(e.getKey())))
        .forEach(entry -> {
          RunResult generated = entry.getValue().get("generated");
          RunResult baseline = entry.getValue().get("baseline");
          if (generated == null || baseline == null) {
            return;
          }
          double gTime = generated.getPrimaryResult().getScore();
          double bTime = baseline.getPrimaryResult().getScore();
          double gAlloc = alloc(generated);
          double bAlloc = alloc(baseline);
          lines.add(String.format(Locale.ROOT, "| %s | %.1f ± %.1f | %.1f ± %.1f | %.2f× | %,.0f | %,.0f | %.2f× |",
              entry.getKey(),
              gTime, error(generated.getPrimaryResult()),
              bTime, error(baseline.getPrimaryResult()),
              gTime / bTime, gAlloc, bAlloc, bAlloc == 0 ? Double.NaN : gAlloc / bAlloc));
        });
    return String.join("\n", lines) + "\n";
  }

  private static String sortKey(String row) {
    // Keep size-parameterised rows in numeric order (1, 100, 1000).
    return java.util.regex.Pattern.compile("size=(\\d+)")
        .matcher(row)
        .replaceAll(m -> "size=" + String.format("%06d", Integer.parseInt(m.group(1))));
  }

  private static double alloc(RunResult result) {
    Result<?> norm = result.getSecondaryResults().get("gc.alloc.rate.norm");
    return norm == null ? Double.NaN : norm.getScore();
  }

  private static double error(Result<?> result) {
    double error = result.getScoreError();
    return Double.isNaN(error) ? 0 : error;
  }
}
