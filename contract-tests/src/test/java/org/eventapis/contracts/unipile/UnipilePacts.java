package org.eventapis.contracts.unipile;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import java.util.List;
import java.util.Map;
import org.eventapis.contracts.support.PactDsl;
import org.eventapis.contracts.support.PactRequest;
import org.eventapis.contracts.support.Participants;
import org.eventapis.contracts.support.SpecOperations;
import org.eventapis.contracts.support.SpecOperations.SpecOperation;
import org.eventapis.contracts.support.Specs;
import org.eventapis.unipile.UnipileClient;

/** What the Unipile Pact tests share: ids, credentials, client and error body. */
final class UnipilePacts {

  static final String BASE = Specs.basePath(Participants.UNIPILE);

  /** The operations of the spec, which the error table's rows are checked against. */
  static final List<SpecOperation> OPERATIONS =
      List.copyOf(SpecOperations.all(Specs.openApi(Participants.UNIPILE)));

  static final String ACCOUNT_ID = "kJ3w9TqXRrGm2bV0aLcE1Q";
  static final String CALENDAR_ID = "cal-1";
  static final String MISSING_CALENDAR_ID = "cal-404";
  static final String EVENT_ID = "r8t4k1m2n6p0q3s5v7w9x1y2z4";
  static final String MISSING_EVENT_ID = "z9y8x7w6v5u4t3s2r1q0p9o8n7";

  /** Unipile's account-scoped requests all name the account in the query. */
  static final String OF_ACCOUNT = "account_id=" + ACCOUNT_ID;

  static final String OWNS_CALENDAR = "account " + ACCOUNT_ID + " owns calendar " + CALENDAR_ID;
  static final Map<String, String> CALENDAR_OWNED =
      Map.of("accountId", ACCOUNT_ID, "calendarId", CALENDAR_ID);

  static final String HOLDS_PLANNING =
      "calendar " + CALENDAR_ID + " holds the weekly planning event " + EVENT_ID;
  static final Map<String, String> PLANNING_HELD =
      Map.of("accountId", ACCOUNT_ID, "calendarId", CALENDAR_ID, "eventId", EVENT_ID);

  /** Success interactions start here: UNIPILE.given(builder, state, params).get(...). */
  static final PactRequest.Api UNIPILE = new PactRequest.Api(BASE, UnipilePacts::authorized);

  private UnipilePacts() {}

  /** Every request carries the key in {@code X-API-KEY}; the pact keeps its shape only. */
  static PactDslRequestWithPath authorized(PactDslRequestWithPath request) {
    return request.matchHeader("X-API-KEY", "\\S+", PactDsl.TEST_API_KEY);
  }

  static UnipileClient client(MockServer server) {
    return PactDsl.pointedAt(UnipileClient.builder(), server, Participants.UNIPILE).build();
  }


  static String eventsPath(String calendarId) {
    return "/calendars/" + calendarId + "/events";
  }

  static String eventPath(String calendarId, String eventId) {
    return eventsPath(calendarId) + "/" + eventId;
  }

  /** Unipile's error body, with {@code type} as its error code; {@code status} repeats the HTTP status, as the API does. */
  static DslPart error(int status, String type, String title) {
    return newJsonBody(
            error -> {
              error.stringType("title", title);
              error.stringType("detail", "The request could not be completed.");
              error.stringType("instance", "0c6f2b9e-4d1a-4e7b-9a3c-5f8e2d1b7a40");
              error.stringValue("type", type);
              error.numberValue("status", status);
            })
        .build();
  }
}
