package org.eventapis.core;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
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

  private final Client delegate;
  private final AutoCloseable owned;
  private volatile boolean closed;
  private final long connectMillis;
  private final long readMillis;
  private final long callMillis;

  private ClientTransport(Client delegate, AutoCloseable owned, ClientSettings settings) {
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
  public static ClientTransport create(ClientSettings settings, Client supplied) {
    if (supplied != null) {
      return new ClientTransport(supplied, null, settings);
    }
    JdkTransport jdk = JdkTransport.create(settings.api(), settings.connectTimeout());
    return new ClientTransport(jdk, jdk, settings);
  }

  /**
   * Whether the transport resends a GET or HEAD once by itself when the connection closes before
   * any answer: the JDK client does, and offers no per-client switch to stop it.
   */
  boolean resendsReads() {
    return owned != null;
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
    Response response = delegate.execute(request, perCall == null ? options : options(read, call));
    if (response.body() == null) {
      return response;
    }
    InputStream timed = new TimedBody(response.body().asInputStream(), read, deadline);
    return response.toBuilder().body(timed, response.body().length()).build();
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
    private volatile boolean timedOut;

    TimedBody(InputStream in, long readMillis, long deadline) {
      super(in);
      this.readMillis = readMillis;
      this.deadline = deadline;
    }

    @Override
    public int read() throws IOException {
      ScheduledFuture<?> timer = arm();
      try {
        return endOrTimeout(super.read());
      } catch (IOException failure) {
        throw translated(failure);
      } finally {
        timer.cancel(false);
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      ScheduledFuture<?> timer = arm();
      try {
        return endOrTimeout(super.read(buffer, offset, length));
      } catch (IOException failure) {
        throw translated(failure);
      } finally {
        timer.cancel(false);
      }
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] sink = new byte[(int) Math.min(n, 8192)];
      int read = read(sink, 0, sink.length);
      return Math.max(read, 0);
    }

    private ScheduledFuture<?> arm() throws IOException {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (timedOut || left <= 0) {
        timedOut = true;
        close();
        throw new SocketTimeoutException("the call timeout ran out while reading the answer");
      }
      return TIMERS.schedule(this::expire, Math.min(readMillis, left), TimeUnit.MILLISECONDS);
    }

    private void expire() {
      timedOut = true;
      try {
        in.close();
      } catch (IOException | RuntimeException ignored) {
        // The reader learns of the timeout from its own failed read.
      }
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
