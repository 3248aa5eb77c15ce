package org.eventapis.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback server that answers with whatever bytes a test writes, for the faults a real HTTP
 * server refuses to produce: invalid lengths, bodies cut off or endless, absurd headers. It
 * records the request line of every request, and serves one request per connection. It can also
 * stall: write part of an answer, or none, and then never another byte until the client hangs up,
 * which makes a timeout certain however slow the machine.
 */
final class RawServer implements AutoCloseable {

  /** Writes the answer to one request; may stop early, stall or close. */
  interface Answer {
    void write(OutputStream out) throws IOException;
  }

  private final ServerSocket socket;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile Answer answer = out -> {};
  private volatile boolean stall;

  RawServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::serve, "raw-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  void answer(Answer answer) {
    this.stall = false;
    this.answer = answer;
    requests.clear();
  }

  /**
   * Writes these bytes (possibly none) and then nothing more: the connection stays open and
   * silent until the client closes it.
   */
  void answerThenStall(String raw) {
    answer(raw);
    stall = true;
  }

  /** Answers with these exact bytes: a status line, headers, a blank line and a body. */
  void answer(String raw) {
    answer(out -> out.write(raw.getBytes(StandardCharsets.ISO_8859_1)));
  }

  List<String> requests() {
    return List.copyOf(requests);
  }

  private void serve() {
    while (!socket.isClosed()) {
      Socket connection;
      try {
        connection = socket.accept();
      } catch (IOException closed) {
        return;
      }
      Thread handler = new Thread(() -> handle(connection), "raw-server-connection");
      handler.setDaemon(true);
      handler.start();
    }
  }

  private void handle(Socket connection) {
    open.add(connection);
    try (connection) {
      InputStream in = connection.getInputStream();
      String head = readHead(in);
      if (head.isEmpty()) {
        return;
      }
      int length = 0;
      for (String line : head.split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          length = Integer.parseInt(line.substring(15).trim());
        }
      }
      in.readNBytes(length);
      requests.add(head.substring(0, head.indexOf("\r\n")));
      OutputStream out = connection.getOutputStream();
      answer.write(out);
      out.flush();
      if (stall) {
        // Returns only when the client hangs up: it sends nothing more on this connection.
        in.transferTo(OutputStream.nullOutputStream());
      }
    } catch (IOException | RuntimeException clientWentAway) {
      // The client closing a connection it no longer wants is part of several cases.
    } finally {
      open.remove(connection);
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last = 0;
    int b;
    while ((b = in.read()) >= 0) {
      head.write(b);
      last = (last << 8) | b;
      if (last == 0x0D0A0D0A) {
        break;
      }
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket connection : open) {
      connection.close();
    }
  }
}
