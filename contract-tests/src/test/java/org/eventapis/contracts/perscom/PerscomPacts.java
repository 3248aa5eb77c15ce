package org.eventapis.contracts.perscom;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.eventapis.contracts.support.PactDsl;
import org.eventapis.contracts.support.PactRequest;
import org.eventapis.contracts.support.Participants;
import org.eventapis.contracts.support.SpecOperations;
import org.eventapis.contracts.support.SpecOperations.SpecOperation;
import org.eventapis.contracts.support.Specs;
import org.eventapis.perscom.PerscomClient;
import org.eventapis.perscom.generated.model.EventCreateRequest;
import org.eventapis.perscom.generated.model.NotificationChannel;
import org.eventapis.perscom.generated.model.NotificationInterval;

/** What the PERSCOM Pact tests share: base path, credentials, client and error envelope. */
final class PerscomPacts {

  static final String BASE = Specs.basePath(Participants.PERSCOM);

  /** The operations of the spec, which the error table's rows are checked against. */
  static final List<SpecOperation> OPERATIONS =
      List.copyOf(SpecOperations.all(Specs.openApi(Participants.PERSCOM)));

  /** How PERSCOM writes times; values the server chooses are matched by this format. */
  static final String TIMESTAMP = "yyyy-MM-dd'T'HH:mm:ss'Z'";

  static final OffsetDateTime BRIEFING_STARTS = OffsetDateTime.parse("2025-03-14T18:00:00Z");
  static final OffsetDateTime BRIEFING_ENDS = OffsetDateTime.parse("2025-03-14T19:30:00Z");

  /** What {@link #briefing()} looks like on the wire: what it sets, and the required all_day. */
  static final String BRIEFING_JSON =
      """
      {"name": "Squadron briefing", "calendar_id": 4, "location": "Briefing room B",
       "all_day": false, "starts": "2025-03-14T18:00:00Z", "ends": "2025-03-14T19:30:00Z",
       "notifications_interval": ["pt15m", "p1d"],
       "notifications_channels": ["discord_public", "mail"]}""";

  /** Success interactions start here: PERSCOM.given(builder, state, params).get(...). */
  static final PactRequest.Api PERSCOM = new PactRequest.Api(BASE, PerscomPacts::authorized);

  private PerscomPacts() {}

  /** The event most tests create: a briefing in calendar 4. */
  static EventCreateRequest briefing() {
    return new EventCreateRequest()
        .name("Squadron briefing")
        .calendarId(4L)
        .starts(BRIEFING_STARTS)
        .ends(BRIEFING_ENDS)
        .location("Briefing room B")
        .notificationsInterval(List.of(NotificationInterval.PT15M, NotificationInterval.P1D))
        .notificationsChannels(
            List.of(NotificationChannel.DISCORD_PUBLIC, NotificationChannel.MAIL));
  }

  /** Every request carries the bearer key; the pact keeps its shape, not a real key. */
  static PactDslRequestWithPath authorized(PactDslRequestWithPath request) {
    return request.matchHeader("Authorization", "Bearer \\S+", "Bearer " + PactDsl.TEST_API_KEY);
  }

  static PerscomClient client(MockServer server) {
    return PactDsl.pointedAt(PerscomClient.builder(), server, Participants.PERSCOM).build();
  }


  /** PERSCOM's error envelope, with {@code type} as its error code. */
  static DslPart envelope(String type) {
    return envelope(type, null);
  }

  /** PERSCOM's error envelope naming {@code field} in {@code error.errors}. */
  static DslPart envelope(String type, String field) {
    Consumer<LambdaDslObject> error =
        e -> {
          e.stringType("message", "The request could not be completed.");
          e.stringValue("type", type);
          e.uuid("request_id");
          e.uuid("trace_id");
          if (field != null) {
            e.object(
                "errors",
                errors -> errors.array(field, messages -> messages.stringType("Invalid value.")));
          }
        };
    return newJsonBody(body -> body.object("error", error)).build();
  }
}
