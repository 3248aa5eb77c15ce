package org.eventapis.contracts.perscom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventapis.contracts.perscom.PerscomPacts.BRIEFING_JSON;
import static org.eventapis.contracts.perscom.PerscomPacts.briefing;
import static org.eventapis.contracts.perscom.PerscomPacts.envelope;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eventapis.contracts.support.ErrorCase;
import org.eventapis.contracts.support.Participants;
import org.eventapis.core.AuthenticationException;
import org.eventapis.core.EventApiException;
import org.eventapis.core.NotFoundException;
import org.eventapis.core.PermissionException;
import org.eventapis.core.RateLimitedException;
import org.eventapis.core.ValidationException;
import org.eventapis.perscom.PerscomClient;
import org.eventapis.perscom.generated.model.BatchDeleteRequest;
import org.eventapis.perscom.generated.model.CalendarBatchCreateRequest;
import org.eventapis.perscom.generated.model.CalendarBatchUpdateRequest;
import org.eventapis.perscom.generated.model.CalendarCreateRequest;
import org.eventapis.perscom.generated.model.CalendarSearchRequest;
import org.eventapis.perscom.generated.model.CalendarUpdateRequest;
import org.eventapis.perscom.generated.model.EventBatchCreateRequest;
import org.eventapis.perscom.generated.model.EventBatchUpdateRequest;
import org.eventapis.perscom.generated.model.EventCreateRequest;
import org.eventapis.perscom.generated.model.EventSearchRequest;
import org.eventapis.perscom.generated.model.EventUpdateRequest;
import org.eventapis.perscom.generated.model.SearchFilter;
import org.eventapis.perscom.generated.model.SearchFilterOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How PERSCOM fails, and what the client makes of it: one row per error answer. PERSCOM answers
 * every error with its envelope; {@code error.type} becomes the exception's error code.
 */
class PerscomErrorsPactTest {

