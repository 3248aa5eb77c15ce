package org.eventapis.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * The two floors under every call: the same request bytes over the JDK's HTTP client alone (the
 * transport the generated client uses, without Feign and without JSON mapping), and over a plain
 * socket (the request written as bytes, the answer's headers scanned for its length and its body
 * read). The body is the one the generated client sent, taken from the server, so all sides send
 * the same bytes.
 */
final class Anchors {

  private Anchors() {}

  /** One request, ready to send: method POST, JSON both ways, one auth header. */
  record Call(String pathAndQuery, String authName, String authValue, byte[] body) {}

  /** The JDK client, set up as the generated client's transport is: HTTP/1.1, no redirects. */
  static final class Transport {

    private final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String baseUrl;

    Transport(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    byte[] send(Call call) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(baseUrl + call.pathAndQuery()))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .header(call.authName(), call.authValue())
              .POST(HttpRequest.BodyPublishers.ofByteArray(call.body()))
              .build();
      try {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() >= 300) {
          throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return response.body();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** One kept-alive connection; not thread-safe, one per benchmark thread. */
  static final class RawSocket implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(128);

    RawSocket(int port) {
      try {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The whole request as it goes on the wire, built once. */
    static byte[] request(int port, Call call) {
      byte[] head =
          ("POST " + call.pathAndQuery() + " HTTP/1.1\r\n"
                  + "Host: 127.0.0.1:" + port + "\r\n"
                  + "Content-Type: application/json\r\n"
                  + "Accept: application/json\r\n"
                  + call.authName() + ": " + call.authValue() + "\r\n"
                  + "Content-Length: " + call.body().length + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII);
      byte[] whole = new byte[head.length + call.body().length];
      System.arraycopy(head, 0, whole, 0, head.length);
      System.arraycopy(call.body(), 0, whole, head.length, call.body().length);
      return whole;
    }

    byte[] send(byte[] request) {
      try {
        out.write(request);
        out.flush();
        String status = readLine();
        if (!status.startsWith("HTTP/1.1 2")) {
          throw new IllegalStateException("unexpected answer: " + status);
        }
        int length = -1;
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
          if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
            length = Integer.parseInt(header.substring(15).trim());
          }
        }
        if (length < 0) {
          throw new IllegalStateException("the answer has no Content-Length");
        }
        return in.readNBytes(length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private String readLine() throws IOException {
      line.reset();
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          throw new IOException("the server closed the connection");
        }
        if (b != '\r') {
          line.write(b);
        }
      }
      return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
      try {
        socket.close();
      } catch (IOException ignored) {
        // nothing left to measure
      }
    }
  }
}
