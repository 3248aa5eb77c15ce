package org.eventapis.specgate;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the breaking-change gate over every spec: each {@code <specs>/<api>/openapi.yaml} against
 * its {@code <specs>/<api>/released/openapi.yaml}. Writes each comparison's changelog to {@code
 * <reports>/<api>.md}, prints one summary line per API, and fails, naming every break and how to
 * acknowledge it, if any spec breaks code built on its released copy.
 *
 * <p>generated-client runs it before generating anything: {@code SpecGateMain <specs dir>
 * <reports dir>}.
 */
public final class SpecGateMain {

  private SpecGateMain() {}

  /**
   * Runs in a JVM of its own, forked by the build: the specs are parsed here and not inside
   * Maven, whose JVM then generates the clients exactly as it would without the gate. A failure
   * is printed in Maven's own error style, so that it reads as the build's first error, and ends
   * the process with status 1.
   */
  public static void main(String[] args) {
    try {
      if (args.length != 2) {
        throw new IllegalArgumentException(
            "expected two arguments, the specs folder and the folder for the changelogs; got "
                + args.length);
      }
      run(Path.of(args[0]), Path.of(args[1]), System.out);
    } catch (GateFailure | IllegalArgumentException | UncheckedIOException failure) {
      for (String line : failure.getMessage().split("\n", -1)) {
        System.out.println("[ERROR] " + line);
      }
      System.out.flush();
      System.exit(1);
    }
  }

  /**
   * Compares every spec under {@code specs} with its released copy.
   *
   * @return the verdicts, one per API in name order, when every spec passes
   * @throws GateFailure naming each break, when a spec breaks code built on its released copy
   *     or has no released copy
   */
  public static List<SpecGate.Verdict> run(Path specs, Path reports, PrintStream log) {
    Path changelog = specs.resolve("CHANGELOG.md");
    List<SpecGate.Verdict> verdicts = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (String api : apis(specs)) {
      Path current = specs.resolve(api).resolve("openapi.yaml");
      Path released = specs.resolve(api).resolve("released").resolve("openapi.yaml");
      if (!Files.isRegularFile(released)) {
        failures.add(api + " has no released copy at " + shown(released) + ". A new API's first"
            + " release is a copy of its spec: cp " + shown(current) + " " + shown(released));
        continue;
      }
      SpecGate.Verdict verdict = SpecGate.check(api, released, current, changelog);
      Path report = write(reports, api, verdict.changelog());
      log.println(verdict.summary(shown(report)));
      if (verdict.passes()) {
        verdicts.add(verdict);
      } else {
        failures.add(verdict.failure() + "\nEvery difference: " + shown(report));
      }
    }
    if (!failures.isEmpty()) {
      throw new GateFailure(String.join("\n\n", failures));
    }
    return verdicts;
  }

  /** The APIs: every folder of {@code specs} that holds an {@code openapi.yaml}. */
  static List<String> apis(Path specs) {
    if (!Files.isDirectory(specs)) {
      throw new IllegalArgumentException("no specs folder at " + shown(specs));
    }
    try (Stream<Path> folders = Files.list(specs)) {
      List<String> apis = folders
          .filter(folder -> Files.isRegularFile(folder.resolve("openapi.yaml")))
          .map(folder -> folder.getFileName().toString())
          .sorted()
          .toList();
      if (apis.isEmpty()) {
        throw new IllegalArgumentException(
            "no spec to check: expected <api>/openapi.yaml under " + shown(specs));
      }
      return apis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path write(Path reports, String api, String changelog) {
    try {
      Files.createDirectories(reports);
      return Files.writeString(reports.resolve(api + ".md"), changelog);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A path as the reader typed it: relative to the working folder when it lies inside it. */
  static String shown(Path path) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
  }

  /**
   * A spec breaks code built on its released copy, or has no released copy. It carries no stack
   * trace: it reports a change to a spec, not a fault of the gate, and the build prints the
   * message only.
   */
  public static final class GateFailure extends RuntimeException {
    GateFailure(String message) {
      super(message, null, false, false);
    }
  }
}
