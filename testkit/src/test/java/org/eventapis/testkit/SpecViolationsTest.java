package org.eventapis.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eventapis.testkit.support.RawHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Requests the spec does not allow get the vendor's answer and a violation naming the problem;
 * valid ones pass. The rows send raw requests, since the generated clients refuse to send most of
 * these.
 */
class SpecViolationsTest {

  @RegisterExtension static PerscomStub perscom = PerscomStub.create();
  @RegisterExtension static UnipileStub unipile = UnipileStub.create();
  @RegisterExtension static TimekitStub timekit = TimekitStub.create();

  private static final String PERSCOM_EVENT =
      "{\"name\": \"Briefing\", \"calendar_id\": 4, \"starts\": \"2025-03-14T18:00:00Z\", \"ends\": null, \"all_day\": false}";
  private static final String UNIPILE_EVENT =
      "{\"title\": \"Review\", \"start\": {\"date\": \"2025-06-10\"}, \"end\": {\"date\": \"2025-06-11\"}, \"attendees\": []}";
  private static final String TIMEKIT_EVENT =
      "{\"calendar_id\": \"3f6b2c1e-8a4d-4e7b-9c2f-1d5a6e8b7c90\", \"start\": \"2025-05-21T13:00:00+02:00\","
          + " \"end\": \"2025-05-21T14:00:00+02:00\", \"what\": \"Coffee\", \"where\": \"Cafe\"}";

  private static final Map<String, String> PERSCOM_AUTH = Map.of("Authorization", "Bearer any-key");
  private static final Map<String, String> UNIPILE_AUTH = Map.of("X-API-KEY", "any-key");
  private static final Map<String, String> TIMEKIT_AUTH = Map.of("Authorization", "Basic OmFueS1rZXk=");

  /** A request the spec does not allow, the status the vendor answers, and the field named. */
  record Row(String api, String what, String method, String target, String body, Map<String, String> headers,
      int status, String field) {

    @Override
    public String toString() {
      return api + ": " + what;
    }
  }

