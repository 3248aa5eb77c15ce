package org.eventapis.contracts.perscom;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.eventapis.contracts.support.PactDsl.JSON;
import static org.eventapis.contracts.support.PactDsl.JSON_PATTERN;
import static org.eventapis.contracts.support.PactDsl.answers;
import static org.eventapis.contracts.support.PerscomPacts.authorized;
import static org.eventapis.contracts.support.PerscomPacts.errorEnvelope;
import static org.eventapis.contracts.support.PerscomPacts.rejectedBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eventapis.contracts.support.Clients;
import org.eventapis.contracts.support.Participants;
import org.eventapis.contracts.support.Specs;
import org.eventapis.core.NotFoundException;
import org.eventapis.core.PermissionException;
import org.eventapis.core.RateLimitedException;
import org.eventapis.core.ValidationException;
import org.eventapis.perscom.generated.api.CalendarsApi;
import org.eventapis.perscom.generated.model.BatchDeleteRequest;
import org.eventapis.perscom.generated.model.Calendar;
import org.eventapis.perscom.generated.model.CalendarBatchCreateRequest;
import org.eventapis.perscom.generated.model.CalendarBatchEnvelope;
import org.eventapis.perscom.generated.model.CalendarBatchUpdateRequest;
import org.eventapis.perscom.generated.model.CalendarCreateRequest;
import org.eventapis.perscom.generated.model.CalendarEnvelope;
import org.eventapis.perscom.generated.model.CalendarIncludeOption;
import org.eventapis.perscom.generated.model.CalendarPage;
import org.eventapis.perscom.generated.model.CalendarSearchRequest;
import org.eventapis.perscom.generated.model.CalendarUpdateRequest;
import org.eventapis.perscom.generated.model.SearchFilter;
import org.eventapis.perscom.generated.model.SearchFilterOperator;
import org.eventapis.perscom.generated.model.SearchSort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Participants.PERSCOM, pactVersion = PactSpecVersion.V4)
class PerscomCalendarsPactTest {

  private static final String BASE = Specs.basePath(Participants.PERSCOM);
  private static final String TIMESTAMP = "yyyy-MM-dd'T'HH:mm:ss'Z'";
  private static final Instant CREATED_AT = Instant.parse("2025-01-10T08:00:00Z");
  private static final Instant UPDATED_AT = Instant.parse("2025-02-02T12:30:00Z");

  private static final String OPERATIONS_DESCRIPTION = "<p>Briefings, drills and deployments.</p>";
  private static final String OPERATIONS_COLOR = "#2563eb";
  private static final String RECOLOUR = "#1d4ed8";

  @Pact(consumer = Participants.CONSUMER)
  V4Pact listCalendars(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("calendar 4 is the only calendar", Map.of("id", 4))
                    .uponReceiving("a request for page 1 of calendars, 15 a page, with events and tags")
                    .method("GET")
                    .path(BASE + "/calendars")
                    .query("limit=15&page=1&include=events,tags")),
        200,
        