  static List<ErrorCase<PerscomClient>> errors() {
    return List.of(
        // Events
        on("createEvent")
            .given("calendar 99 does not exist", Map.of("calendarId", 99))
            .post("a request to create an event in a calendar that does not exist", "/events")
            .body("""
                {"name": "Orphan event", "calendar_id": 99, "all_day": true,
                 "starts": "2025-03-20T00:00:00Z", "ends": null}""")
            .calling(perscom -> perscom.events().createEvent(orphanEvent(), List.of()))
            .answers(422, envelope("ValidationException", "calendar_id"))
            .throwing(ValidationException.class, "ValidationException").naming("calendar_id"),
        on("createEvent")
            .given("the API key is revoked")
            .post("a request to create an event with a revoked API key", "/events")
            .body(BRIEFING_JSON)
            .calling(perscom -> perscom.events().createEvent(briefing(), List.of()))
            .answers(401, envelope("AuthenticationException"))
            .throwing(AuthenticationException.class, "AuthenticationException"),
        on("batchCreateEvents")
            .given("calendar 4 exists", Map.of("calendarId", 4))
            .post("a batch create whose second event has no name", "/events/batch")
            .body("""
                {"resources": [%s,
                  {"name": "", "calendar_id": 4, "all_day": true,
                   "starts": "2025-03-15T00:00:00Z", "ends": null}]}""".formatted(BRIEFING_JSON))
            .calling(perscom -> perscom.events().batchCreateEvents(
                new EventBatchCreateRequest().resources(List.of(briefing(), namelessEvent())),
                List.of()))
            .answers(422, envelope("ValidationException", "resources.1.name"))
            .throwing(ValidationException.class, "ValidationException").naming("resources.1.name"),
        on("batchUpdateEvents")
            .given("the API key lacks the update:event scope")
            .patch("a batch update with a key that may not update events", "/events/batch")
            .body("""
                {"resources": {"12": {"name": "Renamed"}}}""")
            .calling(perscom -> perscom.events().batchUpdateEvents(
                new EventBatchUpdateRequest()
                    .resources(Map.of("12", new EventUpdateRequest().name("Renamed"))),
                List.of()))
            .answers(403, envelope("AuthorizationException"))
            .throwing(PermissionException.class, "AuthorizationException"),
        on("batchUpdateEvents")
            .given("event 12 exists and calendar 99 does not")
            .patch("a batch update that moves event 12 to a calendar that does not exist",
                "/events/batch")
            .body("""
                {"resources": {"12": {"calendar_id": 99}}}""")
            .calling(perscom -> perscom.events().batchUpdateEvents(
                new EventBatchUpdateRequest()
                    .resources(Map.of("12", new EventUpdateRequest().calendarId(99L))),
                List.of()))
            .answers(422, envelope("ValidationException", "resources.12.calendar_id"))
            .throwing(ValidationException.class, "ValidationException")
            .naming("resources.12.calendar_id"),
        on("batchDeleteEvents")
            .given("the API key lacks the delete:event scope")
            .delete("a batch delete with a key that may not delete events", "/events/batch")
            .body("""
                {"resources": [12]}""")
            .calling(perscom -> perscom.events().batchDeleteEvents(
                new BatchDeleteRequest().resources(List.of(12L)), List.of()))
            .answers(403, envelope("AuthorizationException"))
            .throwing(PermissionException.class, "AuthorizationException"),
        on("batchDeleteEvents")
            .given("events exist")
            .delete("a batch delete that names no events", "/events/batch")
            .body("""
                {"resources": []}""")
            .calling(perscom -> perscom.events().batchDeleteEvents(
                new BatchDeleteRequest().resources(List.of()), List.of()))
            .answers(422, envelope("ValidationException", "resources"))
            .throwing(ValidationException.class, "ValidationException").naming("resources"),
        on("listEvents")
            .given("the caller has used up its requests for this minute")
            .get("a request for events beyond the rate limit", "/events")
            .calling(perscom -> perscom.events().listEvents(null, null, List.of()))
            .answers(429, envelope("ThrottleRequestsException"))
            .throwing(RateLimitedException.class, "ThrottleRequestsException"),
        on("searchEvents")
            .given("events exist")
            .post("a search that filters on a field events do not have", "/events/search")
            .body("""
                {"filters": [{"field": "colour", "operator": "=", "value": "red"}]}""")
            .calling(perscom -> perscom.events().searchEvents(
                new EventSearchRequest().filters(List.of(filter("colour", "red"))), null, null))
            .answers(422, envelope("ValidationException", "filters.0.field"))
            .throwing(ValidationException.class, "ValidationException").naming("filters.0.field"),
        on("getEvent")
            .given("event 404 does not exist", Map.of("id", 404))
            .get("a request for an event that does not exist", "/events/404")
            .calling(perscom -> perscom.events().getEvent(404L, List.of()))
            .answers(404, envelope("NotFoundHttpException"))
            .throwing(NotFoundException.class, "NotFoundHttpException"),
        on("updateEvent")
            .given("event 404 does not exist", Map.of("id", 404))
            .patch("a request to rename an event that does not exist", "/events/404")
            .body("""
                {"name": "Renamed"}""")
            .calling(perscom -> perscom.events().updateEvent(
                404L, new EventUpdateRequest().name("Renamed"), List.of()))
            .answers(404, envelope("NotFoundHttpException"))
            .throwing(NotFoundException.class, "NotFoundHttpException"),
        on("updateEvent")
            .given("event 12 exists and calendar 99 does not")
            .patch("a request to move event 12 to a calendar that does not exist", "/events/12")
            .body("""
                {"calendar_id": 99}""")
            .calling(perscom -> perscom.events().updateEvent(
                12L, new EventUpdateRequest().calendarId(99L), List.of()))
            .answers(422, envelope("ValidationException", "calendar_id"))
            .throwing(ValidationException.class, "ValidationException").naming("calendar_id"),
        on("replaceEvent")
            .given("event 404 does not exist", Map.of("id", 404))
            .put("a PUT to an event that does not exist", "/events/404")
            .body("""
                {"location": "Hangar 2"}""")
            .calling(perscom -> perscom.events().replaceEvent(
                404L, new EventUpdateRequest().location("Hangar 2"), List.of()))
            .answers(404, envelope("NotFoundHttpException"))
            .throwing(NotFoundException.class, "NotFoundHttpException"),
        on("replaceEvent")
            .given("event 12 exists")
            .put("a PUT that blanks event 12's name", "/events/12")
            .body("""
                {"name": ""}""")
            .calling(perscom -> perscom.events().replaceEvent(
                12L, new EventUpdateRequest().name(""), List.of()))
            .answers(422, envelope("ValidationException", "name"))
            .throwing(ValidationException.class, "ValidationException").naming("name"),
        on("deleteEvent")
            .given("event 404 does not exist", Map.of("id", 404))
            .delete("a request to delete an event that does not exist", "/events/404")
            .calling(perscom -> perscom.events().deleteEvent(404L, List.of()))
            .answers(404, envelope("NotFoundHttpException"))
            .throwing(NotFoundException.class, "NotFoundHttpException"),

        // Calendars
        on("listCalendars")
            .given("the organization's subscription does not cover API access")
            .get("a request for calendars from an organization without API access", "/calendars")
            .calling(perscom -> perscom.calendars().listCalendars(null, null, List.of()))
            .answers(402, envelope("SubscriptionRequiredException"))
            .throwing(PermissionException.class, "SubscriptionRequiredException"),
        on("createCalendar")
            .given("no calendar is named Operations", Map.of("name", "Operations"))
            .post("a request to create calendar Operations with a blank colour", "/calendars")
            .body("""
                {"name": "Operations", "color": ""}""")
            // The generated model always writes a required field, so an unset colour would go
            // out as "color": null, which the spec does not allow; blank is how it goes missing.
            .calling(perscom -> perscom.calendars().createCalendar(
                new CalendarCreateRequest().name("Operations").color(""), List.of()))
            .answers(422, envelope("ValidationException", "color"))
            .throwing(ValidationException.class, "ValidationException").naming("color"),
        on("batchCreateCalendars")
            .given("no calendar is named Training", Map.of("name", "Training"))
            .post("a batch create whose second calendar has a blank name", "/calendars/batch")
            .body("""
                {"resources": [{"name": "Training", "color": "#16a34a"},
                               {"name": "", "color": "#db2777"}]}""")
            .calling(perscom -> perscom.calendars().batchCreateCalendars(
                new CalendarBatchCreateRequest().resources(List.of(
                    new CalendarCreateRequest().name("Training").color("#16a34a"),
                    new CalendarCreateRequest().name("").color("#db2777"))),
                List.of()))
            .answers(422, envelope("ValidationException", "resources.1.name"))
            .throwing(ValidationException.class, "ValidationException").naming("resources.1.name"),
        on("batchUpdateCalendars")
            .given("the API key lacks the update:calendar scope", Map.of("scope", "update:calendar"))
            .patch("a batch update of calendar 4 with a key that may not update it",
                "/calendars/batch")
            .body("""
                {"resources": {"4": {"color": "#1d4ed8"}}}""")
            .calling(perscom -> perscom.calendars().batchUpdateCalendars(
                new CalendarBatchUpdateRequest()
                    .resources(Map.of("4", new CalendarUpdateRequest().color("#1d4ed8"))),
                List.of()))
            .answers(403, envelope("AuthorizationException"))
            .throwing(PermissionException.class, "AuthorizationException"),
        on("batchUpdateCalendars")
            .given("calendar 4 exists")
            .patch("a batch update that blanks calendar 4's name", "/calendars/batch")
            .body("""
                {"resources": {"4": {"name": ""}}}""")
            .calling(perscom -> perscom.calendars().batchUpdateCalendars(
                new CalendarBatchUpdateRequest()
                    .resources(Map.of("4", new CalendarUpdateRequest().name(""))),
                List.of()))
            .answers(422, envelope("ValidationException", "resources.4.name"))
            .throwing(ValidationException.class, "ValidationException").naming("resources.4.name"),
        on("batchDeleteCalendars")
            .given("the API key has used its 1000 requests for this minute", Map.of("limit", 1000))
            .delete("a batch delete of calendars 4 and 5 once the rate limit is reached",
                "/calendars/batch")
            .body("""
                {"resources": [4, 5]}""")
            .calling(perscom -> perscom.calendars().batchDeleteCalendars(
                new BatchDeleteRequest().resources(List.of(4L, 5L)), List.of()))
            .answers(429, envelope("ThrottleRequestsException"))
            .throwing(RateLimitedException.class, "ThrottleRequestsException"),
        on("batchDeleteCalendars")
            .given("calendars exist")
            .delete("a batch delete that names no calendars", "/calendars/batch")
            .body("""
                {"resources": []}""")
            .calling(perscom -> perscom.calendars().batchDeleteCalendars(
                new BatchDeleteRequest().resources(List.of()), List.of()))
            .answers(422, envelope("ValidationException", "resources"))
            .throwing(ValidationException.class, "ValidationException").naming("resources"),
        on("searchCalendars")
            .given("calendars have no field named colour", Map.of("field", "colour"))
            .post("a search that filters calendars on a field named colour", "/calendars/search")
            .body("""
                {"filters": [{"field": "colour", "operator": "=", "value": "#2563eb"}]}""")
            .calling(perscom -> perscom.calendars().searchCalendars(
                new CalendarSearchRequest().filters(List.of(filter("colour", "#2563eb"))),
                null,
                null))
            .answers(422, envelope("ValidationException", "filters.0.field"))
            .throwing(ValidationException.class, "ValidationException").naming("filters.0.field"),
        on("getCalendar")
            .given("calendar 99 does not exist", Map.of("id", 99))
            .get("a request for calendar 99, which does not exist", "/calendars/99")
            .calling(perscom -> perscom.calendars().getCalendar(99L, List.of()))
            .answers(404, envelope("NotFoundHttpException"))
            .throwing(NotFoundException.class, "NotFoundHttpException"),
        on("updateCalendar")
            .given("calendar 99 does not exist", Map.of("id", 99))
            .patch("a request to recolour calendar 99, which does not exist", "/calendars/99")
            .body("""
                {"color": "#1d4ed8"}""")
            .calling(perscom -> perscom.calendars().updateCalendar(
                99L, new CalendarUpdateRequest().color("#1d4ed8"), List.of()))
            .answers(404, envelope("NotFoundHttpException"))
            .throwing(NotFoundException.class, "NotFoundHttpException"),
        on("updateCalendar")
            .given("calendar 4 exists")
            .patch("a request that blanks calendar 4's name", "/calendars/4")
            .body("""
                {"name": ""}""")
            .calling(perscom -> perscom.calendars().updateCalendar(
                4L, new CalendarUpdateRequest().name(""), List.of()))
            .answers(422, envelope("ValidationException", "name"))
            .throwing(ValidationException.class, "ValidationException").naming("name"),
        on("replaceCalendar")
            .given("calendar 99 does not exist", Map.of("id", 99))
            .put("a request to put a new name on calendar 99, which does not exist",
                "/calendars/99")
            .body("""
                {"name": "Operations (2025)"}""")
            .calling(perscom -> perscom.calendars().replaceCalendar(
                99L, new CalendarUpdateRequest().name("Operations (2025)"), List.of()))
            .answers(404, envelope("NotFoundHttpException"))
            .throwing(NotFoundException.class, "NotFoundHttpException"),
        on("replaceCalendar")
            .given("calendar 4 exists")
            .put("a PUT that blanks calendar 4's colour", "/calendars/4")
            .body("""
                {"color": ""}""")
            .calling(perscom -> perscom.calendars().replaceCalendar(
                4L, new CalendarUpdateRequest().color(""), List.of()))
            .answers(422, envelope("ValidationException", "color"))
            .throwing(ValidationException.class, "ValidationException").naming("color"),
        on("deleteCalendar")
            .given("calendar 99 does not exist", Map.of("id", 99))
            .delete("a request to delete calendar 99, which does not exist", "/calendars/99")
            .calling(perscom -> perscom.calendars().deleteCalendar(99L, List.of()))
            .answers(404, envelope("NotFoundHttpException"))
            .throwing(NotFoundException.class, "NotFoundHttpException"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void errorAnswer_throwsTypedExceptionWithVendorCode(ErrorCase<PerscomClient> row) {
    EventApiException thrown =
        row.replay(
            Participants.PERSCOM,
            PerscomPacts.OPERATIONS,
            PerscomPacts::authorized,
            PerscomPacts::client);

    assertThat(thrown.requestId()).as("the envelope's request_id").isPresent();
  }

  private static ErrorCase<PerscomClient> on(String operation) {
    return ErrorCase.on(operation);
  }

  private static SearchFilter filter(String field, Object value) {
    return new SearchFilter().field(field).operator(SearchFilterOperator.EQUAL).value(value);
  }

  private static EventCreateRequest orphanEvent() {
    return new EventCreateRequest()
        .name("Orphan event")
        .calendarId(99L)
        .allDay(true)
        .starts(OffsetDateTime.parse("2025-03-20T00:00:00Z"))
        .ends(null);
  }

  private static EventCreateRequest namelessEvent() {
    return new EventCreateRequest()
        .name("")
        .calendarId(4L)
        .allDay(true)
        .starts(OffsetDateTime.parse("2025-03-15T00:00:00Z"))
        .ends(null);
  }
}
