package org.eventapis.core;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads an HTTP {@code Retry-After} value: whole seconds or an HTTP-date (RFC 9110). */
public final class RetryAfter {

  private RetryAfter() {}

  /**
   * The delay the header asks for, never negative; empty when the value is neither form.
   *
   * @param value the header value
   * @param clock the clock an HTTP-date is measured against
   */
  public static Optional<Duration> parse(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    if (trimmed.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
      } catch (NumberFormatException tooLarge) {
        return Optional.empty();
      }
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration delay = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
