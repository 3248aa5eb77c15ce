package org.eventapis.faults;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eventapis.core.ClientBuilder;
import org.eventapis.core.LogLevel;
import org.eventapis.core.RetryPolicy;
import org.eventapis.perscom.PerscomClient;
import org.eventapis.perscom.generated.api.EventsApi;
import org.eventapis.perscom.generated.model.EventCreateRequest;
import org.eventapis.timekit.TimekitClient;
import org.eventapis.unipile.EventTime;
import org.eventapis.unipile.UnipileClient;
import org.eventapis.unipile.generated.model.AttendeeRequest;
import org.eventapis.unipile.generated.model.CalendarEventCreateRequest;

/**
 * One API as the fault suite sees it: a read (GET) and a write (POST) through the real client,
 * the paths they hit, bodies the API documents, and its error body for a status.
 */
record FaultTarget(
    String name,
    String readPath,
    String writePath,
    String readBody,
    String writeBody,
    List<Integer> documentedErrors,
    Function<Integer, String> errorBody,
    Function<Integer, String> errorCode,
    Function<ClientOptions, Calls> connect) {

  /** The key every client in the suite uses; no log line or message may contain it. */
  static final String API_KEY = "sk_live_FAULT_SUITE_SECRET_7f3a";

  /** What a test may vary about a client. */
  record ClientOptions(
      String baseUrl,
      RetryPolicy retryPolicy,
      Duration readTimeout,
      Duration callTimeout,
      LogLevel logLevel,
      long maxResponseBytes,
      feign.Client transport) {

    ClientOptions(String baseUrl, RetryPolicy retryPolicy, Duration readTimeout) {
      this(
          baseUrl,
          retryPolicy,
          readTimeout,
          ClientBuilder.DEFAULT_CALL_TIMEOUT,
          LogLevel.FULL,
          ClientBuilder.DEFAULT_MAX_RESPONSE_BYTES,
          null);
    }

    ClientOptions withLogLevel(LogLevel level) {
      return new ClientOptions(
          baseUrl, retryPolicy, readTimeout, callTimeout, level, maxResponseBytes, transport);
    }

    ClientOptions withCallTimeout(Duration timeout) {
      return new ClientOptions(
          baseUrl, retryPolicy, readTimeout, timeout, logLevel, maxResponseBytes, transport);
    }

    ClientOptions withTransport(feign.Client supplied) {
      return new ClientOptions(
          baseUrl, retryPolicy, readTimeout, callTimeout, logLevel, maxResponseBytes, supplied);
    }
  }

  /** The same target with every client sending through the given Feign client. */
  FaultTarget over(String transportName, feign.Client supplied) {
    return new FaultTarget(
        name + " over " + transportName,
        readPath,
        writePath,
        readBody,
        writeBody,
        documentedErrors,
        errorBody,
        errorCode,
        options -> connect.apply(options.withTransport(supplied)));
  }

  /** The API's name as its clients report it, without the log level a variant adds. */
  String api() {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  /** The same target with every client logging at the given level. */
  FaultTarget at(LogLevel level) {
    return new FaultTarget(
        name + " at " + level,
        readPath,
        writePath,
        readBody,
        writeBody,
        documentedErrors,
        errorBody,
        errorCode,
        options -> connect.apply(options.withLogLevel(level)));
  }

  /** The two calls the suite makes. */
  interface Calls {
    Object read();

    Object write();
  }

  @Override
  public String toString() {
    return name;
  }

  static List<FaultTarget> all() {
    return List.of(perscom(), unipile(), timekit());
  }

  static FaultTarget perscom() {
    String base = org.eventapis.perscom.generated.invoker.ApiClient.SERVER_PATH;
    return new FaultTarget(
        "perscom",
        base + "/events/12",
        base + "/events",
        """
        {"data": {"id": 12, "name": "Squadron briefing", "calendar_id": 4, "all_day": false,
          "starts": "2025-03-14T18:00:00Z", "ends": null, "repeats": false,
          "registration_enabled": true, "notifications_enabled": true,
          "url": "https://demo.perscom.io/app/events/12", "notifications_interval": ["pt15m"]}}
        """,
        null,
        List.of(400, 401, 402, 403, 404, 422, 429, 500, 503),
        status ->
            """
            {"error": {"message": "Failed.", "type": "Type%d",
              "request_id": "3f1c2a8e-51d4-4b7a-9c0e-6d2f1b7a9e10",
              "trace_id": "0b9e6c41-7d2a-4f3e-8a5b-1c4d9e2f7a63"}}
            """
                .formatted(status),
        status -> "Type" + status,
        options -> {
          EventsApi events =
              PerscomClient.builder()
                  .baseUrl(options.baseUrl() + base)
                  .apiKey(API_KEY)
                  .retryPolicy(options.retryPolicy())
                  .readTimeout(options.readTimeout())
                  .callTimeout(options.callTimeout())
                  .maxResponseBytes(options.maxResponseBytes())
                  .logLevel(options.logLevel())
                  .transport(options.transport())
                  .build()
                  .events();
          EventCreateRequest briefing =
              new EventCreateRequest()
                  .name("Squadron briefing")
                  .calendarId(4L)
                  .starts(OffsetDateTime.parse("2025-03-14T18:00:00Z"))
                  .ends(null);
          return new Calls() {
            @Override
            public Object read() {
              return events.getEvent(12L, List.of());
            }

            @Override
            public Object write() {
              return events.createEvent(briefing, List.of());
            }
          };
        });
  }

  static FaultTarget unipile() {
    String base = org.eventapis.unipile.generated.invoker.ApiClient.SERVER_PATH;
    return new FaultTarget(
        "unipile",
        base + "/calendars/cal-1/events/ev-1",
        base + "/calendars/cal-1/events",
        """
        {"object": "CalendarEvent", "id": "ev-1", "calendar_id": "cal-1",
          "created_at": "2025-05-20T08:00:00.000Z", "updated_at": "2025-05-20T08:00:00.000Z",
          "title": "Team offsite", "is_cancelled": false, "is_all_day": true,
          "is_attendees_list_hidden": false, "start": {"date": "2025-06-10"},
          "end": {"date": "2025-06-11"}, "organizer": {"email": "jane.doe@example.com"},
          "visibility": "public", "transparency": "opaque", "event_type": "default"}
        """,
        """
        {"object": "CalendarEventCreated", "event_id": "ev-1"}
        """,
        List.of(400, 401, 403, 404, 429, 500, 501, 503, 504),
        status ->
            """
            {"title": "Failed", "detail": "It failed.", "type": "errors/code_%d", "status": %d}
            """
                .formatted(status, status),
        status -> "errors/code_" + status,
        options -> {
          var events =
              UnipileClient.builder()
                  .baseUrl(options.baseUrl() + base)
                  .apiKey(API_KEY)
                  .retryPolicy(options.retryPolicy())
                  .readTimeout(options.readTimeout())
                  .callTimeout(options.callTimeout())
                  .maxResponseBytes(options.maxResponseBytes())
                  .logLevel(options.logLevel())
                  .transport(options.transport())
                  .build()
                  .calendarEvents();
          CalendarEventCreateRequest offsite =
              new CalendarEventCreateRequest()
                  .title("Team offsite")
                  .start(EventTime.allDay(LocalDate.parse("2025-06-10")))
                  .end(EventTime.allDay(LocalDate.parse("2025-06-11")))
                  .attendees(List.of(new AttendeeRequest().email("sam.lee@example.com")));
          return new Calls() {
            @Override
            public Object read() {
              return events.getCalendarEvent("cal-1", "ev-1", "acc-1");
            }

            @Override
            public Object write() {
              return events.createCalendarEvent("cal-1", "acc-1", offsite);
            }
          };
        });
  }

  static FaultTarget timekit() {
    UUID id = UUID.fromString("8c1d4e7a-2b5f-4a9c-b3d6-0e7f1a2b3c4d");
    String base = org.eventapis.timekit.generated.invoker.ApiClient.SERVER_PATH;
    return new FaultTarget(
        "timekit",
        base + "/events/" + id,
        base + "/events",
        """
        {"data": {"id": "8c1d4e7a-2b5f-4a9c-b3d6-0e7f1a2b3c4d",
          "start": "2025-05-20T09:00:00+02:00", "end": "2025-05-20T10:00:00+02:00",
          "what": "Coffee with Peter", "my_rsvp": "accepted"}}
        """,
        null,
        List.of(401, 403, 404, 422, 429),
        status ->
            status == 422
                ? "{\"errors\": {\"start\": [\"The start is not valid.\"]}}"
                : "{\"error\": \"Failed with %d\"}".formatted(status),
        status -> null,
        options -> {
          var events =
              TimekitClient.builder()
                  .baseUrl(options.baseUrl() + base)
                  .apiKey(API_KEY)
                  .retryPolicy(options.retryPolicy())
                  .readTimeout(options.readTimeout())
                  .callTimeout(options.callTimeout())
                  .maxResponseBytes(options.maxResponseBytes())
                  .logLevel(options.logLevel())
                  .transport(options.transport())
                  .timezone(ZoneId.of("Europe/Copenhagen"))
                  .build()
                  .events();
          var coffee =
              new org.eventapis.timekit.generated.model.EventCreateRequest()
                  .calendarId(UUID.fromString("3f6b2c1e-8a4d-4e7b-9c2f-1d5a6e8b7c90"))
                  .start(OffsetDateTime.parse("2025-05-21T13:00:00+02:00"))
                  .end(OffsetDateTime.parse("2025-05-21T14:00:00+02:00"))
                  .what("Coffee with Peter")
                  .where("Corner cafe");
          return new Calls() {
            @Override
            public Object read() {
              return events.getEvent(id, List.of());
            }

            @Override
            public Object write() {
              return events.createEvent(coffee, List.of());
            }
          };
        });
  }

  /** The body a successful write answers with (the read body where the API echoes the event). */
  String writeAnswer() {
    return writeBody != null ? writeBody : readBody;
  }

  static Map<String, FaultTarget> byName() {
    return Map.of("perscom", perscom(), "unipile", unipile(), "timekit", timekit());
  }
}
