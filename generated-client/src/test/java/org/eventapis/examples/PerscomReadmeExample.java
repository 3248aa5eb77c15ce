package org.eventapis.examples;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.eventapis.perscom.PerscomClient;
import org.eventapis.perscom.generated.api.EventsApi.ListEventsQueryParams;
import org.eventapis.perscom.generated.model.Event;
import org.eventapis.perscom.generated.model.EventCreateRequest;
import org.eventapis.perscom.generated.model.EventEnvelope;
import org.eventapis.perscom.generated.model.EventIncludeOption;
import org.eventapis.perscom.generated.model.EventPage;
import org.eventapis.perscom.generated.model.EventUpdateRequest;

/**
 * The perscom code shown in README.md, kept here so that it compiles with every build and cannot
 * drift from the generated API. It is not run: it would need the real service.
 */
final class PerscomReadmeExample {

  private PerscomReadmeExample() {}

  static void perscom(String apiKey) {
    // --- perscom ---
    PerscomClient perscom = PerscomClient.builder()
        .apiKey(apiKey)                      // base URL defaults to https://api.perscom.io/v2
        .readTimeout(Duration.ofSeconds(20))
        .build();

    EventEnvelope created = perscom.events().createEvent(
        new EventCreateRequest()
            .name("Squadron briefing")
            .calendarId(4L)
            .starts(OffsetDateTime.parse("2025-03-14T18:00:00Z"))
            .ends(OffsetDateTime.parse("2025-03-14T19:30:00Z")),
        List.of());                          // no include

    EventPage page = perscom.events().listEvents(
        15, 2, List.of(EventIncludeOption.AUTHOR, EventIncludeOption.CALENDAR));

    // Partial update: only description is sent, as {"description":null}
    perscom.events().updateEvent(
        created.getData().getId(), new EventUpdateRequest().description(null), List.of());

    // Every event, 100 to a page; the next page is fetched when the loop reaches it
    for (Event event : perscom.paging().listEvents(new ListEventsQueryParams().limit(100))) {
      System.out.println(event.getName() + " " + event.getStarts());
    }
    // --- end perscom ---
  }
}
