package org.eventapis.contracts.support;

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
 * A loopback HTTP server that records each request exactly as it arrived, request line and body,
 * and answers every one with the same canned response. Unlike a full server it normalizes
 * nothing, so a test sees the bytes the client put on the wire.
 */
public final class RawHttpServer implements AutoCloseable {

  /** One request as received. */
  public record Received(String requestLine, String body) {}

  private final ServerSocket socket;
  private final byte[] answer;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  private RawHttpServer(int status, String body) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    answer =
        ("HTTP/1.1 " + status + " Canned\r\nContent-Type: application/json\r\nContent-Length: "
                + content.length + "\r\nConnection: close\r\n\r\n" + body)
            .getBytes(StandardCharsets.UTF_8);
    acceptor = new Thread(this::serve, "raw-http-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A server answering every request with this status and JSON body. */
  public static RawHttpServer answering(int status, String body) throws IOException {
    return new RawHttpServer(status, body);
  }

  public String baseUrl(String basePath) {
    return "http://127.0.0.1:" + socket.getLocalPort() + basePath;
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public void clear() {
    received.clear();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket connection = socket.accept()) {
        InputStream in = connection.getInputStream();
        String head = readHead(in);
        String[] lines = head.split("\r\n");
        int length = 0;
        for (String line : lines) {
          if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
            length = Integer.parseInt(line.substring(15).trim());
          }
        }
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        received.add(new Received(lines[0], body));
        OutputStream out = connection.getOutputStream();
        out.write(answer);
        out.flush();
      } catch (IOException | RuntimeException stoppedOrBroken) {
        // A closed server ends the loop; a broken connection is the client's business.
      }
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
  }
}
