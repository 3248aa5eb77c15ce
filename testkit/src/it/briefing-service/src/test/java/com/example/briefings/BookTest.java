package com.example.briefings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.eventapis.testkit.PerscomStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BookTest {

  @RegisterExtension static PerscomStub perscom = PerscomStub.create();

  @Test
  void book_createsThePerscomEvent() {
    var booker = new BriefingBooker(perscom.client(), null, null);

    long id = booker.book("Squadron briefing", OffsetDateTime.parse("2025-03-14T18:00:00Z"));

    assertEquals(12L, id);
    assertEquals("Squadron briefing", perscom.verify().createEvent().calledOnce().bodies().get(0).getName());
  }
}
