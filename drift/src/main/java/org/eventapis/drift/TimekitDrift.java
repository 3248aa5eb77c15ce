package org.eventapis.drift;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eventapis.timekit.TimekitClient;
import org.eventapis.timekit.generated.model.EventCreateRequest;
import org.eventapis.timekit.generated.model.EventUpdateRequest;

/** Timekit: the events of the coming weeks, read; one event created, updated and deleted in the sandbox. */
final class TimekitDrift extends ApiDrift {

  static final String KEY = "TIMEKIT_API_KEY";
  static final String BASE_URL = "TIMEKIT_BASE_URL";
  static final String SANDBOX = "TIMEKIT_SANDBOX_CALENDAR_ID";

  private TimekitClient client;

  TimekitDrift() {
    super(TimekitClient.API, KEY, SANDBOX);
  }

  @Override
  void open(Map<String, String> env, feign.Client transport) {
    try {
      client = TimekitClient.builder()
          .apiKey(required(env, KEY, "the key"))
          .baseUrl(variable(env, BASE_URL).orElse(TimekitClient.DEFAULT_BASE_URL))
          .transport(transport)
          .build();
    } catch (IllegalStateException refused) {
      throw setting(KEY + " or " + BASE_URL, refused);
    }
  }

  @Override
  String baseUrl() {
    return client.settings().baseUrl();
  }

  @Override
  void readOnly(Session session) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    session.call("listEvents", () -> client.events().listEvents(now.minusDays(30), now.plusDays(30), null, List.of()));
    session.value("listEvents", "/data/0/id").ifPresentOrElse(
        id -> session.call("getEvent", () -> client.events().getEvent(UUID.fromString(id), List.of())),
        () -> session.note("getEvent not called: listEvents returned no event in the 60 days around today"));
  }

  @Override
  Session.RoundTrip roundTrip(String sandboxCalendar, String title) {
    UUID calendar;
    try {
      calendar = UUID.fromString(sandboxCalendar);
    } catch (IllegalArgumentException notAUuid) {
      throw new IllegalArgumentException(SANDBOX + " must be a Timekit calendar id, a UUID");
    }
    OffsetDateTime start = Sandbox.start();
    return new Session.RoundTrip(
        title, "createEvent", "/data/id", "getEvent", "updateEvent", "deleteEvent") {
      @Override
      public void create() {
        client.events().createEvent(
            new EventCreateRequest().calendarId(calendar).start(start).end(start.plusHours(1))
                .what(title).where("Nowhere: a sandbox event"),
            List.of());
      }

      @Override
      public void get(String id) {
        client.events().getEvent(UUID.fromString(id), List.of());
      }

      @Override
      public void update(String id) {
        client.events().updateEvent(UUID.fromString(id), new EventUpdateRequest().where(Sandbox.UPDATED_DESCRIPTION));
      }

      @Override
      public void delete(String id) {
        client.events().deleteEvent(UUID.fromString(id));
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
