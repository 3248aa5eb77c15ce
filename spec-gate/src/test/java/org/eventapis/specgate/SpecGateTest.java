package org.eventapis.specgate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.eventapis.specgate.SpecGate.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The breaking-change gate itself, on seeded edits of the Timekit spec: each kind of break it
 * must catch, a compatible change it must let through, and the acknowledgement that releases a
 * break.
 */
class SpecGateTest {

  private static final String API = "timekit";

  @TempDir Path dir;
  private Path released;
  private Path changelog;
  private String spec;

  @BeforeEach
  void copyTheSpec() throws IOException {
    spec = Files.readString(RepositorySpecs.spec(API));
    released = dir.resolve("released.yaml");
    Files.writeString(released, spec);
    changelog = dir.resolve("CHANGELOG.md");
    Files.writeString(changelog, "# Spec changelog\n");
  }

  @Test
  void removedOperation_failsTheGateNamingIt() throws IOException {
    Verdict verdict = gate(s -> cut(s, "    delete:\n      operationId: deleteEvent", "\ncomponents:"));

    assertThat(verdict.passes()).isFalse();
    assertThat(verdict.breaks()).contains("removed operation DELETE /events/{id}");
    assertThat(verdict.failure()).contains("DELETE /events/{id}", "CHANGELOG.md");
  }

  @Test
  void newRequiredRequestField_failsTheGateNamingTheOperation() throws IOException {
    Verdict verdict =
        gate(s -> replace(s, "required: [calendar_id, start, end, what, where]",
            "required: [calendar_id, start, end, what, where, description]"));

    assertThat(verdict.passes()).isFalse();
    assertThat(verdict.breaks()).contains("POST /events request body: newly required [description]");
  }

  @Test
  void narrowedRequestEnum_failsTheGate() throws IOException {
    Verdict verdict =
        gate(s -> replace(s, "enum: [accepted, needsAction, declined, tentative]",
            "enum: [accepted, needsAction, declined]"));

    assertThat(verdict.passes()).isFalse();
    assertThat(verdict.breaks())
        .contains("POST /events request body.my_rsvp: enum values removed [tentative]");
  }

  @Test
  void widenedResponseEnum_failsTheGateNamingTheNewValues() throws IOException {
    Verdict verdict =
        gate(s -> replace(s, "enum: [accepted, needsAction, declined, tentative]",
            "enum: [accepted, needsAction, declined, tentative, delegated]"));

    assertThat(verdict.passes()).isFalse();
    assertThat(verdict.breaks())
        .contains("GET /events/{id} response 200.data.my_rsvp: enum values added [delegated]")
        .noneMatch(line -> line.contains("request body"));
  }

  @Test
  void changedFieldType_failsTheGate() throws IOException {
    Verdict verdict = gate(s -> replace(s, "        what:\n          type: string", "        what:\n          type: integer"));

    assertThat(verdict.passes()).isFalse();
    assertThat(verdict.breaks())
        .contains("POST /events request body.what: type changed from string to integer");
  }

  @Test
  void newRequiredQueryParameter_failsTheGateNamingTheOperation() throws IOException {
    Verdict verdict =
        gate(
            s -> {
              int listEvents = s.indexOf("operationId: listEvents");
              int parameters = s.indexOf("      parameters:\n", listEvents);
              assertThat(listEvents).as("seed target").isNotNegative();
              int at = parameters + "      parameters:\n".length();
              return s.substring(0, at)
                  + "        - name: calendar_id\n"
                  + "          in: query\n"
                  + "          required: true\n"
                  + "          schema:\n"
                  + "            type: string\n"
                  + s.substring(at);
            });

    assertThat(verdict.passes()).isFalse();
    assertThat(verdict.breaks())
        .contains("GET /events: new required query parameter 'calendar_id' (a new argument of the generated method)");
  }

  @Test
  void removedOptionalResponseField_failsTheGateBecauseItsGetterDisappears() throws IOException {
    Verdict verdict = gate(s -> cutProperty(s, "    Event:", "        where:\n          type: string\n"));

    assertThat(verdict.passes()).isFalse();
    assertThat(verdict.breaks()).contains("GET /events/{id} response 200.data: properties removed [where]");
  }

  @Test
  void removedOptionalRequestField_failsTheGateBecauseItsSetterDisappears() throws IOException {
    Verdict verdict = gate(s -> cutProperty(s, "    EventUpdateRequest:", "        where:\n          type: string\n"));

    assertThat(verdict.passes()).isFalse();
    assertThat(verdict.breaks()).contains("PUT /events/{id} request body: properties removed [where]");
  }

  @Test
  void addedOptionalResponseField_passesAndIsListedInTheChangelog() throws IOException {
    Verdict verdict =
        gate(s -> replace(s, "      required: [id, start, end, what]\n      properties:\n",
            "      required: [id, start, end, what]\n      properties:\n"
                + "        color:\n          type: string\n"));

    assertThat(verdict.compatible()).isTrue();
    assertThat(verdict.passes()).isTrue();
    assertThat(verdict.changelog()).contains("/events");
  }

  @Test
  void acknowledgedBreak_withMajorBumpAndChangelogEntry_passes() throws IOException {
    Files.writeString(changelog, "# Spec changelog\n\n## timekit 2.0.0\n\nDelete removed.\n");

    Verdict verdict =
        gate(s -> cut(replace(s, "  version: 1.0.0", "  version: 2.0.0"),
            "    delete:\n      operationId: deleteEvent", "\ncomponents:"));

    assertThat(verdict.compatible()).isFalse();
    assertThat(verdict.acknowledged()).isTrue();
    assertThat(verdict.passes()).isTrue();
  }

  @Test
  void majorBumpWithoutChangelogEntry_stillFails() throws IOException {
    Verdict verdict =
        gate(s -> cut(replace(s, "  version: 1.0.0", "  version: 2.0.0"),
            "    delete:\n      operationId: deleteEvent", "\ncomponents:"));

    assertThat(verdict.passes()).isFalse();
  }

  private Verdict gate(UnaryOperator<String> edit) throws IOException {
    Path current = dir.resolve("current.yaml");
    Files.writeString(current, edit.apply(spec));
    return SpecGate.check(API, released, current, changelog);
  }

  /** Removes the first {@code property} block that follows the schema heading {@code schema}. */
  private static String cutProperty(String text, String schema, String property) {
    int at = text.indexOf(schema);
    int from = text.indexOf(property, at);
    assertThat(at).as("seed schema").isNotNegative();
    assertThat(from).as("seed property").isGreaterThan(at);
    return text.substring(0, from) + text.substring(from + property.length());
  }

  private static String replace(String text, String from, String to) {
    assertThat(text).as("seed target").contains(from);
    return text.replace(from, to);
  }

  /** Removes from {@code start} up to, not including, {@code end}. */
  private static String cut(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end, from);
    assertThat(from).as("seed start").isNotNegative();
    assertThat(to).as("seed end").isGreaterThan(from);
    return text.substring(0, from) + text.substring(to + 1);
  }
}
