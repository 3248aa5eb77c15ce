package org.eventapis.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Param;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import feign.codec.Decoder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FeignSetupTest {

  /** Shaped like the generated interfaces: query parameters named in the request line. */
  interface Sample {
    @RequestLine("GET /events?include={include}&start={start}&limit={limit}")
    void list(
        @Param("include") List<String> include,
        @Param("start") OffsetDateTime start,
        @Param("limit") Integer limit);
  }

  private final AtomicReference<Request> sent = new AtomicReference<>();

  @Test
  void listParameter_isSentAsOneCommaSeparatedValue() {
    sample().list(List.of("author", "calendar"), null, null);

    assertThat(decodedUrl()).isEqualTo("https://api.example.com/events?include=author,calendar");
  }

  @Test
  void emptyListParameter_isLeftOut() {
    sample().list(List.of(), null, 5);

    assertThat(decodedUrl()).isEqualTo("https://api.example.com/events?limit=5");
  }

  @Test
  void dateTimeParameter_keepsZeroSecondsAndOffset() {
    sample().list(null, OffsetDateTime.parse("2025-05-19T00:00:00+02:00"), null);

    assertThat(decodedUrl()).isEqualTo("https://api.example.com/events?start=2025-05-19T00:00:00+02:00");
    assertThat(sent.get().url()).as("the + of the offset is escaped").contains("%2B02");
  }

  private String decodedUrl() {
    return URLDecoder.decode(sent.get().url(), StandardCharsets.UTF_8);
  }

  private Sample sample() {
    ClientSettings settings =
        new ClientSettings(
            "testapi",
            "https://api.example.com",
            "k",
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            Duration.ofSeconds(5),
            RetryPolicy.disabled(),
            LogLevel.NONE);
    ClientTransport recording =
        ClientTransport.create(
            settings,
            (request, options) -> {
              sent.set(request);
              return Response.builder()
                  .status(204)
                  .request(request)
                  .headers(Map.of())
                  .body(new byte[0])
                  .build();
            });
    return FeignSetup.configure(
            new FeignSetup.Generated(Feign.builder(), new ObjectMapper(), List.of("Authorization")),
            settings,
            recording,
            FeignSetup.Answers.of((key, response) -> null, new Decoder.Default()))
        .target(Sample.class, settings.baseUrl());
  }
}
