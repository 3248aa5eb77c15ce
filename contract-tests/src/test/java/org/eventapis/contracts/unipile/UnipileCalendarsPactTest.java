package org.eventapis.contracts.unipile;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.eventapis.contracts.unipile.UnipilePacts.ACCOUNT_ID;
import static org.eventapis.contracts.unipile.UnipilePacts.CALENDAR_ID;
import static org.eventapis.contracts.unipile.UnipilePacts.CALENDAR_OWNED;
import static org.eventapis.contracts.unipile.UnipilePacts.OF_ACCOUNT;
import static org.eventapis.contracts.unipile.UnipilePacts.OWNS_CALENDAR;
import static org.eventapis.contracts.unipile.UnipilePacts.UNIPILE;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import java.util.Map;
import org.eventapis.contracts.support.Participants;
import org.eventapis.unipile.generated.api.CalendarsApi;
import org.eventapis.unipile.generated.model.Calendar;
import org.eventapis.unipile.generated.model.CalendarList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Participants.UNIPILE, pactVersion = PactSpecVersion.V4)
class UnipileCalendarsPactTest {

  private static final String COLOR_PATTERN = "#[0-9A-Fa-f]{6}";

  private static final String CURSOR =
      "eyJwYWdlVG9rZW4iOiJDaGtLRnpJd01qVXRNRFl0TURKVU1EazZNREE2TURCYUVBRVlBUT09In0";
  private static final String NEXT_CURSOR =
      "eyJwYWdlVG9rZW4iOiJDaGtLRnpJd01qVXRNRFl0TURsVU1EazZNREE2TURCYUVBRVlBUT09In0";
  private static final int PAGE_SIZE = 2;

  @Pact(consumer = Participants.CONSUMER)
  V4Pact listCalendarsAfterCursor(PactDslWithProvider builder) {
    return UNIPILE.given(builder,
            "account " + ACCOUNT_ID + " can see more than one page of calendars",
            Map.of("accountId", ACCOUNT_ID, "cursor", CURSOR, "limit", PAGE_SIZE))
        .get("a request for the page of calendars after a cursor, two at a time", "/calendars")
        .query("account_id=" + ACCOUNT_ID + "&cursor=" + CURSOR + "&limit=" + PAGE_SIZE)
        .answers(200, newJsonBody(page -> {
          page.minMaxArrayLike("data", 1, PAGE_SIZE, UnipileCalendarsPactTest::sharedCalendar);
          page.stringType("next_cursor", NEXT_CURSOR);
        }).build());
  }

  @Test
  @PactTestFor(pactMethod = "listCalendarsAfterCursor")
  void listCalendars_withCursorAndLimit_returnsOnePageAndTheNextCursor(MockServer server) {
    CalendarList page = calendars(server).listCalendars(ACCOUNT_ID, CURSOR, PAGE_SIZE);

    assertThat(page.getData()).hasSizeBetween(1, PAGE_SIZE);
    assertThat(page.getData()).allSatisfy(calendar -> {
      assertThat(calendar.getObject()).isEqualTo(Calendar.ObjectEnum.CALENDAR);
      assertThat(calendar.getId()).isNotBlank();
      assertThat(calendar.getIsReadOnly()).isNotNull();
      assertThat(calendar.getBackgroundColor()).matches(COLOR_PATTERN);
    });
    assertThat(page.getNextCursor()).isNotBlank().isNotEqualTo(CURSOR);
  }

  @Pact(consumer = Participants.CONSUMER)
  V4Pact getCalendar(PactDslWithProvider builder) {
    return UNIPILE.given(builder, OWNS_CALENDAR, CALENDAR_OWNED)
        .get("a request for one calendar by its id", "/calendars/" + CALENDAR_ID)
        .query(OF_ACCOUNT)
        .answers(200, newJsonBody(calendar -> {
          calendar.stringValue("object", "Calendar");
          calendar.stringValue("id", CALENDAR_ID);
          calendar.stringType("name", "Jane Doe");
          calendar.booleanType("is_read_only", false);
          calendar.booleanType("is_owned_by_user", true);
          calendar.booleanType("is_default", true);
          calendar.stringMatcher("background_color", COLOR_PATTERN, "#039BE5");
          calendar.stringMatcher("text_color", COLOR_PATTERN, "#000000");
          calendar.stringType("timezone", "Europe/Paris");
        }).build());
  }

  @Test
  @PactTestFor(pactMethod = "getCalendar")
  void getCalendar_whenOwnedByTheAccount_returnsTheCalendar(MockServer server) {
    Calendar calendar = calendars(server).getCalendar(CALENDAR_ID, ACCOUNT_ID);

    assertThat(calendar)
        .extracting(Calendar::getObject, Calendar::getId, Calendar::getName)
        .containsExactly(Calendar.ObjectEnum.CALENDAR, CALENDAR_ID, "Jane Doe");
    assertThat(calendar)
        .extracting(Calendar::getIsReadOnly, Calendar::getIsOwnedByUser, Calendar::getIsDefault)
        .containsExactly(false, true, true);
    assertThat(calendar)
        .extracting(Calendar::getBackgroundColor, Calendar::getTextColor, Calendar::getTimezone)
        .containsExactly("#039BE5", "#000000", "Europe/Paris");
  }

  private static CalendarsApi calendars(MockServer server) {
    return UnipilePacts.client(server).calendars();
  }

  /** A calendar shared with the account; which ones a page holds is the provider's choice. */
  private static void sharedCalendar(LambdaDslObject calendar) {
    calendar.stringValue("object", "Calendar");
    calendar.stringType("id", "c_5f1e9a2b7d4c@group.calendar.google.com");
    calendar.stringType("name", "Company holidays");
    calendar.stringType("description", "Public holidays and office closures.");
    calendar.booleanType("is_read_only", true);
    calendar.booleanType("is_owned_by_user", false);
    calendar.booleanType("is_default", false);
    calendar.stringMatcher("background_color", COLOR_PATTERN, "#0B8043");
  }
}
