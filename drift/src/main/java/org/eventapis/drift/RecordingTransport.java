package org.eventapis.drift;

import feign.Client;
import feign.Request;
import feign.Response;
import feign.Util;
import feign.http2client.Http2Client;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Feign transport that keeps a copy of every request and answer, so that what the server
 * really sent is checked against the spec whether or not the client could read it. It wraps the
 * JDK transport the clients use by default, set up the same way: HTTP/1.1, no redirects.
 *
 * <p>The answer's body is read whole before the client sees it; a drift check reads small pages,
 * and needs the bytes even when the client gives up on them.
 */
final class RecordingTransport implements Client {

  private final Client delegate;
  private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
  private volatile String operationId = "(none)";

  RecordingTransport(Client delegate) {
    this.delegate = delegate;
  }

  /** Over the JDK's HTTP client, as the generated clients' default transport. */
  static RecordingTransport overJdk() {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    return new RecordingTransport(new Http2Client(client));
  }

  /** Tags the exchanges that follow with this operation, until the next call. */
  void operation(String operationId) {
    this.operationId = operationId;
  }

  /** Everything recorded so far, in the order it was sent. */
  List<Exchange> exchanges() {
    synchronized (exchanges) {
      return List.copyOf(exchanges);
    }
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    Map<String, List<String>> requestHeaders = copy(request.headers());
    byte[] requestBody = request.body() == null ? new byte[0] : request.body().clone();
    Response response;
    try {
      response = delegate.execute(request, options);
    } catch (IOException | RuntimeException e) {
      exchanges.add(
          new Exchange(operationId, request.httpMethod().name(), request.url(), requestHeaders, requestBody,
              0, Map.of(), new byte[0], e.getClass().getSimpleName()));
      throw e;
    }
    byte[] body;
    try (InputStream in = response.body() == null ? null : response.body().asInputStream()) {
      body = in == null ? new byte[0] : Util.toByteArray(in);
    } catch (IOException e) {
      exchanges.add(
          new Exchange(operationId, request.httpMethod().name(), request.url(), requestHeaders, requestBody,
              response.status(), copy(response.headers()), new byte[0],
              "body cut off (" + e.getClass().getSimpleName() + ")"));
      throw e;
    }
    exchanges.add(
        new Exchange(operationId, request.httpMethod().name(), request.url(), requestHeaders, requestBody,
            response.status(), copy(response.headers()), body, null));
    return response.toBuilder().body(body).build();
  }

  private static Map<String, List<String>> copy(Map<String, Collection<String>> headers) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return copy;
  }
}
