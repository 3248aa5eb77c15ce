package org.eventapis.perscom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eventapis.core.NotFoundException;
import org.eventapis.core.ResponseFormatException;
import org.eventapis.core.RetryPolicy;
import org.eventapis.perscom.generated.model.ApiResponse;
import org.eventapis.perscom.generated.model.EventEnvelope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code …WithHttpInfo} methods answer status, headers and the decoded body
 * together, through the same decoding and error handling as the plain methods. PERSCOM's
 * throttle sends {@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining} with every answer.
 */
class PerscomRawResponseTest {

  private static final String EVENT =
      "{\"data\":{\"id\":12,\"name\":\"Briefing\",\"calendar_id\":4,\"all_day\":false,"
          + "\"starts\":\"2025-03-14T18:00:00Z\",\"ends\":null}}";

  private HttpServer server;
  private PerscomClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/v2/events/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          int status = path.endsWith("/404") ? 404 : 200;
          String body =
              path.endsWith("/404")
                  ? "{\"error\":{\"message\":\"no\",\"type\":\"NotFoundHttpException\"}}"
                  : path.endsWith("/13") ? "{}" : EVENT;
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.getResponseHeaders().add("X-RateLimit-Limit", "1000");
          exchange.getResponseHeaders().add("X-RateLimit-Remaining", "997");
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    client =
        PerscomClient.builder()
            .apiKey("k")
            .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v2")
            .retryPolicy(RetryPolicy.disabled())
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop(0);
  }

  @Test
  void getEventWithHttpInfo_answersTheRateLimitHeadersStatusAndDecodedBody() {
    ApiResponse<EventEnvelope> response = client.events().getEventWithHttpInfo(12L, List.of());

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getHeaders().get("X-RateLimit-Limit")).containsExactly("1000");
    assertThat(response.getHeaders().get("x-ratelimit-remaining"))
        .as("header names are matched without regard to case")
        .containsExactly("997");
    assertThat(response.getData().getData().getName()).isEqualTo("Briefing");
  }

  @Test
  void getEventWithHttpInfo_ofAMissingEvent_throwsNotFoundExceptionLikeThePlainMethod() {
    assertThatThrownBy(() -> client.events().getEventWithHttpInfo(404L, List.of()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.errorCode()).contains("NotFoundHttpException"));
  }

  @Test
  void getEventWithHttpInfo_whenTheBodyLacksItsRequiredData_throwsResponseFormatException() {
    assertThatThrownBy(() -> client.events().getEventWithHttpInfo(13L, List.of()))
        .isInstanceOf(ResponseFormatException.class);
  }
}
