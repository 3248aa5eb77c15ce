package org.eventapis.perscom;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.eventapis.core.AutoPaging;
import org.eventapis.perscom.generated.api.CalendarsApi;
import org.eventapis.perscom.generated.api.EventsApi;
import org.eventapis.perscom.generated.model.Calendar;
import org.eventapis.perscom.generated.model.CalendarPage;
import org.eventapis.perscom.generated.model.CalendarSearchRequest;
import org.eventapis.perscom.generated.model.Event;
import org.eventapis.perscom.generated.model.EventPage;
import org.eventapis.perscom.generated.model.EventSearchRequest;
import org.eventapis.perscom.generated.model.PageLinks;
import org.eventapis.perscom.generated.model.PageMeta;

/**
 * Every item of PERSCOM's lists and searches, fetched one numbered page at a time as the caller
 * iterates. The query object is the generated one of the same operation: its {@code limit} is
 * the page size and its {@code page}, if set, the page to start from. A page is the last when
 * its {@code meta.last_page} says so, when it has no {@code links.next}, or when it is empty.
 *
 * <pre>{@code
 * for (Event event : perscom.paging().listEvents(new ListEventsQueryParams().limit(100))) {
 *   ...
 * }
 * }</pre>
 */
public final class PerscomPaging {

  private final EventsApi events;
  private final CalendarsApi calendars;

  PerscomPaging(EventsApi events, CalendarsApi calendars) {
    this.events = events;
    this.calendars = calendars;
  }

  /** Every event, as {@link EventsApi#listEvents(EventsApi.ListEventsQueryParams)} lists them. */
  public AutoPaging<Event> listEvents(EventsApi.ListEventsQueryParams query) {
    EventsApi.ListEventsQueryParams fixed = copy(query, EventsApi.ListEventsQueryParams::new);
    return pages(
        number -> events.listEvents(copy(fixed, EventsApi.ListEventsQueryParams::new).page(number)),
        startPage(fixed),
        EventPage::getData,
        (number, page) -> isLast(number, page.getData(), page.getMeta(), page.getLinks()));
  }

  /** Every event that matches {@code search}, page by page. */
  public AutoPaging<Event> searchEvents(
      EventSearchRequest search, EventsApi.SearchEventsQueryParams query) {
    EventsApi.SearchEventsQueryParams fixed = copy(query, EventsApi.SearchEventsQueryParams::new);
    return pages(
        number ->
            events.searchEvents(
                search, copy(fixed, EventsApi.SearchEventsQueryParams::new).page(number)),
        startPage(fixed),
        EventPage::getData,
        (number, page) -> isLast(number, page.getData(), page.getMeta(), page.getLinks()));
  }

  /** Every calendar, page by page. */
  public AutoPaging<Calendar> listCalendars(CalendarsApi.ListCalendarsQueryParams query) {
    CalendarsApi.ListCalendarsQueryParams fixed =
        copy(query, CalendarsApi.ListCalendarsQueryParams::new);
    return pages(
        number ->
            calendars.listCalendars(
                copy(fixed, CalendarsApi.ListCalendarsQueryParams::new).page(number)),
        startPage(fixed),
        CalendarPage::getData,
        (number, page) -> isLast(number, page.getData(), page.getMeta(), page.getLinks()));
  }

  /** Every calendar that matches {@code search}, page by page. */
  public AutoPaging<Calendar> searchCalendars(
      CalendarSearchRequest search, CalendarsApi.SearchCalendarsQueryParams query) {
    CalendarsApi.SearchCalendarsQueryParams fixed =
        copy(query, CalendarsApi.SearchCalendarsQueryParams::new);
    return pages(
        number ->
            calendars.searchCalendars(
                search, copy(fixed, CalendarsApi.SearchCalendarsQueryParams::new).page(number)),
        startPage(fixed),
        CalendarPage::getData,
        (number, page) -> isLast(number, page.getData(), page.getMeta(), page.getLinks()));
  }

  /** A fetched page and the number it was asked for, which is what the next request counts on. */
  private record Numbered<P>(int number, P page) {}

  private static <P, T> AutoPaging<T> pages(
      IntFunction<P> fetch,
      int start,
      Function<P, List<T>> items,
      BiPredicate<Integer, P> last) {
    return AutoPaging.of(
        () -> new Numbered<>(start, fetch.apply(start)),
        previous ->
            last.test(previous.number(), previous.page())
                ? null
                : new Numbered<>(previous.number() + 1, fetch.apply(previous.number() + 1)),
        numbered -> items.apply(numbered.page()));
  }

  /**
   * Whether no page follows page {@code number}: the server's page count says so, or it names
   * no next page. The count is compared with the number asked for rather than the one the page
   * claims, and an empty page ends the list too, so that a server that ignores {@code page}
   * cannot keep a caller fetching forever.
   */
  static boolean isLast(int number, List<?> data, PageMeta meta, PageLinks links) {
    if (data == null || data.isEmpty()) {
      return true;
    }
    if (meta != null && meta.getLastPage() != null) {
      return number >= meta.getLastPage();
    }
    return links == null || links.getNext() == null;
  }

  /** The page the caller asked to start from, 1 if none. */
  private static int startPage(Map<String, Object> query) {
    Object page = query.get("page");
    return page == null ? 1 : Integer.parseInt(page.toString());
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
