package org.eventapis.examples;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eventapis.timekit.TimekitClient;
import org.eventapis.timekit.generated.api.EventsApi.ListEventsQueryParams;
import org.eventapis.timekit.generated.model.Event;
import org.eventapis.timekit.generated.model.EventList;
import org.eventapis.timekit.generated.model.EventUpdateRequest;

/**
 * The timekit code shown in README.md, kept here so that it compiles with every build and cannot
 * drift from the generated API. It is not run: it would need the real service.
 */
final class TimekitReadmeExample {

  private TimekitReadmeExample() {}

  static void timekit(String apiKey, UUID eventId) {
    // --- timekit ---
    TimekitClient timekit = TimekitClient.builder()
        .apiKey(apiKey)                      // Basic auth: empty user, key as password
        .build();

    EventList week = timekit.events().listEvents(
        OffsetDateTime.parse("2025-05-19T00:00:00+02:00"),
        OffsetDateTime.parse("2025-05-26T00:00:00+02:00"),
        null, List.of("attendees", "calendar"));

    timekit.events().updateEvent(eventId, new EventUpdateRequest().where("Room 5"));  // PUT

    // The same window as an iterable; one request, since Timekit publishes no pagination
    for (Event event : timekit.paging().listEvents(new ListEventsQueryParams()
        .start(OffsetDateTime.parse("2025-05-19T00:00:00+02:00"))
        .end(OffsetDateTime.parse("2025-05-26T00:00:00+02:00")))) {
      System.out.println(event.getWhat());
    }
    // --- end timekit ---
  }
}
