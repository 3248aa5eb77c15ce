package com.example.consumer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eventapis.core.ValidationException;
import org.eventapis.timekit.TimekitClient;
import org.eventapis.timekit.generated.model.Event;
import org.eventapis.timekit.generated.model.EventCreateRequest;
import org.eventapis.timekit.generated.model.EventList;
import org.eventapis.timekit.generated.model.Rsvp;

/** Timekit: create, list, and a create the server rejects. Bodies from its spec. */
final class TimekitCalls {

  private static final UUID CALENDAR = UUID.fromString("3f6b2c1e-8a4d-4e7b-9c2f-1d5a6e8b7c90");

  private static final String EVENT = """
      {
        "id": "8c1d4e7a-2b5f-4a9c-b3d6-0e7f1a2b3c4d",
        "calendar_id": "3f6b2c1e-8a4d-4e7b-9c2f-1d5a6e8b7c90",
        "start": "2025-05-20T09:00:00+02:00",
        "end": "2025-05-20T10:00:00+02:00",
        "what": "Strategy meeting",
        "where": "Room 4, second floor",
        "description": "Quarterly planning with the sales team.",
        "participants": ["customer@example.com"],
        "my_rsvp": "accepted",
        "all_day": false,
        "invite": true,
        "sync_provider": true,
        "created_at": "2025-05-12T08:30:00+00:00",
        "updated_at": "2025-05-12T08:30:00+00:00"
      }""";

  private static final String REJECTED = """
      {
        "errors": {
          "what": ["A title for the event must be given."],
          "end": ["The end must come after the start."]
        }
      }""";

  private TimekitCalls() {}

  static void run(CannedServer server) {
    TimekitClient timekit =
        TimekitClient.builder().baseUrl(server.url("/v2")).apiKey("timekit-key").build();

    server.answer("POST", "/v2/events", 201, "{\"data\": " + EVENT + "}");
    Event created = timekit.events().createEvent(meeting("Strategy meeting"), List.of()).getData();
    CannedServer.Received sent = server.last();
    // Basic auth with an empty user name: base64(":timekit-key").
    Expect.equal(sent.header("Authorization"), "Basic OnRpbWVraXQta2V5", "Timekit authorization");
    Expect.contains(sent.body(), "\"start\":\"2025-05-20T09:00:00+02:00\"", "Timekit create body");
    Expect.equal(created.getId(), UUID.fromString("8c1d4e7a-2b5f-4a9c-b3d6-0e7f1a2b3c4d"),
        "Timekit created id");
    Expect.equal(created.getMyRsvp(), Rsvp.ACCEPTED, "Timekit rsvp");
    Expect.equal(created.getStart(), OffsetDateTime.parse("2025-05-20T09:00:00+02:00"),
        "Timekit start with its offset kept");

    server.answer("GET", "/v2/events", 200, "{\"data\": [" + EVENT + "]}");
    EventList week = timekit.events().listEvents(
        OffsetDateTime.parse("2025-05-19T00:00:00+02:00"),
        OffsetDateTime.parse("2025-05-26T00:00:00+02:00"),
        null, List.of());
    Expect.contains(server.last().query(), "start=2025-05-19T00:00:00", "Timekit list query");
    Expect.equal(week.getData().size(), 1, "Timekit list size");
    Expect.equal(week.getData().get(0).getWhat(), "Strategy meeting", "Timekit listed title");

    server.answer("POST", "/v2/events", 422, REJECTED);
    ValidationException rejected = Expect.thrown(ValidationException.class,
        () -> timekit.events().createEvent(meeting(""), List.of()), "Timekit rejected create");
    Expect.equal(rejected.status(), 422, "Timekit rejection status");
    Expect.equal(rejected.fieldErrors().get("what"), List.of("A title for the event must be given."),
        "Timekit field errors");
  }

  private static EventCreateRequest meeting(String what) {
    return new EventCreateRequest()
        .calendarId(CALENDAR)
        .start(OffsetDateTime.parse("2025-05-20T09:00:00+02:00"))
        .end(OffsetDateTime.parse("2025-05-20T10:00:00+02:00"))
        .what(what)
        .where("Room 4, second floor");
  }
}
