package org.eventapis.contracts.timekit;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static java.nio.charset.StandardCharsets.UTF_8;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.eventapis.contracts.support.PactDsl;
import org.eventapis.contracts.support.PactRequest;
import org.eventapis.contracts.support.Participants;
import org.eventapis.contracts.support.SpecOperations;
import org.eventapis.contracts.support.SpecOperations.SpecOperation;
import org.eventapis.contracts.support.Specs;
import org.eventapis.timekit.TimekitClient;
import org.eventapis.timekit.generated.model.EventCreateRequest;

/** What the Timekit Pact tests share: ids, credentials, client, error bodies and one meeting. */
final class TimekitPacts {

  static final String BASE = Specs.basePath(Participants.TIMEKIT);

  /** The operations of the spec, which the error table's rows are checked against. */
  static final List<SpecOperation> OPERATIONS =
      List.copyOf(SpecOperations.all(Specs.openApi(Participants.TIMEKIT)));

  static final String MEETING_ID = "8c1d4e7a-2b5f-4a9c-b3d6-0e7f1a2b3c4d";
  static final String MISSING_EVENT_ID = "6a2f9e4b-7c1d-4b8e-a5f3-2d9c8b7a6e51";
  static final String CALENDAR_ID = "3f6b2c1e-8a4d-4e7b-9c2f-1d5a6e8b7c90";
  static final String MISSING_CALENDAR_ID = "0b9d7c5a-3e1f-4a2b-8c6d-5f4e3d2c1b0a";

  /** RFC 3339 with seconds and an offset, as the spec requires in both directions. */
  static final String RFC_3339 =
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([+-]\\d{2}:\\d{2}|Z)";

  /** Timekit's documented rule: Basic with an empty user name and the key as the password. */
  static final String EMPTY_USER_NAME_CREDENTIALS =
      "Basic " + Base64.getEncoder().encodeToString((":" + PactDsl.TEST_API_KEY).getBytes(UTF_8));

  static final OffsetDateTime MEETING_STARTS = OffsetDateTime.parse("2025-05-20T09:00:00+02:00");
  static final OffsetDateTime MEETING_ENDS = OffsetDateTime.parse("2025-05-20T10:00:00+02:00");

  /** What {@link #strategyMeeting()} looks like on the wire. */
  static final String STRATEGY_MEETING_JSON =
      """
      {"calendar_id": "%s", "start": "2025-05-20T09:00:00+02:00",
       "end": "2025-05-20T10:00:00+02:00", "what": "Strategy meeting",
       "where": "Room 4, second floor", "description": "Quarterly planning with the sales team.",
       "invite": true, "participants": ["customer@example.com"], "sync_provider": true}"""
          .formatted(CALENDAR_ID);

  /** Success interactions start here: TIMEKIT.given(builder, state, params).get(...). */
  static final PactRequest.Api TIMEKIT = new PactRequest.Api(BASE, TimekitPacts::authorized);

  private TimekitPacts() {}

  /** Every request carries Basic credentials; the pact keeps their shape, not a real key. */
  static PactDslRequestWithPath authorized(PactDslRequestWithPath request) {
    return request.matchHeader("Authorization", "Basic [A-Za-z0-9+/]+=*", EMPTY_USER_NAME_CREDENTIALS);
  }

  static TimekitClient client(MockServer server) {
    return PactDsl.pointedAt(TimekitClient.builder(), server, Participants.TIMEKIT).build();
  }


  /** An event with every field set. */
  static EventCreateRequest strategyMeeting() {
    return new EventCreateRequest()
        .calendarId(UUID.fromString(CALENDAR_ID))
        .start(MEETING_STARTS)
        .end(MEETING_ENDS)
        .what("Strategy meeting")
        .where("Room 4, second floor")
        .description("Quarterly planning with the sales team.")
        .invite(true)
        .participants(List.of("customer@example.com"))
        .syncProvider(true);
  }

  /** Timekit's answer when a record is missing; {@code model} names the kind of record. */
  static DslPart notFound(String model) {
    return newJsonBody(
            body -> {
              body.stringType("error", "Resource does not exist");
              body.stringValue("model", model);
            })
        .build();
  }

  /** Timekit's 422: messages by field. */
  static DslPart invalid(String field, String message) {
    return newJsonBody(
            body ->
                body.object(
                    "errors",
                    errors -> errors.eachLike(field, PactDslJsonRootValue.stringType(message))))
        .build();
  }

  /** Timekit's loose error body, a message only. */
  static DslPart error(String message) {
    return newJsonBody(body -> body.stringType("error", message)).build();
  }
}
