package org.eventapis.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventapis.drift.support.DriftingServer;
import org.eventapis.drift.support.Runs;
import org.eventapis.perscom.generated.model.Event;
import org.eventapis.testkit.Fault;
import org.eventapis.testkit.PerscomStub;
import org.eventapis.testkit.RecordedRequest;
import org.eventapis.testkit.TimekitStub;
import org.eventapis.testkit.UnipileStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class DriftCheckTest {

  @RegisterExtension static PerscomStub perscom = PerscomStub.create();
  @RegisterExtension static UnipileStub unipile = UnipileStub.create();
  @RegisterExtension static TimekitStub timekit = TimekitStub.create();

  static final String KEY = "drift-test-key-5f3a9c";
  static final String TIMEKIT_CALENDAR = "3f6b2c1e-8a4d-4e7b-9c2f-1d5a6e8b7c90";

  @TempDir Path reports;

  final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
  final PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);
  DriftingServer drifting;

  @AfterEach
  void stopDriftingServer() {
    if (drifting != null) {
      drifting.close();
    }
  }

  @Test
  void run_withoutAnyVariable_sendsNothingAndSkipsEachApi() {
    Map<String, String> urlsOnly = Map.of(
        "PERSCOM_API_KEY", "",                  // what a workflow gets for a secret that is not set
        "PERSCOM_BASE_URL", perscom.baseUrl(),
        "UNIPILE_BASE_URL", unipile.baseUrl(),
        "TIMEKIT_BASE_URL", timekit.baseUrl());

    assertThat(DriftCheck.run(Map.of(), reports, log)).isZero();
    assertThat(DriftCheck.run(urlsOnly, reports, log)).isZero();

    assertThat(logLines()).hasSize(6).allSatisfy(line -> assertThat(line).contains("skipped", "nothing sent"));
    assertThat(logLines()).filteredOn(line -> line.startsWith("drift unipile: skipped, UNIPILE_API_KEY is not set"))
        .hasSize(2);
    assertThat(perscom.requests()).isEmpty();
    assertThat(unipile.requests()).isEmpty();
    assertThat(timekit.requests()).isEmpty();
    assertThat(reports).isEmptyDirectory();
  }

  @Test
  void run_againstServersThatMatchTheSpecs_findsNothingAndExitsZero() {
    int status = DriftCheck.run(everyApi(perscom.baseUrl()), reports, log);

    assertThat(status).isZero();
    for (String api : List.of("perscom", "unipile", "timekit")) {
      assertThat(Runs.findings(reports, api)).as(api).isEmpty();
      assertThat(Runs.json(reports.resolve(api + ".json")).get("outcome").asText()).isEqualTo("clean");
    }
    assertThat(logLines()).hasSize(3).allSatisfy(line -> assertThat(line).contains("CLEAN, 0 breaking, 0 additive"));
    assertThat(operations(perscom.requests()))
        .containsExactly("listCalendars", "getCalendar", "listEvents", "getEvent",
            "createEvent", "getEvent", "updateEvent", "deleteEvent");
    assertThat(operations(unipile.requests()))
        .containsExactly("listCalendars", "getCalendar", "listCalendarEvents", "getCalendarEvent",
            "createCalendarEvent", "getCalendarEvent", "updateCalendarEvent", "deleteCalendarEvent");
    assertThat(operations(timekit.requests()))
        .containsExactly("listEvents", "getEvent", "createEvent", "getEvent", "updateEvent", "deleteEvent");
  }

  @Test
  void perscom_whenEventAnswersLackName_reportsBreakingAtDataNameAndExitsOne() {
    drifting = DriftingServer.inFrontOf(perscom.baseUrl())
        .answer("GET", "/v2/events/\\d+", answer -> answer.withJson(body -> ((ObjectNode) body.get("data")).remove("name")));

    int status = DriftCheck.run(perscomOnly(drifting.baseUrl(perscom.baseUrl())), reports, log);

    assertThat(status).isEqualTo(1);
    assertThat(Runs.findings(reports, "perscom"))
        .contains("breaking getEvent data.name missing required property");
    assertThat(Runs.text(reports.resolve("perscom.md"))).contains("| getEvent | response | `data.name` | missing required property |");
    assertThat(logLines()).anySatisfy(line -> assertThat(line).startsWith("drift perscom: BREAKING, 1 breaking, 0 additive"));
  }

  @Test
  void perscom_whenAnswersCarryAnUnknownFieldOnly_reportsAdditiveAndExitsZero() {
    perscom.onGetEvent(12).fails(Fault.unknownField());

    int status = DriftCheck.run(perscomOnly(perscom.baseUrl()), reports, log);

    assertThat(status).isZero();
    assertThat(Runs.findings(reports, "perscom")).containsExactlyInAnyOrder(
        "additive getEvent field_added_later unknown property",
        "additive getEvent data.field_added_later unknown property");
    assertThat(logLines()).anySatisfy(line -> assertThat(line).startsWith("drift perscom: ADDITIVE, 0 breaking, 2 additive"));
  }

  @Test
  void perscom_whenAnAnswerHasAnUnknownEnumValue_reportsAdditive() {
    perscom.onListEvents().fails(Fault.unknownEnumValue());

    int status = DriftCheck.run(perscomOnly(perscom.baseUrl()), reports, log);

    assertThat(status).isZero();
    assertThat(Runs.findings(reports, "perscom")).singleElement().asString()
        .startsWith("additive listEvents data[*].").endsWith(" unknown enum value");
  }

  @Test
  void perscom_whenTypesAndFormatsChange_reportsBreaking() {
    drifting = DriftingServer.inFrontOf(perscom.baseUrl())
        .answer("GET", "/v2/calendars/\\d+", answer -> answer.withJson(body -> ((ObjectNode) body.get("data")).put("id", "four")))
        .answer("GET", "/v2/events", answer -> answer.withJson(body -> ((ObjectNode) body.get("data").get(0)).put("starts", "tomorrow")));

    int status = DriftCheck.run(perscomOnly(drifting.baseUrl(perscom.baseUrl())), reports, log);

    assertThat(status).isEqualTo(1);
    assertThat(Runs.findings(reports, "perscom"))
        .contains("breaking getCalendar data.id type mismatch", "breaking listEvents data[*].starts format mismatch",
            "breaking getCalendar $ client cannot read the answer");
  }

  @Test
  void perscom_whenAStatusOrHeaderIsUndocumented_reportsEach() {
    drifting = DriftingServer.inFrontOf(perscom.baseUrl())
        .answer("GET", "/v2/calendars", answer -> answer.withStatus(203))
        .answer("GET", "/v2/events", answer -> answer.withHeader("X-RateLimit-Remaining", "59").withHeader("X-Request-Id", "r-1"));

    int status = DriftCheck.run(perscomOnly(drifting.baseUrl(perscom.baseUrl())), reports, log);

    assertThat(status).isEqualTo(1);
    assertThat(Runs.findings(reports, "perscom"))
        .containsExactlyInAnyOrder(
            "breaking listCalendars status undocumented status",
            "additive listEvents header x-ratelimit-remaining undocumented header",
            "additive listEvents header x-request-id undocumented header");
  }

  @Test
  void roundTrip_whenTheUpdateFails_stillDeletesOnlyTheEventItCreated() {
    perscom.onCreateEvent().returns(new Event().id(77L).name("created").calendarId(4L).allDay(false)
        .starts(OffsetDateTime.parse("2030-01-01T10:00:00Z")).ends(null).repeats(false)
        .registrationEnabled(false).notificationsEnabled(false).url("https://demo.perscom.io/app/events/77"));
    perscom.onUpdateEvent(77).fails(Fault.unavailable());

    int status = DriftCheck.run(perscomOnly(perscom.baseUrl()), reports, log);

    assertThat(status).isEqualTo(2);
    List<String> writes = perscom.requests().stream()
        .filter(r -> !r.method().equals("GET") && !r.method().equals("POST"))
        .map(r -> r.method() + " " + r.path()).distinct().toList();
    assertThat(writes).containsExactly("PATCH /v2/events/77", "DELETE /v2/events/77");
    assertThat(Runs.json(reports.resolve("perscom.json")).get("notes").toString()).contains("updateEvent answered 503");
  }

  @Test
  void run_withoutASandboxCalendar_onlyReads() {
    Map<String, String> env = new HashMap<>(perscomOnly(perscom.baseUrl()));
    env.remove("PERSCOM_SANDBOX_CALENDAR_ID");

    assertThat(DriftCheck.run(env, reports, log)).isZero();

    assertThat(perscom.requests()).extracting(RecordedRequest::method).containsOnly("GET");
    assertThat(Runs.json(reports.resolve("perscom.json")).get("notes").toString())
        .contains("PERSCOM_SANDBOX_CALENDAR_ID is not set");
  }

  @Test
  void run_neverWritesTheKeyOrPersonalData() {
    int status = DriftCheck.run(everyApi(perscom.baseUrl()), reports, log);

    assertThat(status).isZero();
    String everything = Runs.everything(reports, logText());
    assertThat(everything)
        .doesNotContain(KEY)
        .doesNotContain(Base64.getEncoder().encodeToString((":" + KEY).getBytes(StandardCharsets.UTF_8)))
        .doesNotContainIgnoringCase("\"authorization\"")
        .doesNotContainIgnoringCase("\"x-api-key\"")
        .doesNotContain("@example.com")
        .doesNotContain("Jane Doe")                      // an attendee's name
        .doesNotContain("Might join a few minutes late") // an attendee's comment
        .contains(Redaction.MASK);
    // How a person takes part is not personal, and is evidence for an enum the spec lacks.
    assertThat(Runs.text(reports.resolve("unipile-exchanges.json"))).contains("\"response_status\" : \"maybe\"");
    // The stubs did receive the key: what was left out of the files was really there.
    assertThat(unipile.requests().get(0).header("X-API-KEY")).contains(KEY);
  }

  @Test
  void run_withAOneLetterKey_writesNoCredentialsAndKeepsTheTextReadable() {
    Map<String, String> env = new HashMap<>(perscomOnly(perscom.baseUrl()));
    env.put("PERSCOM_API_KEY", "x");

    assertThat(DriftCheck.run(env, reports, log)).isZero();

    assertThat(Runs.text(reports.resolve("perscom-exchanges.json")))
        .doesNotContainIgnoringCase("authorization").doesNotContain("Bearer");
    assertThat(Runs.text(reports.resolve("perscom.md"))).contains("exchanges");
  }

  @Test
  void run_whenAVariableIsMissingOrMalformed_namesItAndSendsNothing() {
    Map<String, String> env = new HashMap<>();
    env.put("UNIPILE_API_KEY", KEY);
    env.put("UNIPILE_ACCOUNT_ID", "acc-1");
    env.put("TIMEKIT_API_KEY", KEY);
    env.put("TIMEKIT_BASE_URL", timekit.baseUrl());
    env.put("TIMEKIT_SANDBOX_CALENDAR_ID", "not-a-uuid");

    int status = DriftCheck.run(env, reports, log);

    assertThat(status).isEqualTo(2);
    assertThat(logLines()).anySatisfy(line -> assertThat(line).startsWith("drift unipile: not run, UNIPILE_BASE_URL is not set"));
    assertThat(logLines()).anySatisfy(line -> assertThat(line).startsWith("drift timekit: not run, TIMEKIT_SANDBOX_CALENDAR_ID must be"));
    assertThat(logText()).doesNotContain(KEY).doesNotContain("not-a-uuid");
    assertThat(timekit.requests()).isEmpty();
  }

  private Map<String, String> perscomOnly(String baseUrl) {
    return Map.of(
        "PERSCOM_API_KEY", KEY,
        "PERSCOM_BASE_URL", baseUrl,
        "PERSCOM_SANDBOX_CALENDAR_ID", "4");
  }

  private Map<String, String> everyApi(String perscomBaseUrl) {
    Map<String, String> env = new HashMap<>(perscomOnly(perscomBaseUrl));
    env.put("UNIPILE_API_KEY", KEY);
    env.put("UNIPILE_BASE_URL", unipile.baseUrl());
    env.put("UNIPILE_ACCOUNT_ID", "acc-1");
    env.put("UNIPILE_SANDBOX_CALENDAR_ID", "primary");
    env.put("TIMEKIT_API_KEY", KEY);
    env.put("TIMEKIT_BASE_URL", timekit.baseUrl());
    env.put("TIMEKIT_SANDBOX_CALENDAR_ID", TIMEKIT_CALENDAR);
    return env;
  }

  private static List<String> operations(List<RecordedRequest> requests) {
    return requests.stream().map(RecordedRequest::operation).toList();
  }

  private String logText() {
    return logBytes.toString(StandardCharsets.UTF_8);
  }

  private List<String> logLines() {
    return logText().lines().toList();
  }
}
