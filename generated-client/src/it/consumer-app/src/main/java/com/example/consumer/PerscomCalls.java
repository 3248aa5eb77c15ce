package com.example.consumer;

import java.time.OffsetDateTime;
import java.util.List;
import org.eventapis.core.NotFoundException;
import org.eventapis.perscom.PerscomClient;
import org.eventapis.perscom.generated.model.Event;
import org.eventapis.perscom.generated.model.EventCreateRequest;
import org.eventapis.perscom.generated.model.EventIncludeOption;
import org.eventapis.perscom.generated.model.EventPage;
import org.eventapis.perscom.generated.model.NotificationInterval;

/** PERSCOM: create, list, and a read of an id that does not exist. Bodies from its spec. */
final class PerscomCalls {

  private static final String EVENT = """
      {
        "id": 12,
        "name": "Squadron briefing",
        "label": "Squadron briefing",
        "calendar_id": 4,
        "description": null,
        "content": null,
        "location": "Briefing room B",
        "url": "https://demo.perscom.io/app/events/12",
        "author_id": 1,
        "all_day": false,
        "starts": "2025-03-14T18:00:00Z",
        "ends": "2025-03-14T19:30:00Z",
        "repeats": false,
        "registration_enabled": true,
        "registration_deadline": null,
        "notifications_enabled": true,
        "notifications_interval": ["pt15m", "p1d"],
        "notifications_channels": ["discord_public", "mail"],
        "created_at": "2025-03-01T10:15:00Z",
        "updated_at": "2025-03-01T10:15:00Z"
      }""";

  private static final String CREATED = "{\"data\": " + EVENT + "}";

  private static final String PAGE = """
      {
        "data": [%s],
        "links": {
          "first": "https://api.perscom.io/v2/events?page=1",
          "last": "https://api.perscom.io/v2/events?page=3",
          "prev": "https://api.perscom.io/v2/events?page=1",
          "next": "https://api.perscom.io/v2/events?page=3"
        },
        "meta": {
          "current_page": 2,
          "from": 16,
          "last_page": 3,
          "path": "https://api.perscom.io/v2/events",
          "per_page": 15,
          "to": 16,
          "total": 31,
          "links": [
            {"url": "https://api.perscom.io/v2/events?page=1", "label": "&laquo; Previous", "active": false},
            {"url": "https://api.perscom.io/v2/events?page=2", "label": "2", "active": true}
          ]
        }
      }""".formatted(EVENT);

  private static final String NOT_FOUND = """
      {
        "error": {
          "message": "The requested resource could not be found.",
          "type": "NotFoundHttpException",
          "request_id": "8d1f3b5a-7c9e-4b2d-a6f8-0e2c4a6b8d1f",
          "trace_id": "4b6d8f0a-2c4e-4a6b-9d8f-1e3a5c7e9b0d"
        }
      }""";

  private PerscomCalls() {}

  static void run(CannedServer server) {
    PerscomClient perscom =
        PerscomClient.builder().baseUrl(server.url("/v2")).apiKey("perscom-key").build();

    server.answer("POST", "/v2/events", 201, CREATED);
    Event created = perscom.events().createEvent(
        new EventCreateRequest()
            .name("Squadron briefing")
            .calendarId(4L)
            .starts(OffsetDateTime.parse("2025-03-14T18:00:00Z"))
            .ends(OffsetDateTime.parse("2025-03-14T19:30:00Z")),
        List.of()).getData();
    CannedServer.Received sent = server.last();
    Expect.equal(sent.header("Authorization"), "Bearer perscom-key", "PERSCOM authorization");
    Expect.contains(sent.body(), "\"calendar_id\":4", "PERSCOM create body");
    Expect.contains(sent.body(), "\"starts\":\"2025-03-14T18:00:00Z\"", "PERSCOM create body");
    Expect.equal(created.getId(), 12L, "PERSCOM created id");
    Expect.equal(created.getStarts(), OffsetDateTime.parse("2025-03-14T18:00:00Z"),
        "PERSCOM created start");
    Expect.equal(created.getNotificationsInterval(),
        List.of(NotificationInterval.PT15M, NotificationInterval.P1D), "PERSCOM intervals");

    server.answer("GET", "/v2/events", 200, PAGE);
    EventPage page = perscom.events().listEvents(
        15, 2, List.of(EventIncludeOption.AUTHOR, EventIncludeOption.CALENDAR));
    Expect.contains(server.last().query(), "include=author,calendar", "PERSCOM list query");
    Expect.equal(page.getData().size(), 1, "PERSCOM page size");
    Expect.equal(page.getMeta().getCurrentPage(), 2, "PERSCOM current page");

    server.answer("GET", "/v2/events/99", 404, NOT_FOUND);
    NotFoundException missing = Expect.thrown(NotFoundException.class,
        () -> perscom.events().getEvent(99L, List.of()), "PERSCOM read of a missing event");
    Expect.equal(missing.errorCode().orElse(null), "NotFoundHttpException", "PERSCOM error type");
    Expect.equal(missing.requestId().orElse(null), "8d1f3b5a-7c9e-4b2d-a6f8-0e2c4a6b8d1f",
        "PERSCOM request id");
  }
}
