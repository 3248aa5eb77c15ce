package org.eventapis.drift;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eventapis.unipile.EventTime;
import org.eventapis.unipile.UnipileClient;
import org.eventapis.unipile.generated.api.CalendarEventsApi.ListCalendarEventsQueryParams;
import org.eventapis.unipile.generated.model.CalendarEventCreateRequest;
import org.eventapis.unipile.generated.model.CalendarEventUpdateRequest;

/**
 * Unipile: the account's calendars and the events of the first, read; one event created,
 * updated and deleted in the sandbox calendar.
 */
final class UnipileDrift extends ApiDrift {

  static final String KEY = "UNIPILE_API_KEY";
  static final String BASE_URL = "UNIPILE_BASE_URL";
  static final String ACCOUNT = "UNIPILE_ACCOUNT_ID";
  static final String SANDBOX = "UNIPILE_SANDBOX_CALENDAR_ID";

  private static final ZoneId UTC = ZoneId.of("UTC");

  private UnipileClient client;
  private String account;

  UnipileDrift() {
    super(UnipileClient.API, KEY, SANDBOX);
  }

  @Override
  void open(Map<String, String> env, feign.Client transport) {
    String key = required(env, KEY, "the key");
    String baseUrl = required(env, BASE_URL, "every Unipile account has its own DSN, e.g. https://api8.unipile.com:13851/api/v1");
    account = required(env, ACCOUNT, "every Unipile call names the connected account");
    try {
      client = UnipileClient.builder().apiKey(key).baseUrl(baseUrl).transport(transport).build();
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
    session.call("listCalendars", () -> client.calendars().listCalendars(account, null, 5));
    session.value("listCalendars", "/data/0/id").ifPresentOrElse(
        calendar -> {
          session.call("getCalendar", () -> client.calendars().getCalendar(calendar, account));
          session.call("listCalendarEvents", () -> client.calendarEvents().listCalendarEvents(
              calendar, new ListCalendarEventsQueryParams().accountId(account).limit(5)));
          session.value("listCalendarEvents", "/data/0/id").ifPresentOrElse(
              event -> session.call("getCalendarEvent",
                  () -> client.calendarEvents().getCalendarEvent(calendar, event, account)),
              () -> session.note("getCalendarEvent not called: listCalendarEvents returned no event"));
        },
        () -> session.note("getCalendar and listCalendarEvents not called: listCalendars returned no calendar"));
  }

  @Override
  Session.RoundTrip roundTrip(String calendar, String title) {
    OffsetDateTime start = Sandbox.start();
    return new Session.RoundTrip(
        title, "createCalendarEvent", "/event_id", "getCalendarEvent", "updateCalendarEvent", "deleteCalendarEvent") {
      @Override
      public void create() {
        client.calendarEvents().createCalendarEvent(calendar, account,
            new CalendarEventCreateRequest().title(title)
                .start(EventTime.timed(start, UTC))
                .end(EventTime.timed(start.plusHours(1), UTC))
                .attendees(List.of()));
      }

      @Override
      public void get(String id) {
        client.calendarEvents().getCalendarEvent(calendar, id, account);
      }

      @Override
      public void update(String id) {
        client.calendarEvents().updateCalendarEvent(calendar, id, account,
            new CalendarEventUpdateRequest().body(Sandbox.UPDATED_DESCRIPTION));
      }

      @Override
      public void delete(String id) {
        client.calendarEvents().deleteCalendarEvent(calendar, id, account);
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
