package com.example.consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * A loopback HTTP server that answers each expected request with a canned body, in the order the
 * answers were queued, and records what it received. The JDK's own server keeps the consumer's
 * dependency tree exactly as the variant declares it.
 */
final class CannedServer implements AutoCloseable {

  /** A request as it arrived: the query string decoded, the body as text. */
  record Received(String method, String path, String query, Map<String, List<String>> headers,
      String body) {

    String header(String name) {
      for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          return entry.getValue().get(0);
        }
      }
      return null;
    }
  }

  private record Answer(int status, String body) {}

  private final HttpServer server;
  private final Map<String, Queue<Answer>> answers = new HashMap<>();
  private final List<Received> received = new ArrayList<>();
  private final List<String> unexpected = new ArrayList<>();

  private CannedServer(HttpServer server) {
    this.server = server;
  }

  static CannedServer start() throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    CannedServer canned = new CannedServer(http);
    http.createContext("/", canned::handle);
    http.start();
    return canned;
  }

  /** The base URL for an API mounted under {@code prefix}, such as {@code /v2}. */
  String url(String prefix) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
  }

  /** Queues one answer for the next {@code method} request to {@code path}. */
  synchronized void answer(String method, String path, int status, String body) {
    answers.computeIfAbsent(method + " " + path, k -> new ArrayDeque<>()).add(new Answer(status, body));
  }

  /** The latest request that reached the server. */
  synchronized Received last() {
    Expect.isTrue(!received.isEmpty(), "the server received a request");
    return received.get(received.size() - 1);
  }

  /** Requests nobody queued an answer for; a client that retried or strayed shows up here. */
  synchronized List<String> unexpected() {
    return List.copyOf(unexpected);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Answer answer;
    synchronized (this) {
      received.add(new Received(method, path, exchange.getRequestURI().getQuery(),
          Map.copyOf(exchange.getRequestHeaders()), body));
      Queue<Answer> queued = answers.get(method + " " + path);
      answer = queued == null ? null : queued.poll();
      if (answer == null) {
        unexpected.add(method + " " + exchange.getRequestURI());
      }
    }
    // 418 is no status any of the APIs uses, so a stray request cannot pass for a real answer.
    int status = answer == null ? 418 : answer.status();
    byte[] bytes = (answer == null ? "" : answer.body()).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
