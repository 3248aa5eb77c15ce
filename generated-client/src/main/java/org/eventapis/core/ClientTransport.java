package org.eventapis.core;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP layer of one client: the JDK transport, or a {@link Client} the caller supplied, with
 * the client's timeouts applied the same way over either.
 *
 * <p>An attempt may take at most the call timeout in all. Waiting for the answer to start is
 * bounded by the read timeout (or the call timeout, if shorter) through the transport's own
 * request timeout; after that, every read of the body must make progress within the read
 * timeout and end within the call timeout, else the body is closed under the reader, which then
 * gets a {@link SocketTimeoutException}. Closing a body unblocks a read in progress for the JDK
 * client, OkHttp and Apache HttpClient alike.
 */
public final class ClientTransport implements Client, AutoCloseable {

  /** One daemon thread for every client's timers: it only closes bodies that overran. */
  private static final ScheduledThreadPoolExecutor TIMERS = timers();

  /** Closes the bodies the timers give up on; grows only while closes are slow. */
  private static final java.util.concurrent.ExecutorService CLOSERS =
      java.util.concurrent.Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "eventapis-timeout-close");
            thread.setDaemon(true);
            return thread;
          });

  private final Client delegate;
  private final AutoCloseable owned;
  private volatile boolean closed;
  private final long connectMillis;
  private final long readMillis;
  private final long callMillis;
  private final long maxBodyBytes;

  private ClientTransport(
      Client delegate, AutoCloseable owned, ClientSettings settings, long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
    this.delegate = delegate;
    this.owned = owned;
    this.connectMillis = settings.connectTimeout().toMillis();
    this.readMillis = settings.readTimeout().toMillis();
    this.callMillis = settings.callTimeout().toMillis();
  }

  /**
   * The transport for one client.
   *
   * @param supplied the caller's own Feign client, which the caller keeps owning; {@code null}
   *     for the JDK transport, which this object owns and stops on {@link #close()}
   */
  public static ClientTransport create(ClientSettings settings, Client supplied, long maxBodyBytes) {
    if (supplied != null) {
      return new ClientTransport(supplied, null, settings, maxBodyBytes);
    }
    JdkTransport jdk = JdkTransport.create(settings.api(), settings.connectTimeout());
    return new ClientTransport(jdk, jdk, settings, maxBodyBytes);
  }

  /** As {@link #create(ClientSettings, Client, long)}, with the default body limit. */
  public static ClientTransport create(ClientSettings settings, Client supplied) {
    return create(settings, supplied, ClientBuilder.DEFAULT_MAX_RESPONSE_BYTES);
  }

  /** Whether {@link #close()} was called; calls are then refused before anything is sent. */
  public boolean isClosed() {
    return closed;
  }

  /** The options every attempt is sent with: no redirects, and the timeouts above. */
  public Request.Options options() {
    return options(readMillis, callMillis);
  }

  /** The connect timeout stays the client's: the JDK transport builds a new client for another. */
  private Request.Options options(long read, long call) {
    return new Request.Options(
        connectMillis, TimeUnit.MILLISECONDS, Math.min(read, call), TimeUnit.MILLISECONDS, false);
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    // A call made through a client's withOptions(...) view may bring a timeout of its own; it
    // takes the place of both the read and the call timeout for this attempt.
    java.time.Duration perCall = CallScope.timeout();
    long read = perCall == null ? readMillis : perCall.toMillis();
    long call = perCall == null ? callMillis : perCall.toMillis();
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(call);
    Response response;
    try {
      response = delegate.execute(request, perCall == null ? options : options(read, call));
    } catch (RuntimeException transportFailure) {
      // An HTTP library that fails with an unchecked exception on something the server sent
      // (a header it cannot parse, a length it does not accept) still fails as an I/O problem,
      // which the client reports as ApiConnectionException.
      throw new IOException(
          "the HTTP transport failed (" + transportFailure.getClass().getSimpleName() + ")",
          transportFailure);
    }
    if (response.body() == null) {
      return response;
    }
    InputStream timed =
        new TimedBody(
            response.body().asInputStream(),
            read,
            deadline,
            // Error bodies are cut at 1 MiB where they are read; the limit is for answers.
            response.status() >= 200 && response.status() < 300 ? maxBodyBytes : Long.MAX_VALUE,
            declaredLength(response));
    return response.toBuilder().body(timed, response.body().length()).build();
  }

  /**
   * The length the answer declares for the bytes the caller reads, or -1: unknown, or not the
   * length of what is read because the body is compressed.
   */
  private static long declaredLength(Response response) {
    Collection<String> encodings = header(response, "Content-Encoding");
    if (encodings.stream().anyMatch(value -> !value.trim().equalsIgnoreCase("identity"))) {
      return -1;
    }
    Collection<String> lengths = header(response, "Content-Length");
    if (lengths.size() != 1) {
      return -1;
    }
    try {
      long length = Long.parseLong(lengths.iterator().next().trim());
      return length >= 0 ? length : -1;
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }

  private static Collection<String> header(Response response, String name) {
    for (Map.Entry<String, Collection<String>> header : response.headers().entrySet()) {
      if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)) {
        return header.getValue();
      }
    }
    return List.of();
  }

  /** Refuses further calls and stops the threads of the JDK transport; idempotent. */
  @Override
  public void close() {
    closed = true;
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception ignored) {
        // Stopping idle threads cannot fail in a way the caller could act on.
      }
    }
  }

  /** A body longer than the client accepts; the decoder turns it into a typed exception. */
  static final class BodyTooLargeException extends IOException {
    final long limit;

    BodyTooLargeException(long limit) {
      super("the answer's body is larger than the " + limit + " bytes the client accepts");
      this.limit = limit;
    }
  }

  private static ScheduledThreadPoolExecutor timers() {
    ScheduledThreadPoolExecutor timers =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "eventapis-timeouts");
              thread.setDaemon(true);
              return thread;
            });
    timers.setRemoveOnCancelPolicy(true);
    return timers;
  }

  /** A body whose every read is bounded by the read timeout and the attempt's deadline. */
  private static final class TimedBody extends FilterInputStream {

    private final long readMillis;
    private final long deadline;
    private final long maxBytes;
    private final long declared;
    private long count;
    private volatile boolean timedOut;
    private volatile boolean finished;
    private volatile boolean reading;
    private volatile long lastProgress;
    /** One timer per body, not per read: it re-arms itself while the body makes progress. */
    private ScheduledFuture<?> watchdog;

    TimedBody(InputStream in, long readMillis, long deadline, long maxBytes, long declared) {
      super(in);
      this.declared = declared;
      this.readMillis = readMillis;
      this.deadline = deadline;
      this.maxBytes = maxBytes;
    }

    /**
     * Counts what was read, stops a body that grows beyond the limit, and reports a body that
     * ends before the length it declared: some HTTP libraries (HttpURLConnection among them)
     * answer a connection closed mid-body with a quiet end.
     */
    private int counted(int read) throws IOException {
      if (read < 0 && declared >= 0 && count < declared) {
        throw new java.io.EOFException(
            "the answer ended after " + count + " of the " + declared + " bytes it declared");
      }
      if (read > 0) {
        count += read;
        if (count > maxBytes) {
          close();
          throw new BodyTooLargeException(maxBytes);
        }
      }
      return read;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int read = read(one, 0, 1);
      return read < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      start();
      try {
        int read = counted(endOrTimeout(super.read(buffer, offset, length)));
        if (read < 0) {
          stopWatching();
        }
        return read;
      } catch (BodyTooLargeException | java.io.EOFException ours) {
        throw ours;
      } catch (IOException failure) {
        throw translated(failure);
      } finally {
        lastProgress = System.nanoTime();
        reading = false;
      }
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] sink = new byte[(int) Math.min(n, 8192)];
      int read = read(sink, 0, sink.length);
      return Math.max(read, 0);
    }

    @Override
    public void close() throws IOException {
      stopWatching();
      super.close();
    }

    /** Notes the start of a read, and fails it at once when the call timeout has run out. */
    private void start() throws IOException {
      long now = System.nanoTime();
      if (timedOut || now - deadline >= 0) {
        timedOut = true;
        close();
        throw new SocketTimeoutException("the call timeout ran out while reading the answer");
      }
      lastProgress = now;
      reading = true;
      synchronized (this) {
        if (watchdog == null && !finished) {
          watchdog = TIMERS.schedule(this::check, delayMillis(now), TimeUnit.MILLISECONDS);
        }
      }
    }

    /** Until the read in progress would overrun the read timeout, or the call its deadline. */
    private long delayMillis(long now) {
      long idleLeft = TimeUnit.MILLISECONDS.toNanos(readMillis) - (reading ? now - lastProgress : 0);
      return Math.max(1, TimeUnit.NANOSECONDS.toMillis(Math.min(idleLeft, deadline - now)) + 1);
    }

    /** Runs on the timer: gives up on the body, or checks again when it next could have to. */
    private void check() {
      long now = System.nanoTime();
      boolean stalled =
          reading && now - lastProgress >= TimeUnit.MILLISECONDS.toNanos(readMillis);
      synchronized (this) {
        watchdog = null;
        if (finished) {
          return;
        }
        if (!stalled && deadline - now > 0) {
          watchdog = TIMERS.schedule(this::check, delayMillis(now), TimeUnit.MILLISECONDS);
          return;
        }
      }
      expire();
    }

    private void stopWatching() {
      synchronized (this) {
        finished = true;
        if (watchdog != null) {
          watchdog.cancel(false);
          watchdog = null;
        }
      }
    }

    /**
     * Runs on the timer thread, which must never block: closing a body can itself take long
     * (some HTTP libraries read the rest of it first), so the close runs on a thread of its own.
     */
    private void expire() {
      timedOut = true;
      CLOSERS.execute(
          () -> {
            try {
              in.close();
            } catch (IOException | RuntimeException ignored) {
              // The reader learns of the timeout from its own failed read.
            }
          });
    }

    /** Some streams answer a close under a reader with a quiet end instead of a failure. */
    private int endOrTimeout(int read) throws SocketTimeoutException {
      if (read < 0 && timedOut) {
        throw new SocketTimeoutException("no data within the read timeout while reading the answer");
      }
      return read;
    }

    private IOException translated(IOException failure) {
      if (!timedOut || failure instanceof SocketTimeoutException) {
        return failure;
      }
      SocketTimeoutException timeout =
          new SocketTimeoutException("no data within the read timeout while reading the answer");
      timeout.initCause(failure);
      return timeout;
    }
  }
}
