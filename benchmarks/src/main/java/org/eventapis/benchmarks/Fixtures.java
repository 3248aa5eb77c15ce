package org.eventapis.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eventapis.perscom.generated.model.EventCreateRequest;
import org.eventapis.perscom.generated.model.NotificationInterval;
import org.eventapis.unipile.EventTime;
import org.eventapis.unipile.generated.model.AttendeeRequest;
import org.eventapis.unipile.generated.model.CalendarEventCreateRequest;

/** Request objects for both clients, and the canned answers the server gives, all spec-valid. */
final class Fixtures {

  static final OffsetDateTime STARTS = OffsetDateTime.parse("2025-03-14T18:00:00Z");
  static final OffsetDateTime ENDS = OffsetDateTime.parse("2025-03-14T19:30:00Z");

  private Fixtures() {}

  static EventCreateRequest perscomEvent(int i) {
    return new EventCreateRequest()
        .name("Briefing " + i)
        .calendarId(4L)
        .location("Room " + i)
        .starts(STARTS.plusHours(i))
        .ends(ENDS.plusHours(i))
        .notificationsInterval(List.of(NotificationInterval.PT15M, NotificationInterval.P1D));
  }

  static Baseline.PerscomCreate perscomEventBaseline(int i) {
    return new Baseline.PerscomCreate(
        "Briefing " + i, 4L, "Room " + i, false, STARTS.plusHours(i), ENDS.plusHours(i),
        List.of("pt15m", "p1d"));
  }

  static String perscomStoredEvent(int i) {
    return """
        {"id": %d, "name": "Briefing %d", "label": "Briefing %d", "calendar_id": 4,
         "description": null, "location": "Room %d", "url": "https://demo.perscom.io/app/events/%d",
         "author_id": 1, "all_day": false, "starts": "%s", "ends": "%s", "repeats": false,
         "registration_enabled": true, "notifications_enabled": true,
         "notifications_interval": ["pt15m", "p1d"],
         "created_at": "2025-03-01T10:15:00Z", "updated_at": "2025-03-01T10:15:00Z"}"""
        .formatted(i + 1, i, i, i, i + 1, STARTS.plusHours(i), ENDS.plusHours(i));
  }

  static byte[] perscomEnvelope() {
    return ("{\"data\": " + perscomStoredEvent(0) + "}").getBytes(StandardCharsets.UTF_8);
  }

  static byte[] perscomBatchEnvelope(int size) {
    return IntStream.range(0, size)
        .mapToObj(Fixtures::perscomStoredEvent)
        .collect(Collectors.joining(",", "{\"data\": [", "]}"))
        .getBytes(StandardCharsets.UTF_8);
  }

  static List<EventCreateRequest> perscomBatch(int size) {
    List<EventCreateRequest> batch = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      batch.add(perscomEvent(i));
    }
    return batch;
  }

  static List<Baseline.PerscomCreate> perscomBatchBaseline(int size) {
    List<Baseline.PerscomCreate> batch = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      batch.add(perscomEventBaseline(i));
    }
    return batch;
  }

  static CalendarEventCreateRequest unipileEvent() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    return new CalendarEventCreateRequest()
        .title("Design review")
        .attendees(List.of(new AttendeeRequest().email("ana@example.com")))
        .start(EventTime.timed(STARTS, paris))
        .end(EventTime.timed(ENDS, paris));
  }

  static Baseline.UnipileCreate unipileEventBaseline() {
    return new Baseline.UnipileCreate(
        "Design review",
        List.of(new Baseline.UnipileAttendee("ana@example.com")),
        new Baseline.UnipileTime(STARTS, "Europe/Paris"),
        new Baseline.UnipileTime(ENDS, "Europe/Paris"));
  }

  static byte[] unipileCreated() {
    return "{\"object\": \"CalendarEventCreated\", \"event_id\": \"ev-1\"}".getBytes(StandardCharsets.UTF_8);
  }

  static final UUID TIMEKIT_CALENDAR = UUID.fromString("3f6b2c1e-8a4d-4e7b-9c2f-1d5a6e8b7c90");

  static org.eventapis.timekit.generated.model.EventCreateRequest timekitEvent() {
    return new org.eventapis.timekit.generated.model.EventCreateRequest()
        .calendarId(TIMEKIT_CALENDAR)
        .start(OffsetDateTime.parse("2025-05-21T13:00:00+02:00"))
        .end(OffsetDateTime.parse("2025-05-21T14:00:00+02:00"))
        .what("Coffee with Peter")
        .where("Corner cafe");
  }

  static Baseline.TimekitCreate timekitEventBaseline() {
    return new Baseline.TimekitCreate(
        TIMEKIT_CALENDAR.toString(),
        OffsetDateTime.parse("2025-05-21T13:00:00+02:00"),
        OffsetDateTime.parse("2025-05-21T14:00:00+02:00"),
        "Coffee with Peter", "Corner cafe");
  }

  static byte[] timekitEnvelope() {
    return """
        {"data": {"id": "8c1d4e7a-2b5f-4a9c-b3d6-0e7f1a2b3c4d",
          "calendar_id": "3f6b2c1e-8a4d-4e7b-9c2f-1d5a6e8b7c90",
          "start": "2025-05-21T13:00:00+02:00", "end": "2025-05-21T14:00:00+02:00",
          "what": "Coffee with Peter", "where": "Corner cafe", "my_rsvp": "accepted"}}"""
        .getBytes(StandardCharsets.UTF_8);
  }
}