  static Stream<Row> invalidRequests() {
    return Stream.of(
        new Row("perscom", "missing required field", "POST", "/v2/events",
            PERSCOM_EVENT.replace("\"name\": \"Briefing\", ", ""), PERSCOM_AUTH, 422, "name"),
        new Row("perscom", "wrong type", "POST", "/v2/events",
            PERSCOM_EVENT.replace("\"calendar_id\": 4", "\"calendar_id\": \"four\""), PERSCOM_AUTH, 422, "calendar_id"),
        new Row("perscom", "unknown query parameter value", "GET", "/v2/events?include=author,bogus", null,
            PERSCOM_AUTH, 422, "include"),
        new Row("perscom", "unknown query parameter", "GET", "/v2/events?per_page=50", null, PERSCOM_AUTH, 422,
            "per_page"),
        new Row("perscom", "no auth header", "GET", "/v2/events", null, Map.of(), 401, "Authorization"),
        new Row("perscom", "wrong auth scheme", "GET", "/v2/events", null, TIMEKIT_AUTH, 401, "Authorization"),
        new Row("unipile", "missing required field", "POST", "/api/v1/calendars/primary/events?account_id=acc-1",
            UNIPILE_EVENT.replace("\"title\": \"Review\", ", ""), UNIPILE_AUTH, 400, "title"),
        new Row("unipile", "wrong type", "GET", "/api/v1/calendars?account_id=acc-1&limit=ten", null, UNIPILE_AUTH,
            400, "limit"),
        new Row("unipile", "unknown query parameter value", "GET",
            "/api/v1/calendars/primary/events?account_id=acc-1&expand_recurring=sometimes", null, UNIPILE_AUTH, 400,
            "expand_recurring"),
        new Row("unipile", "missing required query parameter", "GET", "/api/v1/calendars", null, UNIPILE_AUTH, 400,
            "account_id"),
        new Row("unipile", "no auth header", "GET", "/api/v1/calendars?account_id=acc-1", null, Map.of(), 401,
            "X-API-KEY"),
        new Row("timekit", "missing required field", "POST", "/v2/events",
            TIMEKIT_EVENT.replace(", \"what\": \"Coffee\"", ""), TIMEKIT_AUTH, 422, "what"),
        new Row("timekit", "wrong type", "POST", "/v2/events",
            TIMEKIT_EVENT.replace("\"3f6b2c1e-8a4d-4e7b-9c2f-1d5a6e8b7c90\"", "42"), TIMEKIT_AUTH, 422, "calendar_id"),
        new Row("timekit", "unknown query parameter value", "GET",
            "/v2/events?start=yesterday&end=2025-05-26T00:00:00Z", null, TIMEKIT_AUTH, 422, "start"),
        new Row("timekit", "no auth header", "DELETE", "/v2/events/8c1d4e7a-2b5f-4a9c-b3d6-0e7f1a2b3c4d", null,
            Map.of(), 401, "Authorization"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRequests")
  void invalidRequest_getsTheVendorsAnswerAndAViolationNamingTheField(Row row) {
    ApiStub<?> stub = stub(row.api());

    HttpResponse<String> answer = RawHttp.send(stub.baseUrl(), row.method(), row.target(), row.body(), row.headers());

    assertThat(answer.statusCode()).isEqualTo(row.status());
    assertThat(stub.violations()).singleElement().satisfies(violation -> {
      assertThat(violation.api()).isEqualTo(row.api());
      assertThat(violation.problems()).anySatisfy(problem -> assertThat(problem).startsWith(row.field() + ":"));
    });
    JsonNode body = Json.parse(answer.body()).orElseThrow();
    if (row.status() == 401) {
      assertThat(authenticationCode(row.api(), body)).isNotBlank();
    } else {
      assertThat(namedFields(row.api(), body)).anySatisfy(named -> assertThat(named).contains(row.field()));
    }
    // This test broke the spec on purpose; the stub must not fail it for that.
    stub.reset();
  }

  @Test
  void unknownPath_getsTheVendors404AndAViolation() {
    HttpResponse<String> answer = RawHttp.send(perscom.baseUrl(), "GET", "/v2/evnts", null, PERSCOM_AUTH);

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(Json.parse(answer.body()).orElseThrow().at("/error/type").asText()).isEqualTo("NotFoundHttpException");
    assertThat(perscom.violations()).singleElement().satisfies(v -> assertThat(v.operation()).isNull());
    perscom.reset();
  }

  @Test
  void validRequests_passWithoutViolations() {
    assertThat(RawHttp.send(perscom.baseUrl(), "POST", "/v2/events?include=author,calendar", PERSCOM_EVENT,
        PERSCOM_AUTH).statusCode()).isEqualTo(201);
    assertThat(RawHttp.send(unipile.baseUrl(), "POST", "/api/v1/calendars/primary/events?account_id=acc-1",
        UNIPILE_EVENT, UNIPILE_AUTH).statusCode()).isEqualTo(201);
    assertThat(RawHttp.send(timekit.baseUrl(), "GET",
        "/v2/events?start=2025-05-19T00:00:00%2B02:00&end=2025-05-26T00:00:00%2B02:00", null, TIMEKIT_AUTH)
        .statusCode()).isEqualTo(200);

    assertThat(perscom.violations()).isEmpty();
    assertThat(unipile.violations()).isEmpty();
    assertThat(timekit.violations()).isEmpty();
  }

  @Test
  void strictStub_failsTheTestThatSentAnInvalidRequest_listingWhatIsWrong() {
    Events tests = run(SentWithoutName.class);

    tests.assertStatistics(stats -> stats.started(1).failed(1));
    assertThat(tests.failed().stream().findFirst().orElseThrow()
            .getPayload(TestExecutionResult.class).orElseThrow()
            .getThrowable().orElseThrow().getMessage())
        .contains("specs/perscom/openapi.yaml does not allow", "POST /v2/events (createEvent)",
            "name: required, but missing");
  }

  @Test
  void strictStub_passesATestWhoseRequestsAreValid() {
    run(SentAValidEvent.class).assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void reportOnlyStub_answersAnInvalidRequestAsValidAndPassesTheTest() {
    run(SentWithoutNameToAReportOnlyStub.class).assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void strictStub_failsTheTestAfterABeforeAllThatSentAnInvalidRequest() {
    run(SentWithoutNameBeforeAll.class).assertStatistics(stats -> stats.started(1).failed(1));
  }

  @Test
  void stubOnAnInstanceField_startsForEachTestAndStopsAfterIt() {
    run(InstanceFieldStub.class).assertStatistics(stats -> stats.started(2).succeeded(2));
  }

  private static Events run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
  }

  private static ApiStub<?> stub(String api) {
    return switch (api) {
      case "perscom" -> perscom;
      case "unipile" -> unipile;
      default -> timekit;
    };
  }

  /** The code a 401 body carries: PERSCOM {@code error.type}, Unipile {@code type}, Timekit {@code error}. */
  private static String authenticationCode(String api, JsonNode body) {
    return switch (api) {
      case "perscom" -> body.at("/error/type").asText();
      case "unipile" -> body.at("/type").asText();
      default -> body.at("/error").asText();
    };
  }

  /** Where each vendor's validation answer names the fields: PERSCOM and Timekit by key, Unipile in prose. */
  private static List<String> namedFields(String api, JsonNode body) {
    return switch (api) {
      case "perscom" -> fieldNames(body.at("/error/errors"));
      case "unipile" -> {
        assertThat(body.at("/type").asText()).isEqualTo("errors/invalid_parameters");
        yield List.of(body.at("/detail").asText());
      }
      default -> fieldNames(body.at("/errors"));
    };
  }

  private static List<String> fieldNames(JsonNode errors) {
    List<String> names = new ArrayList<>();
    errors.fieldNames().forEachRemaining(names::add);
    return names;
  }

  // Test classes run by the tests above through JUnit's engine test kit, never on their own:
  // static nested classes are neither run with their outer class nor picked up by Surefire.

  static class SentWithoutName {
    @RegisterExtension static PerscomStub perscom = PerscomStub.create();

    @Test
    void createsAnEvent() {
      RawHttp.send(perscom.baseUrl(), "POST", "/v2/events", PERSCOM_EVENT.replace("\"name\": \"Briefing\", ", ""),
          PERSCOM_AUTH);
    }
  }

  static class SentWithoutNameBeforeAll {
    @RegisterExtension static PerscomStub perscom = PerscomStub.create();

    @BeforeAll
    static void createAnEvent() {
      RawHttp.send(perscom.baseUrl(), "POST", "/v2/events", PERSCOM_EVENT.replace("\"name\": \"Briefing\", ", ""),
          PERSCOM_AUTH);
    }

    @Test
    void doesNothingWrongItself() {}
  }

  static class SentAValidEvent {
    @RegisterExtension static PerscomStub perscom = PerscomStub.create();

    @Test
    void createsAnEvent() {
      RawHttp.send(perscom.baseUrl(), "POST", "/v2/events", PERSCOM_EVENT, PERSCOM_AUTH);
    }
  }

  static class SentWithoutNameToAReportOnlyStub {
    @RegisterExtension static PerscomStub perscom = PerscomStub.create().reportOnly();

    @Test
    void createsAnEvent() {
      HttpResponse<String> answer = RawHttp.send(perscom.baseUrl(), "POST", "/v2/events",
          PERSCOM_EVENT.replace("\"name\": \"Briefing\", ", ""), PERSCOM_AUTH);
      assertThat(answer.statusCode()).isEqualTo(201);
      assertThat(perscom.violations()).hasSize(1);
    }
  }

  static class InstanceFieldStub {
    @RegisterExtension PerscomStub perscom = PerscomStub.create();

    @Test
    void first() {
      assertThat(perscom.isRunning()).isTrue();
      perscom.client().events().getEvent(12L, List.of());
      assertThat(perscom.requests()).hasSize(1);
    }

    @Test
    void second() {
      assertThat(perscom.isRunning()).isTrue();
      assertThat(perscom.requests()).isEmpty();
    }
  }
}
