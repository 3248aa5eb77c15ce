package org.eventapis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import feign.Request.HttpMethod;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.eventapis.support.ReadmeErrorTable;
import org.eventapis.support.ReadmeErrorTable.Row;
import org.junit.jupiter.api.Test;

/**
 * README.md's error table and {@link Failure} say the same, row by row: for every status or
 * failure a row stands for, the code picks the exception the row names and resends for exactly
 * the methods it lists; and every row of the code's table appears in README.md.
 */
class FailureReadmeTest {

  private static final ReadmeErrorTable README = ReadmeErrorTable.read();

  @Test
  void everyReadmeRow_isWhatTheCodeDecides() {
    Set<Failure> shown = EnumSet.noneOf(Failure.class);
    List<String> disagreements = new ArrayList<>();
    for (Row row : README.rows()) {
      List<Probe> probes = probes(row);
      assertThat(probes).as("what README row \"%s\" stands for", row.when()).isNotEmpty();
      for (Probe probe : probes) {
        Failure decided = probe.decided();
        shown.add(decided);
        if (decided.type() != row.exceptionType() || probe.built().getClass() != row.exceptionType()) {
          disagreements.add(probe.name() + ": README says " + row.exception() + ", the code "
              + decided.type().getSimpleName() + " / " + probe.built().getClass().getSimpleName());
        }
        for (HttpMethod method : HttpMethod.values()) {
          if (decided.mayResend(method) != row.retriedFor().contains(method)) {
            disagreements.add(probe.name() + " " + method + ": README says "
                + (row.retriedFor().contains(method) ? "" : "not ") + "retried, the code the opposite");
          }
        }
      }
    }

    assertThat(disagreements).as("README.md error table against Failure").isEmpty();
    assertThat(EnumSet.complementOf(EnumSet.copyOf(shown)))
        .as("rows of Failure that README.md's error table does not show")
        .isEmpty();
  }

  @Test
  void noStatus_isNamedInTwoReadmeRows() {
    List<Integer> named =
        README.rows().stream().flatMap(row -> row.statuses().stream()).toList();

    assertThat(named).doesNotHaveDuplicates();
  }

  /** One status or failure a README row stands for, what the code decides for it and builds. */
  private record Probe(String name, Failure decided, Exception built) {}

  private static List<Probe> probes(Row row) {
    if (!row.statuses().isEmpty()) {
      return row.statuses().stream().map(FailureReadmeTest::status).toList();
    }
    Set<Integer> named = README.namedStatuses();
    return switch (row.when()) {
      case "any other 5xx" ->
          IntStream.rangeClosed(500, 599).filter(s -> !named.contains(s)).mapToObj(FailureReadmeTest::status).toList();
      case "any other status" ->
          IntStream.concat(IntStream.rangeClosed(100, 199), IntStream.rangeClosed(300, 499))
              .filter(s -> !named.contains(s))
              .mapToObj(FailureReadmeTest::status)
              .toList();
      case "refused before sending" ->
          List.of(
              connection(new ConnectException("refused")),
              connection(new UnknownHostException("nowhere.example")),
              connection(new NoRouteToHostException("no route")));
      case "no usable answer" ->
          List.of(
              connection(new SocketTimeoutException("read timed out")),
              connection(new HttpTimeoutException("request timed out")),
              connection(new IOException("connection reset")),
              connection(new EOFException("body cut off")));
      case "unreadable 2xx answer" -> {
        ResponseFormatException unreadable = new ResponseFormatException("testapi", 200, "not JSON", "<html>", null);
        yield List.of(new Probe(row.when(), Failure.of(unreadable), unreadable));
      }
      default -> fail("README error table row \"%s\": this test does not know what it stands for", row.when());
    };
  }

  private static Probe status(int status) {
    Failure decided = Failure.ofStatus(status);
    return new Probe(
        "HTTP " + status, decided, decided.exception("testapi", status, ErrorDetails.unparsed(), "", null));
  }

  private static Probe connection(IOException failure) {
    Failure decided = Failure.ofConnection(failure);
    return new Probe(
        failure.getClass().getSimpleName(),
        decided,
        decided.connectionException("testapi", "failed", failure));
  }
}
