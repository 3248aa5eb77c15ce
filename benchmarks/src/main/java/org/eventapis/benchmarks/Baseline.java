package org.eventapis.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a team would write by hand instead of using the generated clients: java.net.http and one
 * shared ObjectMapper, with records for the bodies. It sends the same JSON as the generated
 * client and reads the same answer into typed objects.
 */
final class Baseline {

  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String authorization;

  Baseline(String authorization) {
    this.authorization = authorization;
  }

  <T> T post(String url, Object body, Class<T> answer) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .header(authorization.startsWith("X-API-KEY:") ? "X-API-KEY" : "Authorization",
                  authorization.startsWith("X-API-KEY:") ? authorization.substring(10) : authorization)
              .POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(body)))
              .build();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException("HTTP " + response.statusCode());
      }
      return MAPPER.readValue(response.body(), answer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * PERSCOM's create body with the same fields, in the same order, as the generated model sends:
   * what is set, and the required all_day.
   */
  record PerscomCreate(
      String name,
      @JsonProperty("calendar_id") long calendarId,
      String location,
      @JsonProperty("all_day") boolean allDay,
      OffsetDateTime starts,
      OffsetDateTime ends,
      @JsonProperty("notifications_interval") List<String> notificationsInterval) {}

  record PerscomBatchCreate(List<PerscomCreate> resources) {}

  record PerscomEvent(
      long id,
      String name,
      String label,
      @JsonProperty("calendar_id") long calendarId,
      String description,
      String location,
      String url,
      @JsonProperty("author_id") Long authorId,
      @JsonProperty("all_day") boolean allDay,
      OffsetDateTime starts,
      OffsetDateTime ends,
      boolean repeats,
      @JsonProperty("registration_enabled") boolean registrationEnabled,
      @JsonProperty("notifications_enabled") boolean notificationsEnabled,
      @JsonProperty("notifications_interval") List<String> notificationsInterval,
      @JsonProperty("created_at") OffsetDateTime createdAt,
      @JsonProperty("updated_at") OffsetDateTime updatedAt) {}

  record PerscomEnvelope(PerscomEvent data) {}

  record PerscomBatchEnvelope(List<PerscomEvent> data) {}

  record UnipileTime(@JsonProperty("date_time") OffsetDateTime dateTime, @JsonProperty("time_zone") String timeZone) {}

  record UnipileAttendee(String email) {}

  record UnipileCreate(
      String title,
      List<UnipileAttendee> attendees,
      UnipileTime start,
      UnipileTime end) {}

  record UnipileCreated(String object, @JsonProperty("event_id") String eventId) {}

  record TimekitCreate(
      @JsonProperty("calendar_id") String calendarId,
      OffsetDateTime start,
      OffsetDateTime end,
      String what,
      String where) {}

  record TimekitEvent(
      String id,
      @JsonProperty("calendar_id") String calendarId,
      OffsetDateTime start,
      OffsetDateTime end,
      String what,
      String where,
      @JsonProperty("my_rsvp") String myRsvp) {}

  record TimekitEnvelope(TimekitEvent data) {}
}
