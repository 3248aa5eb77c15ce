package org.eventapis.unipile;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eventapis.core.AutoPaging;
import org.eventapis.core.ResponseFormatException;
import org.eventapis.unipile.generated.api.CalendarEventsApi;
import org.eventapis.unipile.generated.api.CalendarsApi;
import org.eventapis.unipile.generated.model.Calendar;
import org.eventapis.unipile.generated.model.CalendarEvent;
import org.eventapis.unipile.generated.model.CalendarEventList;
import org.eventapis.unipile.generated.model.CalendarList;

/**
 * Every item of Unipile's lists, fetched one page at a time as the caller iterates: each page's
 * {@code next_cursor} is sent as the {@code cursor} of the next request, and a page without one
 * is the last. The query object is the generated one of the same operation, with its required
 * {@code accountId}; its {@code limit} is the page size and its {@code cursor}, if set, where to
 * start.
 *
 * <pre>{@code
 * unipile.paging()
 *     .listCalendarEvents("primary", new ListCalendarEventsQueryParams().accountId(account))
 *     .stream()
 *     .filter(event -> Boolean.TRUE.equals(event.getIsAllDay()))
 *     .forEach(...);
 * }</pre>
 */
public final class UnipilePaging {

  private final CalendarsApi calendars;
  private final CalendarEventsApi calendarEvents;

  UnipilePaging(CalendarsApi calendars, CalendarEventsApi calendarEvents) {
    this.calendars = calendars;
    this.calendarEvents = calendarEvents;
  }

  /** Every calendar of the account, as {@link CalendarsApi#listCalendars} lists them. */
  public AutoPaging<Calendar> listCalendars(CalendarsApi.ListCalendarsQueryParams query) {
    CalendarsApi.ListCalendarsQueryParams fixed = copy(query, CalendarsApi.ListCalendarsQueryParams::new);
    return pages(
        cursor -> {
          CalendarsApi.ListCalendarsQueryParams page = copy(fixed, CalendarsApi.ListCalendarsQueryParams::new);
          return calendars.listCalendars(cursor == null ? page : page.cursor(cursor));
        },
        CalendarList::getNextCursor,
        CalendarList::getData);
  }

  /** Every event of the calendar that the query's filters keep, page by page. */
  public AutoPaging<CalendarEvent> listCalendarEvents(
      String calendarId, CalendarEventsApi.ListCalendarEventsQueryParams query) {
    CalendarEventsApi.ListCalendarEventsQueryParams fixed =
        copy(query, CalendarEventsApi.ListCalendarEventsQueryParams::new);
    return pages(
        cursor -> {
          CalendarEventsApi.ListCalendarEventsQueryParams page =
              copy(fixed, CalendarEventsApi.ListCalendarEventsQueryParams::new);
          return calendarEvents.listCalendarEvents(
              calendarId, cursor == null ? page : page.cursor(cursor));
        },
        CalendarEventList::getNextCursor,
        CalendarEventList::getData);
  }

  /** A fetched page and the cursor that asked for it ({@code null} for the caller's start). */
  private record Cursored<P>(String cursor, P page) {}

  private static <P, T> AutoPaging<T> pages(
      Function<String, P> fetch, Function<P, String> nextCursor, Function<P, List<T>> items) {
    return AutoPaging.of(
        () -> new Cursored<>(null, fetch.apply(null)),
        previous -> {
          String next = nextCursor.apply(previous.page());
          if (next == null || next.isEmpty()) {
            return null;
          }
          if (next.equals(previous.cursor())) {
            // The same cursor again would ask for the same page forever.
            throw new ResponseFormatException(
                UnipileClient.API, 200, "unipile answered the cursor it was sent as next_cursor", "", null);
          }
          return new Cursored<>(next, fetch.apply(next));
        },
        cursored -> items.apply(cursored.page()));
  }

  /** A fresh query map per request: the caller's map is never changed, and no page sees another's. */
  private static <M extends Map<String, Object>> M copy(Map<String, Object> query, Supplier<M> fresh) {
    M copy = fresh.get();
    if (query != null) {
      copy.putAll(query);
    }
    return copy;
  }
}
