package org.eventapis.timekit;

import java.util.Map;
import java.util.function.Supplier;
import org.eventapis.core.AutoPaging;
import org.eventapis.timekit.generated.api.EventsApi;
import org.eventapis.timekit.generated.model.Event;
import org.eventapis.timekit.generated.model.EventList;

/**
 * Every event of a Timekit time window, as an iterable like the other clients' paging.
 *
 * <p>Timekit publishes no pagination for its event list: no page or cursor parameter and no
 * pagination keys in the answer (see {@code specs/README.md}). So this makes exactly one
 * request, for the whole window, and iterates its events; a caller with a long window narrows
 * it instead. It is here so that code written against the three clients reads the same, and so
 * that pagination, once known, arrives without a change to callers.
 */
public final class TimekitPaging {

  private final EventsApi events;

  TimekitPaging(EventsApi events) {
    this.events = events;
  }

  /** Every event between the query's required {@code start} and {@code end}. */
  public AutoPaging<Event> listEvents(EventsApi.ListEventsQueryParams query) {
    EventsApi.ListEventsQueryParams fixed = copy(query, EventsApi.ListEventsQueryParams::new);
    return AutoPaging.of(
        () -> events.listEvents(copy(fixed, EventsApi.ListEventsQueryParams::new)),
        onlyPage -> null,
        EventList::getData);
  }

  /** A fresh query map per request: the caller's map is never changed. */
  private static <M extends Map<String, Object>> M copy(Map<String, Object> query, Supplier<M> fresh) {
    M copy = fresh.get();
    if (query != null) {
      copy.putAll(query);
    }
    return copy;
  }
}
