package org.eventapis.core;

import feign.FeignException;
import feign.InvocationHandlerFactory;
import feign.Request;
import feign.Target;
import feign.codec.EncodeException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Wraps every generated interface: a call on a closed client, or with arguments the spec does
 * not allow, is refused before anything is sent ({@link RequestArguments}); after that, nothing
 * but {@link EventApiException} reaches the caller: Feign's exceptions are unwrapped or
 * translated here, in one place.
 */
final class ExceptionTranslation implements InvocationHandlerFactory {

  private final String api;
  private final BooleanSupplier closed;
  private final InvocationHandlerFactory delegate = new InvocationHandlerFactory.Default();

  ExceptionTranslation(String api, BooleanSupplier closed) {
    this.api = api;
    this.closed = closed;
  }

  @Override
  public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
    InvocationHandler handler = delegate.create(target, dispatch);
    return (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return handler.invoke(proxy, method, args);
      }
      if (closed.getAsBoolean()) {
        throw new IllegalStateException(api + ": the client is closed");
      }
      Object[] prepared = args == null ? null : RequestArguments.prepare(api, method, args);
      if (Thread.currentThread().isInterrupted()) {
        // Nothing is sent for a thread that was asked to stop; the flag stays set for the
        // caller to act on, whatever transport would otherwise have ignored it.
        throw Failure.NOT_SENT.connectionException(
            api,
            api + ": the calling thread is interrupted; nothing was sent",
            new InterruptedIOException("interrupted before sending"));
      }
      try {
        return handler.invoke(proxy, method, prepared);
      } catch (FeignException failure) {
        throw translate(failure);
      }
    };
  }

  RuntimeException translate(FeignException failure) {
    Throwable cause = failure.getCause();
    if (cause instanceof EventApiException typed) {
      return typed;
    }
    if (failure instanceof EncodeException) {
      return new IllegalArgumentException(api + ": the request body could not be encoded", failure);
    }
    String exchange = describe(failure.request());
    if (cause instanceof IOException io) {
      Failure connection = Failure.ofConnection(io);
      return connection.connectionException(
          api,
          api + ": no usable response to " + exchange + " (" + io.getClass().getSimpleName()
              + (Failure.isTimeout(io) ? ", timed out" : "") + ")",
          io);
    }
    int status = failure.status();
    if (status >= 200 && status < 300) {
      return Failure.UNREADABLE_ANSWER.answerException(
          api, status, api + ": could not read the answer to " + exchange, failure.contentUTF8(), failure);
    }
    return Failure.ofStatus(status)
        .exception(
            api,
            status,
            ErrorDetails.unparsed(),
            new String(failure.content() == null ? new byte[0] : failure.content(), StandardCharsets.UTF_8),
            null);
  }

  private static String describe(Request request) {
    if (request == null) {
      return "the request";
    }
    String url = request.url();
    int query = url.indexOf('?');
    return request.httpMethod().name() + " " + (query < 0 ? url : url.substring(0, query));
  }
}
