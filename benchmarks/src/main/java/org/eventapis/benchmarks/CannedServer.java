package org.eventapis.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback HTTP server that reads each request body in full and answers with a fixed,
 * spec-valid body chosen by path. Both clients under comparison talk to the same server, so its
 * cost is the same on both sides of every ratio.
 */
final class CannedServer implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, byte[]> lastBodies = new ConcurrentHashMap<>();

  /** @param answers status and body by request path (without query) */
  CannedServer(Map<String, Answer> answers) throws IOException {
    // Without TCP_NODELAY the server's separate header and body writes meet the client's delayed
    // ACK, and every exchange waits about 40 ms whatever the client does.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext(
        "/",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            lastBodies.put(exchange.getRequestURI().getPath(), in.readAllBytes());
          }
          Answer answer = answers.get(exchange.getRequestURI().getPath());
          if (answer == null) {
            answer = new Answer(404, "{}".getBytes(StandardCharsets.UTF_8));
          }
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(answer.status(), answer.body().length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
          }
        });
    server.start();
  }

  record Answer(int status, byte[] body) {}

  /** The body of the last request to {@code path}, to check that both clients send the same. */
  byte[] lastBody(String path) {
    return lastBodies.get(path);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
