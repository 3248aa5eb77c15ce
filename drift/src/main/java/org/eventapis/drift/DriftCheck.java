package org.eventapis.drift;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calls each API whose key is in the environment through its generated client, holds every
 * exchange to our spec of that API and writes what differs to {@code <folder>/<api>.md} and
 * {@code .json}, with the redacted exchanges as evidence. An API without its key is skipped, and
 * nothing is sent to it.
 *
 * <p>Exit status: 0 when nothing breaks (additive findings only, or none); 1 when any API has a
 * breaking finding; 2 when a check could not run as configured or could not complete (a variable
 * missing or malformed, an error answer, no answer).
 */
public final class DriftCheck {

  private DriftCheck() {}

  /** {@code DriftCheck <report folder>}; the configuration comes from the environment. */
  public static void main(String[] args) {
    Path folder = Path.of(args.length > 0 ? args[0] : "target/drift");
    System.exit(run(System.getenv(), folder, System.out));
  }

  /**
   * Runs the check of every API; {@code env} stands for the environment.
   *
   * @return the exit status
   */
  static int run(Map<String, String> env, Path folder, PrintStream log) {
    List<ApiDrift> apis = List.of(new PerscomDrift(), new UnipileDrift(), new TimekitDrift());
    String runId = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
    int status = 0;
    for (ApiDrift api : apis) {
      int outcome = check(api, env, folder, runId, log);
      status = outcome == 1 || status == 1 ? 1 : Math.max(status, outcome);
    }
    return status;
  }

  private static int check(ApiDrift drift, Map<String, String> env, Path folder, String runId, PrintStream log) {
    Optional<String> key = ApiDrift.variable(env, drift.keyVariable());
    if (key.isEmpty()) {
      log.println("drift " + drift.api() + ": skipped, " + drift.keyVariable() + " is not set; nothing sent");
      return 0;
    }
    Redaction redaction = new Redaction(List.of(key.get()));
    RecordingTransport transport = RecordingTransport.overJdk();
    try (drift) {
      Session.RoundTrip trip;
      try {
        drift.open(env, transport);
        Optional<String> sandbox = ApiDrift.variable(env, drift.sandboxVariable());
        trip = sandbox.isPresent() ? drift.roundTrip(sandbox.get(), "eventapis drift check " + runId) : null;
      } catch (IllegalArgumentException misconfigured) {
        log.println("drift " + drift.api() + ": not run, " + redaction.text(misconfigured.getMessage()) + "; nothing sent");
        return 2;
      }
      Session session = new Session(transport, redaction);
      drift.readOnly(session);
      if (trip != null) {
        session.roundTrip(trip);
      } else {
        session.note("no write round trip: " + drift.sandboxVariable() + " is not set");
      }
      SpecCheck spec = SpecCheck.of(drift.api());
      String basePath = Optional.ofNullable(URI.create(drift.baseUrl()).getRawPath()).orElse("");
      List<Finding> findings = new ArrayList<>(session.clientFailures());
      for (Exchange exchange : session.exchanges()) {
        findings.addAll(spec.check(exchange, basePath));
      }
      Report report = new Report(drift.api(), spec.location(), drift.baseUrl(), findings, session.notes(),
          session.exchanges(), session.isIncomplete(), redaction);
      report.write(folder);
      log.println(redaction.text(report.summary(folder)));
      return report.outcome().exitStatus();
    }
  }
}
