package org.eventapis.unipile;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.eventapis.core.TimeZones;

/**
 * When a Unipile event starts or ends: either a moment with its time zone
 * ({@code {"date_time": ..., "time_zone": ...}}) or a whole day ({@code {"date": ...}}).
 *
 * <p>The spec describes this as a {@code oneOf} of {@code TimedEventTime} and {@code
 * AllDayEventTime}; the generator cannot turn that into usable Java, so the build maps the schema
 * to this class (deviation UNIPILE-004 in {@code specs/README.md}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(
    fieldVisibility = Visibility.ANY,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE)
public final class EventTime {

  @JsonProperty("date_time")
  private final OffsetDateTime dateTime;

  @JsonProperty("time_zone")
  private final String timeZone;

  @JsonProperty("date")
  private final LocalDate date;

  /**
   * Reads either form, and only one: a body with neither, or with both, is not an event time,
   * and the client reports it as a malformed answer rather than guess.
   */
  @JsonCreator
  EventTime(
      @JsonProperty("date_time") OffsetDateTime dateTime,
      @JsonProperty("time_zone") String timeZone,
      @JsonProperty("date") LocalDate date) {
    boolean timed = dateTime != null && timeZone != null && date == null;
    boolean allDay = date != null && dateTime == null && timeZone == null;
    if (!timed && !allDay) {
      throw new IllegalArgumentException(
          "an event time is either {date_time, time_zone} or {date}, not date_time=" + dateTime
              + ", time_zone=" + timeZone + ", date=" + date);
    }
    this.dateTime = dateTime;
    this.timeZone = timeZone;
    this.date = date;
  }

  /**
   * A moment, with the time zone the event is scheduled in.
   *
   * @throws IllegalArgumentException for a fixed offset such as {@code +02:00}: the API takes an
   *     IANA name ({@code Europe/Paris})
   */
  public static EventTime timed(OffsetDateTime dateTime, ZoneId timeZone) {
    Objects.requireNonNull(dateTime, "dateTime");
    Objects.requireNonNull(timeZone, "timeZone");
    return new EventTime(dateTime, TimeZones.ianaName(timeZone), null);
  }

  /** A whole day, for all-day events. */
  public static EventTime allDay(LocalDate date) {
    return new EventTime(null, null, Objects.requireNonNull(date, "date"));
  }

  /** True for the {@code {"date": ...}} form. */
  public boolean isAllDay() {
    return date != null && dateTime == null;
  }

  public Optional<OffsetDateTime> dateTime() {
    return Optional.ofNullable(dateTime);
  }

  public Optional<String> timeZone() {
    return Optional.ofNullable(timeZone);
  }

  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EventTime that
        && Objects.equals(dateTime, that.dateTime)
        && Objects.equals(timeZone, that.timeZone)
        && Objects.equals(date, that.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dateTime, timeZone, date);
  }

  @Override
  public String toString() {
    return isAllDay() ? "EventTime[date=" + date + "]"
        : "EventTime[dateTime=" + dateTime + ", timeZone=" + timeZone + "]";
  }
}
