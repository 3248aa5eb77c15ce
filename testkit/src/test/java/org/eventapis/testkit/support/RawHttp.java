package org.eventapis.testkit.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventapis.testkit.RecordedRequest;

/**
 * Requests the generated clients would refuse to send (a missing required field, a wrong type,
 * no credentials), sent as they are.
 */
public final class RawHttp {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private RawHttp() {}

  /**
   * Sends a request to the server behind {@code baseUrl}; {@code pathAndQuery} starts at the
   * server's root ({@code /v2/events?include=author}).
   */
  public static HttpResponse<String> send(
      String baseUrl, String method, String pathAndQuery, String body, Map<String, String> headers) {
    URI base = URI.create(baseUrl);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.getScheme() + "://" + base.getAuthority() + pathAndQuery))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("no answer to " + method + " " + pathAndQuery, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Sends a recorded request again, with the headers that matter to the API. */
  public static HttpResponse<String> replay(String baseUrl, RecordedRequest sent) {
    StringBuilder target = new StringBuilder(sent.path());
    sent.queryParameters().forEach((name, values) -> values.forEach(value ->
        target.append(target.indexOf("?") < 0 ? "?" : "&").append(name).append('=')
            .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"))));
    Map<String, String> headers = new LinkedHashMap<>();
    for (String header : List.of("Authorization", "X-API-KEY", "Accept")) {
      sent.header(header).ifPresent(value -> headers.put(header, value));
    }
    return send(baseUrl, sent.method(), target.toString(), sent.body().isEmpty() ? null : sent.body(), headers);
  }
}
