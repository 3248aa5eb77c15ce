package org.eventapis.core;

import feign.Request;
import feign.Response;
import feign.http2client.Http2Client;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * The default transport: the JDK's {@code java.net.http.HttpClient} through Feign's {@code
 * feign-java11} module, so that the client brings no HTTP library of its own into an
 * application.
 *
 * <p>The JDK client is set up for these APIs:
 *
 * <ul>
 *   <li>HTTP/1.1: over plain http the JDK would otherwise ask every first request to upgrade to
 *       HTTP/2, which loopback test servers and proxies handle unevenly;
 *   <li>redirects are never followed, so a key is never sent to a host a 3xx names;
 *   <li>its own threads are daemon threads owned by this transport and stopped by {@link
 *       #close()}, so a short-lived program ends when its work does.
 * </ul>
 *
 * <p>The JDK resends a request on its own in two cases only, neither of which can duplicate a
 * write: when the connection is refused (nothing was sent), and for GET and HEAD when a pooled
 * connection turns out to have been closed by the server before it answered. It never resends a
 * POST, PUT, PATCH or DELETE, and never after an answer. Its sockets have Nagle's algorithm off.
 *
 * <p>Two things the module does are replaced here: it decompresses gzip eagerly while it builds
 * the response, which would block outside every timeout on a server that stalls after its
 * headers; and it casts {@code Content-Length} to an {@code int}, which goes wrong beyond 2 GiB
 * and on a negative value.
 */
final class JdkTransport extends Http2Client implements AutoCloseable {

  private final ThreadPoolExecutor threads;

  private JdkTransport(HttpClient client, ThreadPoolExecutor threads) {
    super(client);
    this.threads = threads;
  }

  static JdkTransport create(String api, Duration connectTimeout) {
    ThreadPoolExecutor threads = daemonThreads(api);
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(connectTimeout)
            .executor(threads)
            .build();
    return new JdkTransport(client, threads);
  }

  /** Grows with demand and shrinks to nothing when idle; daemon threads never hold up exit. */
  private static ThreadPoolExecutor daemonThreads(String api) {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            task -> {
              Thread thread = new Thread(task, "eventapis-" + api + "-http-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  @Override
  protected Response toFeignResponse(Request request, HttpResponse<InputStream> answer) {
    // Feign's builder copies the headers into a map of its own: no copy is needed here.
    Map<String, Collection<String>> headers = Collections.unmodifiableMap(answer.headers().map());
    List<String> encodings = answer.headers().allValues("Content-Encoding");
    InputStream body = answer.body();
    Integer length = null;
    if (encodings.isEmpty()) {
      long declared = declaredLength(answer.headers().firstValue("Content-Length").orElse(""));
      length = declared >= 0 && declared <= Integer.MAX_VALUE ? (int) declared : null;
    } else {
      body = new Decompressing(body, encodings.get(encodings.size() - 1).trim().toLowerCase(Locale.ROOT));
    }
    return Response.builder()
        .protocolVersion(Request.ProtocolVersion.HTTP_1_1)
        .status(answer.statusCode())
        .headers(headers)
        .request(request)
        .body(body, length)
        .build();
  }

  /** The declared length, or -1 when it is missing or not a number a body can have. */
  private static long declaredLength(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException notALength) {
      return -1;
    }
  }

  /**
   * Lets the transport's threads end as soon as they are idle. The pool is not shut down: the
   * JDK client needs it to finish a call still in flight, timeouts included, and a call cut off
   * that way would never return.
   */
  @Override
  public void close() {
    threads.setKeepAliveTime(1, TimeUnit.MILLISECONDS);
  }

  /**
   * Decompresses on the first read rather than on construction, so that reading the gzip header
   * happens under the caller's timeouts like every other byte of the body.
   */
  private static final class Decompressing extends InputStream {

    private final InputStream raw;
    private final String encoding;
    private InputStream decoded;

    Decompressing(InputStream raw, String encoding) {
      this.raw = raw;
      this.encoding = encoding;
    }

    private InputStream decoded() throws IOException {
      if (decoded == null) {
        decoded = switch (encoding) {
          case "gzip", "x-gzip" -> new GZIPInputStream(raw);
          case "deflate" -> new InflaterInputStream(raw);
          case "identity" -> raw;
          default -> throw new IOException("unsupported Content-Encoding " + encoding);
        };
      }
      return decoded;
    }

    @Override
    public int read() throws IOException {
      return decoded().read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      return decoded().read(buffer, offset, length);
    }

    @Override
    public void close() throws IOException {
      raw.close();
    }
  }
}
