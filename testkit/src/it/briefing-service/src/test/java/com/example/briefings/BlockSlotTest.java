package com.example.briefings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eventapis.testkit.TimekitStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BlockSlotTest {

  @RegisterExtension static TimekitStub timekit = TimekitStub.create();

  @Test
  void blockSlot_holdsTheHourInTheCalendar() {
    UUID calendar = UUID.fromString("3f6b2c1e-8a4d-4e7b-9c2f-1d5a6e8b7c90");

    new BriefingBooker(null, null, timekit.client())
        .blockSlot(calendar, "Squadron briefing", OffsetDateTime.parse("2025-05-20T09:00:00+02:00"));

    assertEquals(calendar, timekit.verify().createEvent().calledOnce().bodies().get(0).getCalendarId());
    timekit.verify().noOtherRequests();
  }
}