            newJsonBody(
                    body -> {
                      // The spec's Calendar declares no events or tags keys, so the page cannot
                      // show them embedded without failing the spec check.
                      body.minArrayLike("data", 1, PerscomCalendarsPactTest::existingOperations);
                      onlyPageLinks(body);
                      onlyPageMeta(body);
                    })
                .build());
  }

  @Test
  @PactTestFor(pactMethod = "listCalendars")
  void listCalendars_firstPageWithEventsAndTags_returnsCalendarsWithLinksAndMeta(
      MockServer server) {
    CalendarPage page =
        calendars(server)
            .listCalendars(
                15, 1, List.of(CalendarIncludeOption.EVENTS, CalendarIncludeOption.TAGS));

    assertThat(page.getData()).hasSize(1);
    Calendar operations = page.getData().get(0);
    assertThat(operations.getId()).isEqualTo(4L);
    assertThat(operations.getName()).isEqualTo("Operations");
    assertThat(operations.getColor()).isEqualTo(OPERATIONS_COLOR);
    assertThat(page.getLinks().getFirst()).isEqualTo("https://api.perscom.io/v2/calendars?page=1");
    assertThat(page.getLinks().getPrev()).isNull();
    assertThat(page.getLinks().getNext()).isNull();
    assertThat(page.getMeta().getCurrentPage()).isEqualTo(1);
    assertThat(page.getMeta().getPerPage()).isEqualTo(15);
    assertThat(page.getMeta().getLastPage()).isEqualTo(1);
    assertThat(page.getMeta().getTotal()).isEqualTo(1);
    assertThat(page.getMeta().getFrom()).isEqualTo(1);
    assertThat(page.getMeta().getTo()).isEqualTo(1);
    assertThat(page.getMeta().getLinks())
        .extracting(link -> link.getActive())
        .containsExactly(false, true);
    assertThat(page.getMeta().getLinks().get(0).getUrl()).isNull();
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact listCalendarsWithoutSubscription(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("the organization's subscription does not cover API access")
                    .uponReceiving("a request for calendars from an organization without API access")
                    .method("GET")
                    .path(BASE + "/calendars")),
        402,
        errorEnvelope("SubscriptionRequiredException", null));
  }

  @Test
  @PactTestFor(pactMethod = "listCalendarsWithoutSubscription")
  void listCalendars_withoutSubscription_throwsPermissionException(MockServer server) {
    assertThatThrownBy(() -> calendars(server).listCalendars(null, null, List.of()))
        .isInstanceOfSatisfying(
            PermissionException.class,
            e -> {
              assertThat(e.status()).isEqualTo(402);
              assertThat(e.errorCode()).contains("SubscriptionRequiredException");
              assertThat(e.fieldErrors()).isEmpty();
              assertThat(e.requestId()).isPresent();
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact searchCalendars(PactDslWithProvider builder) {
    return authorized(
            builder
                .given("calendar 4 is named Operations", Map.of("id", 4, "name", "Operations"))
                .uponReceiving("a search for calendars whose name contains ops, newest first")
                .method("POST")
                .path(BASE + "/calendars/search")
                .query("limit=15&page=1"))
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body -> {
                      body.array(
                          "filters",
                          filters ->
                              filters.object(
                                  filter -> {
                                    filter.stringValue("field", "name");
                                    filter.stringValue("operator", "ilike");
                                    filter.stringValue("value", "%ops%");
                                    // The generated SearchFilter always carries its default join.
                                  }));
                      body.array(
                          "sort",
                          sorts ->
                              sorts.object(
                                  sort -> {
                                    sort.stringValue("field", "created_at");
                                    sort.stringValue("direction", "desc");
                                  }));
                    })
                .build())
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body -> {
                      body.minArrayLike("data", 1, PerscomCalendarsPactTest::existingOperations);
                      onlyPageLinks(body);
                      onlyPageMeta(body);
                    })
                .build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "searchCalendars")
  void searchCalendars_byNameNewestFirst_returnsPageOfMatches(MockServer server) {
    CalendarSearchRequest search =
        new CalendarSearchRequest()
            .filters(
                List.of(
                    new SearchFilter()
                        .field("name")
                        .operator(SearchFilterOperator.ILIKE)
                        .value("%ops%")))
            .sort(
                List.of(
                    new SearchSort().field("created_at").direction(SearchSort.DirectionEnum.DESC)));

    CalendarPage page = calendars(server).searchCalendars(search, 15, 1);

    assertThat(page.getData()).extracting(Calendar::getId).containsExactly(4L);
    assertThat(page.getData().get(0).getName()).isEqualTo("Operations");
    assertThat(page.getMeta().getCurrentPage()).isEqualTo(1);
    assertThat(page.getMeta().getPerPage()).isEqualTo(15);
    assertThat(page.getLinks().getNext()).isNull();
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact searchCalendarsOnUnknownField(PactDslWithProvider builder) {
    return authorized(
            builder
                .given("calendars have no field named colour", Map.of("field", "colour"))
                .uponReceiving("a search that filters calendars on a field named colour")
                .method("POST")
                .path(BASE + "/calendars/search"))
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body ->
                        body.array(
                            "filters",
                            filters ->
                                filters.object(
                                    filter -> {
                                      filter.stringValue("field", "colour");
                                      filter.stringValue("operator", "=");
                                      filter.stringValue("value", OPERATIONS_COLOR);
                                    })))
                .build())
        .willRespondWith()
        .status(422)
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(errorEnvelope("ValidationException", "filters.0.field"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "searchCalendarsOnUnknownField")
  void searchCalendars_onUnknownField_throwsValidationExceptionNamingTheFilter(MockServer server) {
    CalendarSearchRequest search =
        new CalendarSearchRequest()
            .filters(
                List.of(
                    new SearchFilter()
                        .field("colour")
                        .operator(SearchFilterOperator.EQUAL)
                        .value(OPERATIONS_COLOR)));

    assertThatThrownBy(() -> calendars(server).searchCalendars(search, null, null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.errorCode()).contains("ValidationException");
              assertThat(e.fieldErrors()).containsOnlyKeys("filters.0.field");
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact createCalendar(PactDslWithProvider builder) {
    return authorized(
            builder
                .given("no calendar is named Operations", Map.of("name", "Operations"))
                .uponReceiving("a request to create a calendar named Operations")
                .method("POST")
                .path(BASE + "/calendars"))
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body -> {
                      body.stringValue("name", "Operations");
                      body.stringValue("description", OPERATIONS_DESCRIPTION);
                      body.stringValue("color", OPERATIONS_COLOR);
                    })
                .build())
        .willRespondWith()
        .status(201)
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body ->
                        body.object(
                            "data",
                            calendar -> {
                              calendar.integerType("id", 4);
                              calendar.stringValue("name", "Operations");
                              calendar.stringType("label", "Operations");
                              calendar.stringValue("description", OPERATIONS_DESCRIPTION);
                              calendar.stringValue("color", OPERATIONS_COLOR);
                              timestamps(calendar);
                            }))
                .build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createCalendar")
  void createCalendar_withNameDescriptionAndColor_returnsStoredCalendar(MockServer server) {
    CalendarCreateRequest operations =
        new CalendarCreateRequest()
            .name("Operations")
            .description(OPERATIONS_DESCRIPTION)
            .color(OPERATIONS_COLOR);

    Calendar created = calendars(server).createCalendar(operations, List.of()).getData();

    assertThat(created.getId()).isPositive();
    assertThat(created.getName()).isEqualTo("Operations");
    assertThat(created.getDescription()).isEqualTo(OPERATIONS_DESCRIPTION);
    assertThat(created.getColor()).isEqualTo(OPERATIONS_COLOR);
    assertThat(created.getCreatedAt()).isNotNull();
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact createCalendarWithBlankColor(PactDslWithProvider builder) {
    return authorized(
            builder
                .given("no calendar is named Operations", Map.of("name", "Operations"))
                .uponReceiving("a request to create calendar Operations with a blank colour")
                .method("POST")
                .path(BASE + "/calendars"))
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body -> {
                      body.stringValue("name", "Operations");
                      body.stringValue("color", "");
                    })
                .build())
        .willRespondWith()
        .status(422)
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(errorEnvelope("ValidationException", "color"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createCalendarWithBlankColor")
  void createCalendar_withBlankColor_throwsValidationExceptionNamingColor(MockServer server) {
    // The generated model always writes a required field, so an unset colour would go out as
    // "color": null, which the spec does not allow; blank is the missing colour this client sends.
    CalendarCreateRequest colourless = new CalendarCreateRequest().name("Operations").color("");

    assertThatThrownBy(() -> calendars(server).createCalendar(colourless, List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.errorCode()).contains("ValidationException");
              assertThat(e.fieldErrors()).containsOnlyKeys("color");
              assertThat(e.requestId()).isPresent();
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact getCalendar(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("calendar 4 exists", Map.of("id", 4))
                    .uponReceiving("a request for calendar 4")
                    .method("GET")
                    .path(BASE + "/calendars/4")),
        200,
        
            newJsonBody(body -> body.object("data", PerscomCalendarsPactTest::existingOperations))
                .build());
  }

  @Test
  @PactTestFor(pactMethod = "getCalendar")
  void getCalendar_whenItExists_returnsIt(MockServer server) {
    Calendar calendar = calendars(server).getCalendar(4L, List.of()).getData();

    assertThat(calendar.getId()).isEqualTo(4L);
    assertThat(calendar.getName()).isEqualTo("Operations");
    assertThat(calendar.getLabel()).isEqualTo("Operations");
    assertThat(calendar.getDescription()).isEqualTo(OPERATIONS_DESCRIPTION);
    assertThat(calendar.getColor()).isEqualTo(OPERATIONS_COLOR);
    assertThat(calendar.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2025-01-10T08:00:00Z"));
    assertThat(calendar.getUpdatedAt()).isEqualTo(OffsetDateTime.parse("2025-02-02T12:30:00Z"));
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact getMissingCalendar(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("calendar 99 does not exist", Map.of("id", 99))
                    .uponReceiving("a request for calendar 99, which does not exist")
                    .method("GET")
                    .path(BASE + "/calendars/99")),
        404,
        errorEnvelope("NotFoundHttpException", null));
  }

  @Test
  @PactTestFor(pactMethod = "getMissingCalendar")
  void getCalendar_whenMissing_throwsNotFoundException(MockServer server) {
    assertThatThrownBy(() -> calendars(server).getCalendar(99L, List.of()))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.errorCode()).contains("NotFoundHttpException");
              assertThat(e.fieldErrors()).isEmpty();
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact recolourCalendar(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("calendar 4 exists", Map.of("id", 4))
                    .uponReceiving("a request to recolour calendar 4")
                    .method("PATCH")
                    .path(BASE + "/calendars/4"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(newJsonBody(body -> body.stringValue("color", RECOLOUR)).build()),
        200,
        
            newJsonBody(
                    body ->
                        body.object(
                            "data",
                            calendar -> {
                              calendar.numberValue("id", 4);
                              calendar.stringType("name", "Operations");
                              calendar.stringType("label", "Operations");
                              calendar.stringType("description", OPERATIONS_DESCRIPTION);
                              calendar.stringValue("color", RECOLOUR);
                              timestamps(calendar);
                            }))
                .build());
  }

  @Test
  @PactTestFor(pactMethod = "recolourCalendar")
  void updateCalendar_withOnlyColor_sendsOnlyColorAndReturnsRecolouredCalendar(
      MockServer server) {
    Calendar updated =
        calendars(server)
            .updateCalendar(4L, new CalendarUpdateRequest().color(RECOLOUR), List.of())
            .getData();

    assertThat(updated.getId()).isEqualTo(4L);
    assertThat(updated.getColor()).isEqualTo(RECOLOUR);
    assertThat(updated.getName()).isEqualTo("Operations");
    assertThat(updated.getDescription()).isEqualTo(OPERATIONS_DESCRIPTION);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact clearCalendarDescription(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("calendar 4 has a description", Map.of("id", 4))
                    .uponReceiving("a request to clear the description of calendar 4")
                    .method("PATCH")
                    .path(BASE + "/calendars/4"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(newJsonBody(body -> body.nullValue("description")).build()),
        200,
        
            newJsonBody(
                    body ->
                        body.object(
                            "data",
                            calendar -> {
                              calendar.numberValue("id", 4);
                              calendar.stringType("name", "Operations");
                              calendar.stringType("label", "Operations");
                              calendar.nullValue("description");
                              calendar.stringType("color", OPERATIONS_COLOR);
                              timestamps(calendar);
                            }))
                .build());
  }

  @Test
  @PactTestFor(pactMethod = "clearCalendarDescription")
  void updateCalendar_withDescriptionSetToNull_sendsExplicitNullAndReturnsClearedCalendar(
      MockServer server) {
    Calendar updated =
        calendars(server)
            .updateCalendar(4L, new CalendarUpdateRequest().description(null), List.of())
            .getData();

    assertThat(updated.getId()).isEqualTo(4L);
    assertThat(updated.getDescription_JsonNullable().isPresent()).isTrue();
    assertThat(updated.getDescription()).isNull();
    assertThat(updated.getColor()).isEqualTo(OPERATIONS_COLOR);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact recolourMissingCalendar(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("calendar 99 does not exist", Map.of("id", 99))
                    .uponReceiving("a request to recolour calendar 99, which does not exist")
                    .method("PATCH")
                    .path(BASE + "/calendars/99"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(newJsonBody(body -> body.stringValue("color", RECOLOUR)).build()),
        404,
        errorEnvelope("NotFoundHttpException", null));
  }

  @Test
  @PactTestFor(pactMethod = "recolourMissingCalendar")
  void updateCalendar_whenMissing_throwsNotFoundException(MockServer server) {
    CalendarUpdateRequest recolour = new CalendarUpdateRequest().color(RECOLOUR);

    assertThatThrownBy(() -> calendars(server).updateCalendar(99L, recolour, List.of()))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.errorCode()).contains("NotFoundHttpException");
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact replaceCalendar(PactDslWithProvider builder) {
    return authorized(
            builder
                .given("calendar 4 exists", Map.of("id", 4))
                .uponReceiving("a request to put a new name, description and colour on calendar 4")
                .method("PUT")
                .path(BASE + "/calendars/4"))
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body -> {
                      body.stringValue("name", "Operations (2025)");
                      body.stringValue("description", "<p>Deployments only.</p>");
                      body.stringValue("color", RECOLOUR);
                    })
                .build())
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body ->
                        body.object(
                            "data",
                            calendar -> {
                              calendar.numberValue("id", 4);
                              calendar.stringValue("name", "Operations (2025)");
                              calendar.stringType("label", "Operations (2025)");
                              calendar.stringValue("description", "<p>Deployments only.</p>");
                              calendar.stringValue("color", RECOLOUR);
                              timestamps(calendar);
                            }))
                .build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "replaceCalendar")
  void replaceCalendar_withEveryField_returnsCalendarAsItIsNow(MockServer server) {
    CalendarUpdateRequest replacement =
        new CalendarUpdateRequest()
            .name("Operations (2025)")
            .description("<p>Deployments only.</p>")
            .color(RECOLOUR);

    Calendar replaced = calendars(server).replaceCalendar(4L, replacement, List.of()).getData();

    assertThat(replaced.getId()).isEqualTo(4L);
    assertThat(replaced.getName()).isEqualTo("Operations (2025)");
    assertThat(replaced.getDescription()).isEqualTo("<p>Deployments only.</p>");
    assertThat(replaced.getColor()).isEqualTo(RECOLOUR);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact replaceMissingCalendar(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("calendar 99 does not exist", Map.of("id", 99))
                    .uponReceiving("a request to put a new name on calendar 99, which does not exist")
                    .method("PUT")
                    .path(BASE + "/calendars/99"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(newJsonBody(body -> body.stringValue("name", "Operations (2025)")).build()),
        404,
        errorEnvelope("NotFoundHttpException", null));
  }

  @Test
  @PactTestFor(pactMethod = "replaceMissingCalendar")
  void replaceCalendar_whenMissing_throwsNotFoundException(MockServer server) {
    CalendarUpdateRequest rename = new CalendarUpdateRequest().name("Operations (2025)");

    assertThatThrownBy(() -> calendars(server).replaceCalendar(99L, rename, List.of()))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.errorCode()).contains("NotFoundHttpException");
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact deleteCalendar(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("calendar 4 exists", Map.of("id", 4))
                    .uponReceiving("a request to delete calendar 4")
                    .method("DELETE")
                    .path(BASE + "/calendars/4")),
        200,
        
            newJsonBody(body -> body.object("data", PerscomCalendarsPactTest::existingOperations))
                .build());
  }

  @Test
  @PactTestFor(pactMethod = "deleteCalendar")
  void deleteCalendar_whenItExists_returnsTheDeletedCalendar(MockServer server) {
    CalendarEnvelope deleted = calendars(server).deleteCalendar(4L, List.of());

    assertThat(deleted.getData().getId()).isEqualTo(4L);
    assertThat(deleted.getData().getName()).isEqualTo("Operations");
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact deleteMissingCalendar(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("calendar 99 does not exist", Map.of("id", 99))
                    .uponReceiving("a request to delete calendar 99, which does not exist")
                    .method("DELETE")
                    .path(BASE + "/calendars/99")),
        404,
        errorEnvelope("NotFoundHttpException", null));
  }

  @Test
  @PactTestFor(pactMethod = "deleteMissingCalendar")
  void deleteCalendar_whenMissing_throwsNotFoundException(MockServer server) {
    assertThatThrownBy(() -> calendars(server).deleteCalendar(99L, List.of()))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.errorCode()).contains("NotFoundHttpException");
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchCreateCalendars(PactDslWithProvider builder) {
    return authorized(
            builder
                .given(
                    "no calendars are named Training or Social",
                    Map.of("names", List.of("Training", "Social")))
                .uponReceiving("a request to create the calendars Training and Social in one batch")
                .method("POST")
                .path(BASE + "/calendars/batch"))
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body ->
                        body.array(
                            "resources",
                            items -> {
                              items.object(
                                  training -> {
                                    training.stringValue("name", "Training");
                                    training.stringValue("color", "#16a34a");
                                  });
                              items.object(
                                  social -> {
                                    social.stringValue("name", "Social");
                                    social.nullValue("description");
                                    social.stringValue("color", "#db2777");
                                  });
                            }))
                .build())
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body ->
                        body.array(
                            "data",
                            items -> {
                              items.object(
                                  training -> {
                                    training.integerType("id", 5);
                                    training.stringValue("name", "Training");
                                    training.stringType("label", "Training");
                                    training.nullValue("description");
                                    training.stringValue("color", "#16a34a");
                                    timestamps(training);
                                  });
                              items.object(
                                  social -> {
                                    social.integerType("id", 6);
                                    social.stringValue("name", "Social");
                                    social.stringType("label", "Social");
                                    social.nullValue("description");
                                    social.stringValue("color", "#db2777");
                                    timestamps(social);
                                  });
                            }))
                .build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "batchCreateCalendars")
  void batchCreateCalendars_withTwoValidCalendars_returnsBothInRequestOrder(MockServer server) {
    CalendarBatchCreateRequest batch =
        new CalendarBatchCreateRequest()
            .resources(
                List.of(
                    new CalendarCreateRequest().name("Training").color("#16a34a"),
                    new CalendarCreateRequest().name("Social").description(null).color("#db2777")));

    CalendarBatchEnvelope created = calendars(server).batchCreateCalendars(batch, List.of());

    assertThat(created.getData())
        .extracting(Calendar::getName)
        .containsExactly("Training", "Social");
    assertThat(created.getData())
        .extracting(Calendar::getColor)
        .containsExactly("#16a34a", "#db2777");
    assertThat(created.getData()).allSatisfy(calendar -> assertThat(calendar.getId()).isPositive());
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchCreateCalendarsWithInvalidItem(PactDslWithProvider builder) {
    return authorized(
            builder
                .given("no calendar is named Training", Map.of("name", "Training"))
                .uponReceiving("a batch create whose second calendar has a blank name")
                .method("POST")
                .path(BASE + "/calendars/batch"))
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(
            newJsonBody(
                    body ->
                        body.array(
                            "resources",
                            items -> {
                              items.object(
                                  training -> {
                                    training.stringValue("name", "Training");
                                    training.stringValue("color", "#16a34a");
                                  });
                              items.object(
                                  nameless -> {
                                    nameless.stringValue("name", "");
                                    nameless.stringValue("color", "#db2777");
                                  });
                            }))
                .build())
        .willRespondWith()
        .status(422)
        .matchHeader("Content-Type", JSON_PATTERN, JSON)
        .body(errorEnvelope("ValidationException", "resources.1.name"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "batchCreateCalendarsWithInvalidItem")
  void batchCreateCalendars_whenOneItemInvalid_throwsValidationExceptionNamingItsPosition(
      MockServer server) {
    CalendarBatchCreateRequest batch =
        new CalendarBatchCreateRequest()
            .resources(
                List.of(
                    new CalendarCreateRequest().name("Training").color("#16a34a"),
                    new CalendarCreateRequest().name("").color("#db2777")));

    assertThatThrownBy(() -> calendars(server).batchCreateCalendars(batch, List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.fieldErrors()).containsOnlyKeys("resources.1.name");
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchUpdateCalendars(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("calendar 4 exists", Map.of("id", 4))
                    .uponReceiving("a batch update that recolours calendar 4")
                    .method("PATCH")
                    .path(BASE + "/calendars/batch"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(
                newJsonBody(
                        body ->
                            body.object(
                                "resources",
                                resources ->
                                    resources.object(
                                        "4", recolour -> recolour.stringValue("color", RECOLOUR))))
                    .build()),
        200,
        
            newJsonBody(
                    body ->
                        body.array(
                            "data",
                            items ->
                                items.object(
                                    calendar -> {
                                      calendar.numberValue("id", 4);
                                      calendar.stringType("name", "Operations");
                                      calendar.stringType("label", "Operations");
                                      calendar.stringType("description", OPERATIONS_DESCRIPTION);
                                      calendar.stringValue("color", RECOLOUR);
                                      timestamps(calendar);
                                    })))
                .build());
  }

  @Test
  @PactTestFor(pactMethod = "batchUpdateCalendars")
  void batchUpdateCalendars_withOneRecolour_returnsTheRecolouredCalendar(MockServer server) {
    CalendarBatchUpdateRequest recolour =
        new CalendarBatchUpdateRequest()
            .resources(Map.of("4", new CalendarUpdateRequest().color(RECOLOUR)));

    CalendarBatchEnvelope updated = calendars(server).batchUpdateCalendars(recolour, List.of());

    assertThat(updated.getData()).extracting(Calendar::getId).containsExactly(4L);
    assertThat(updated.getData().get(0).getColor()).isEqualTo(RECOLOUR);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchUpdateCalendarsWithoutScope(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given(
                        "the API key lacks the update:calendar scope",
                        Map.of("scope", "update:calendar"))
                    .uponReceiving("a batch update of calendar 4 with a key that may not update it")
                    .method("PATCH")
                    .path(BASE + "/calendars/batch"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(
                newJsonBody(
                        body ->
                            body.object(
                                "resources",
                                resources ->
                                    resources.object(
                                        "4", recolour -> recolour.stringValue("color", RECOLOUR))))
                    .build()),
        403,
        errorEnvelope("AuthorizationException", null));
  }

  @Test
  @PactTestFor(pactMethod = "batchUpdateCalendarsWithoutScope")
  void batchUpdateCalendars_withoutUpdateScope_throwsPermissionException(MockServer server) {
    CalendarBatchUpdateRequest recolour =
        new CalendarBatchUpdateRequest()
            .resources(Map.of("4", new CalendarUpdateRequest().color(RECOLOUR)));

    assertThatThrownBy(() -> calendars(server).batchUpdateCalendars(recolour, List.of()))
        .isInstanceOfSatisfying(
            PermissionException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.errorCode()).contains("AuthorizationException");
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchDeleteCalendars(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given("calendars 4 and 5 exist", Map.of("ids", List.of(4, 5)))
                    .uponReceiving("a request to delete calendars 4 and 5 in one batch")
                    .method("DELETE")
                    .path(BASE + "/calendars/batch"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(
                newJsonBody(body -> body.array("resources", ids -> ids.numberValue(4).numberValue(5)))
                    .build()),
        200,
        
            newJsonBody(
                    body ->
                        body.array(
                            "data",
                            items -> {
                              items.object(PerscomCalendarsPactTest::existingOperations);
                              items.object(
                                  training -> {
                                    training.numberValue("id", 5);
                                    training.stringType("name", "Training");
                                    training.stringType("label", "Training");
                                    training.nullValue("description");
                                    training.stringType("color", "#16a34a");
                                    timestamps(training);
                                  });
                            }))
                .build());
  }

  @Test
  @PactTestFor(pactMethod = "batchDeleteCalendars")
  void batchDeleteCalendars_withTwoExistingIds_returnsBothDeletedCalendars(MockServer server) {
    CalendarBatchEnvelope deleted =
        calendars(server)
            .batchDeleteCalendars(new BatchDeleteRequest().resources(List.of(4L, 5L)), List.of());

    assertThat(deleted.getData()).extracting(Calendar::getId).containsExactly(4L, 5L);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchDeleteCalendarsWhenThrottled(PactDslWithProvider builder) {
    return answers(
        authorized(
                builder
                    .given(
                        "the API key has used its 1000 requests for this minute",
                        Map.of("limit", 1000))
                    .uponReceiving("a batch delete of calendars 4 and 5 once the rate limit is reached")
                    .method("DELETE")
                    .path(BASE + "/calendars/batch"))
            .matchHeader("Content-Type", JSON_PATTERN, JSON)
            .body(
                newJsonBody(body -> body.array("resources", ids -> ids.numberValue(4).numberValue(5)))
                    .build()),
        429,
        errorEnvelope("ThrottleRequestsException", null));
  }

  @Test
  @PactTestFor(pactMethod = "batchDeleteCalendarsWhenThrottled")
  void batchDeleteCalendars_whenRateLimited_throwsRateLimitedExceptionWithoutRetryAfter(
      MockServer server) {
    BatchDeleteRequest twoIds = new BatchDeleteRequest().resources(List.of(4L, 5L));

    assertThatThrownBy(() -> calendars(server).batchDeleteCalendars(twoIds, List.of()))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.status()).isEqualTo(429);
              assertThat(e.errorCode()).contains("ThrottleRequestsException");
              assertThat(e.retryAfter()).isEmpty();
            });
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact updateCalendarWithBlankName(PactDslWithProvider builder) {
    return rejectedBody(
        builder,
        "calendar 4 exists",
        "a request that blanks calendar 4's name",
        "PATCH",
        BASE + "/calendars/4",
        "{\"name\":\"\"}",
        "name");
  }

  @Test
  @PactTestFor(pactMethod = "updateCalendarWithBlankName")
  void updateCalendar_withBlankName_throwsValidationExceptionNamingTheField(MockServer server) {
    assertThatThrownBy(
            () -> calendars(server).updateCalendar(4L, new CalendarUpdateRequest().name(""), List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("name"));
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact replaceCalendarWithBlankColor(PactDslWithProvider builder) {
    return rejectedBody(
        builder,
        "calendar 4 exists",
        "a PUT that blanks calendar 4's colour",
        "PUT",
        BASE + "/calendars/4",
        "{\"color\":\"\"}",
        "color");
  }

  @Test
  @PactTestFor(pactMethod = "replaceCalendarWithBlankColor")
  void replaceCalendar_withBlankColor_throwsValidationExceptionNamingTheField(MockServer server) {
    assertThatThrownBy(
            () -> calendars(server).replaceCalendar(4L, new CalendarUpdateRequest().color(""), List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("color"));
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchUpdateCalendarsWithBlankName(PactDslWithProvider builder) {
    return rejectedBody(
        builder,
        "calendar 4 exists",
        "a batch update that blanks calendar 4's name",
        "PATCH",
        BASE + "/calendars/batch",
        "{\"resources\":{\"4\":{\"name\":\"\"}}}",
        "resources.4.name");
  }

  @Test
  @PactTestFor(pactMethod = "batchUpdateCalendarsWithBlankName")
  void batchUpdateCalendars_withBlankName_throwsValidationExceptionNamingTheItem(MockServer server) {
    CalendarBatchUpdateRequest blank =
        new CalendarBatchUpdateRequest().resources(Map.of("4", new CalendarUpdateRequest().name("")));

    assertThatThrownBy(() -> calendars(server).batchUpdateCalendars(blank, List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("resources.4.name"));
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact batchDeleteNoCalendars(PactDslWithProvider builder) {
    return rejectedBody(
        builder,
        "calendars exist",
        "a batch delete that names no calendars",
        "DELETE",
        BASE + "/calendars/batch",
        "{\"resources\":[]}",
        "resources");
  }

  @Test
  @PactTestFor(pactMethod = "batchDeleteNoCalendars")
  void batchDeleteCalendars_withNoIds_throwsValidationException(MockServer server) {
    assertThatThrownBy(
            () ->
                calendars(server)
                    .batchDeleteCalendars(new BatchDeleteRequest().resources(List.of()), List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("resources"));
  }

  private static CalendarsApi calendars(MockServer server) {
    return Clients.perscom(server).calendars();
  }

  /** Calendar 4 as the provider state stores it; only its id follows from the request. */
  private static void existingOperations(LambdaDslObject calendar) {
    calendar.numberValue("id", 4);
    calendar.stringType("name", "Operations");
    calendar.stringType("label", "Operations");
    calendar.stringType("description", OPERATIONS_DESCRIPTION);
    calendar.stringType("color", OPERATIONS_COLOR);
    timestamps(calendar);
  }

  private static void timestamps(LambdaDslObject calendar) {
    calendar.datetime("created_at", TIMESTAMP, CREATED_AT);
    calendar.datetime("updated_at", TIMESTAMP, UPDATED_AT);
  }

  /** Links of a page that is both the first and the last. */
  private static void onlyPageLinks(LambdaDslObject page) {
    page.object(
        "links",
        links -> {
          links.stringType("first", "https://api.perscom.io/v2/calendars?page=1");
          links.stringType("last", "https://api.perscom.io/v2/calendars?page=1");
          links.nullValue("prev");
          links.nullValue("next");
        });
  }

  /** Meta of page 1 of 1 at 15 a page; the page number and size echo the request. */
  private static void onlyPageMeta(LambdaDslObject page) {
    page.object(
        "meta",
        meta -> {
          meta.numberValue("current_page", 1);
          meta.integerType("from", 1);
          meta.integerType("last_page", 1);
          meta.stringType("path", "https://api.perscom.io/v2/calendars");
          meta.numberValue("per_page", 15);
          meta.integerType("to", 1);
          meta.integerType("total", 1);
          meta.array(
              "links",
              pager -> {
                pager.object(
                    previous -> {
                      previous.nullValue("url");
                      previous.stringType("label", "&laquo; Previous");
                      previous.booleanValue("active", false);
                    });
                pager.object(
                    current -> {
                      current.stringType("url", "https://api.perscom.io/v2/calendars?page=1");
                      current.stringType("label", "1");
                      current.booleanValue("active", true);
                    });
              });
        });
  }

}
