package org.eventapis.drift;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eventapis.perscom.PerscomClient;
import org.eventapis.perscom.generated.model.EventCreateRequest;
import org.eventapis.perscom.generated.model.EventUpdateRequest;

/** PERSCOM: calendars and events, read; one event created, updated and deleted in the sandbox. */
final class PerscomDrift extends ApiDrift {

  static final String KEY = "PERSCOM_API_KEY";
  static final String ID = "PERSCOM_ID";
  static final String BASE_URL = "PERSCOM_BASE_URL";
  static final String SANDBOX = "PERSCOM_SANDBOX_CALENDAR_ID";

  private PerscomClient client;

  PerscomDrift() {
    super(PerscomClient.API, KEY, SANDBOX);
  }

  @Override
  void open(Map<String, String> env, feign.Client transport) {
    try {
      PerscomClient.Builder builder =
          PerscomClient.builder()
              .apiKey(required(env, KEY, "the key"))
              .baseUrl(variable(env, BASE_URL).orElse(PerscomClient.DEFAULT_BASE_URL))
              .transport(transport);
      variable(env, ID).ifPresent(builder::perscomId);
      client = builder.build();
    } catch (IllegalStateException refused) {
      throw setting(KEY + ", " + ID + " or " + BASE_URL, refused);
    }
  }

  @Override
  String baseUrl() {
    return client.settings().baseUrl();
  }

  @Override
  void readOnly(Session session) {
    session.call("listCalendars", () -> client.calendars().listCalendars(5, null, List.of()));
    session.value("listCalendars", "/data/0/id").ifPresentOrElse(
        id -> session.call("getCalendar", () -> client.calendars().getCalendar(Long.parseLong(id), List.of())),
        () -> session.note("getCalendar not called: listCalendars returned no calendar"));
    session.call("listEvents", () -> client.events().listEvents(5, null, List.of()));
    session.value("listEvents", "/data/0/id").ifPresentOrElse(
        id -> session.call("getEvent", () -> client.events().getEvent(Long.parseLong(id), List.of())),
        () -> session.note("getEvent not called: listEvents returned no event"));
  }

  @Override
  Session.RoundTrip roundTrip(String sandboxCalendar, String title) {
    long calendar;
    try {
      calendar = Long.parseLong(sandboxCalendar);
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException(SANDBOX + " must be a PERSCOM calendar id, a whole number");
    }
    OffsetDateTime starts = Sandbox.start();
    return new Session.RoundTrip(
        title, "createEvent", "/data/id", "getEvent", "updateEvent", "deleteEvent") {
      @Override
      public void create() {
        client.events().createEvent(
            new EventCreateRequest().name(title).calendarId(calendar).allDay(false)
                .starts(starts).ends(starts.plusHours(1)),
            List.of());
      }

      @Override
      public void get(String id) {
        client.events().getEvent(Long.parseLong(id), List.of());
      }

      @Override
      public void update(String id) {
        client.events().updateEvent(
            Long.parseLong(id), new EventUpdateRequest().description(Sandbox.UPDATED_DESCRIPTION), List.of());
      }

      @Override
      public void delete(String id) {
        client.events().deleteEvent(Long.parseLong(id), List.of());
      }
    };
  }

  @Override
  public void close() {
    if (client != null) {
      client.close();
    }
  }
}
