package org.eventapis.unipile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eventapis.unipile.generated.invoker.ApiClient;
import org.junit.jupiter.api.Test;

class EventTimeTest {

  /** The mapper the generated client encodes and decodes with. */
  private final ObjectMapper mapper = new ApiClient().getObjectMapper();

  @Test
  void timed_writesDateTimeAndTimeZoneOnly() throws Exception {
    EventTime start =
        EventTime.timed(OffsetDateTime.parse("2025-06-01T09:00:00Z"), ZoneId.of("Europe/Paris"));

    assertThat(mapper.readTree(mapper.writeValueAsString(start)))
        .isEqualTo(mapper.readTree("{\"date_time\":\"2025-06-01T09:00:00Z\",\"time_zone\":\"Europe/Paris\"}"));
  }

  @Test
  void allDay_writesDateOnly() throws Exception {
    EventTime day = EventTime.allDay(LocalDate.parse("2025-06-01"));

    assertThat(mapper.writeValueAsString(day)).isEqualTo("{\"date\":\"2025-06-01\"}");
  }

  @Test
  void read_timedForm_isNotAllDay() throws Exception {
    EventTime read =
        mapper.readValue(
            "{\"date_time\":\"2025-06-01T09:00:00.000Z\",\"time_zone\":\"Europe/Paris\"}", EventTime.class);

    assertThat(read.isAllDay()).isFalse();
    assertThat(read.dateTime()).contains(OffsetDateTime.parse("2025-06-01T09:00:00Z"));
    assertThat(read.timeZone()).contains("Europe/Paris");
    assertThat(read.date()).isEmpty();
  }

  @Test
  void read_allDayForm_isAllDay() throws Exception {
    EventTime read = mapper.readValue("{\"date\":\"2025-06-01\"}", EventTime.class);

    assertThat(read.isAllDay()).isTrue();
    assertThat(read).isEqualTo(EventTime.allDay(LocalDate.parse("2025-06-01")));
  }

  @Test
  void read_neitherOrBothForms_isRejected() {
    assertThatThrownBy(() -> mapper.readValue("{}", EventTime.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"date_time\":\"2025-06-01T09:00:00Z\",\"time_zone\":\"UTC\",\"date\":\"2025-06-01\"}",
                    EventTime.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> mapper.readValue("{\"date_time\":\"2025-06-01T09:00:00Z\"}", EventTime.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void timed_withAFixedOffsetInsteadOfAZoneName_isRejected() {
    OffsetDateTime nine = OffsetDateTime.parse("2025-06-01T09:00:00Z");

    assertThatThrownBy(() -> EventTime.timed(nine, ZoneId.of("+02:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("+02:00");
    assertThatThrownBy(() -> EventTime.timed(nine, ZoneId.of("UTC+2")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(EventTime.timed(nine, ZoneId.of("UTC")).timeZone()).contains("UTC");
  }

  @Test
  void factories_rejectMissingParts() {
    assertThatThrownBy(() -> EventTime.timed(null, ZoneId.of("UTC"))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EventTime.allDay(null)).isInstanceOf(NullPointerException.class);
  }
}
