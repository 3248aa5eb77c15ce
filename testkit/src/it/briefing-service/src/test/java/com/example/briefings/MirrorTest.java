package com.example.briefings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.eventapis.core.RateLimitedException;
import org.eventapis.core.RetryPolicy;
import org.eventapis.testkit.Fault;
import org.eventapis.testkit.UnipileStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MirrorTest {

  @RegisterExtension static UnipileStub unipile = UnipileStub.create();

  @Test
  void mirror_whenUnipileIsBusy_reportsHowLongToWait() {
    unipile.onCreateCalendarEvent("primary").fails(Fault.rateLimited(Duration.ofSeconds(30)));
    var client = unipile.clientBuilder().retryPolicy(RetryPolicy.disabled()).build();

    var busy = assertThrows(RateLimitedException.class, () -> new BriefingBooker(null, client, null)
        .mirror("acc-1", "Squadron briefing", OffsetDateTime.parse("2025-06-02T09:00:00+02:00")));

    assertEquals(Duration.ofSeconds(30), busy.retryAfter().orElseThrow());
  }
}
