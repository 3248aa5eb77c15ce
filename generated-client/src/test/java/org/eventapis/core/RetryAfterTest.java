package org.eventapis.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Clock NOON = Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void parse_wholeSeconds_returnsThatDelay() {
    assertThat(RetryAfter.parse("120", NOON)).contains(Duration.ofMinutes(2));
  }

  @Test
  void parse_httpDateInTheFuture_returnsTimeUntilThen() {
    assertThat(RetryAfter.parse("Thu, 15 Jan 2026 12:00:30 GMT", NOON)).contains(Duration.ofSeconds(30));
  }

  @Test
  void parse_httpDateInThePast_returnsZero() {
    assertThat(RetryAfter.parse("Thu, 15 Jan 2026 11:00:00 GMT", NOON)).contains(Duration.ZERO);
  }

  @Test
  void parse_garbageOrBlank_returnsEmpty() {
    assertThat(RetryAfter.parse("soon", NOON)).isEmpty();
    assertThat(RetryAfter.parse(" ", NOON)).isEmpty();
    assertThat(RetryAfter.parse(null, NOON)).isEmpty();
    assertThat(RetryAfter.parse("-5", NOON)).isEmpty();
    assertThat(RetryAfter.parse("99999999999999999999999", NOON)).isEmpty();
  }
}
