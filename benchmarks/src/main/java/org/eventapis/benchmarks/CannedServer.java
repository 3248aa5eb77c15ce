package org.eventapis.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The loopback server every benchmark talks to, run as a process of its own (see {@link
 * ServerProcess}) so that its work is never counted as the client's. It reads each request body
 * in full and answers with a fixed, spec-valid body chosen by path.
 *
 * <p>Paths under {@code /__} are for the benchmark, not measured: {@code /__last?path=P} gives the
 * last body sent to {@code P}, {@code /__stats} the requests served and connections seen since
 * {@code /__reset}. A connection is counted by its client address and port, which the client
 * side cannot reuse while the connection is open.
 */
public final class CannedServer {

  static final String PERSCOM = "/v2/events";
  static final String UNIPILE = "/api/v1/calendars/cal-1/events";
  static final String TIMEKIT = "/tk/v2/events";
  static final int[] BATCH_SIZES = {1, 100, 1000};

  /** The batch create path for a batch of {@code size}: one path per size, one answer each. */
  static String batchPath(int size) {
    return "/b" + size + "/v2/events/batch";
  }

  private final Map<String, byte[]> answers = new HashMap<>();
  private final Map<String, Integer> statuses = new HashMap<>();
  private final Map<String, byte[]> lastBodies = new ConcurrentHashMap<>();
  private final Set<SocketAddress> connections = ConcurrentHashMap.newKeySet();
  private final AtomicLong requests = new AtomicLong();

  private CannedServer() {
    answer(PERSCOM, 201, Fixtures.perscomEnvelope());
    answer(UNIPILE, 201, Fixtures.unipileCreated());
    answer(TIMEKIT, 201, Fixtures.timekitEnvelope());
    for (int size : BATCH_SIZES) {
      answer(batchPath(size), 200, Fixtures.perscomBatchEnvelope(size));
    }
  }

  private void answer(String path, int status, byte[] body) {
    answers.put(path, body);
    statuses.put(path, status);
  }

  /** Starts the server on a free loopback port and prints the port as its first line. */
  public static void main(String[] args) throws IOException {
    // Without TCP_NODELAY the server's separate header and body writes meet the client's delayed
    // ACK, and every exchange waits about 40 ms whatever the client does.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    CannedServer canned = new CannedServer();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    server.createContext("/", canned::handle);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.start();
    System.out.println(server.getAddress().getPort());
    System.out.flush();
    // The benchmark ends the server by closing its input, or by ending the process.
    while (System.in.read() >= 0) {
      // nothing to read but the end
    }
    System.exit(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    byte[] received;
    try (InputStream in = exchange.getRequestBody()) {
      received = in.readAllBytes();
    }
    int status;
    byte[] body;
    if (path.startsWith("/__")) {
      status = 200;
      body = control(path, exchange.getRequestURI().getQuery());
    } else {
      requests.incrementAndGet();
      connections.add(exchange.getRemoteAddress());
      lastBodies.put(path, received);
      body = answers.getOrDefault(path, "{}".getBytes(StandardCharsets.UTF_8));
      status = statuses.getOrDefault(path, 404);
    }
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private byte[] control(String path, String query) {
    switch (path) {
      case "/__last":
        return lastBodies.getOrDefault(query.substring("path=".length()), new byte[0]);
      case "/__stats":
        return (requests.get() + " " + connections.size()).getBytes(StandardCharsets.UTF_8);
      case "/__reset":
        requests.set(0);
        connections.clear();
        return new byte[0];
      default:
        return new byte[0];
    }
  }
}
