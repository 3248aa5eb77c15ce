package org.eventapis.core;

import feign.RequestTemplate;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;

/**
 * Carries the {@link RequestOptions} of a call to the parts of Feign that act on it: the header
 * interceptor, the retryer and the transport.
 *
 * <p>A client and its views share one Feign instance per interface, so the options cannot be
 * built into it; a view instead sets them for the duration of each call. Feign runs a call on
 * the caller's thread from start to end (retries and the reading of the body included), which
 * is what makes a thread-local the right carrier here.
 */
final class CallScope {

  private static final ThreadLocal<RequestOptions> CURRENT = new ThreadLocal<>();

  private CallScope() {}

  /** The options of the call in progress on this thread; none outside a view's call. */
  static RequestOptions current() {
    RequestOptions options = CURRENT.get();
    return options == null ? RequestOptions.none() : options;
  }

  /** The timeout of the call in progress, or {@code null} for the client's own. */
  static Duration timeout() {
    return current().timeout().orElse(null);
  }

  /** The retry policy of the call in progress, or the client's. */
  static RetryPolicy retryPolicy(RetryPolicy clients) {
    return current().retryPolicy().orElse(clients);
  }

  /** Adds the call's headers, each replacing one the client set under that name. */
  static void addHeaders(RequestTemplate template) {
    current()
        .headers()
        .forEach(
            (name, value) -> {
              template.removeHeader(name);
              // Literal: a header value is never a Feign template, whatever braces it holds.
              template.headerLiteral(name, List.of(value));
            });
  }

  /** A view of {@code target} that makes every call with {@code options}. */
  static <T> T bind(Class<T> api, T target, RequestOptions options) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
              case "equals" -> proxy == args[0];
              case "hashCode" -> System.identityHashCode(proxy);
              default -> target + " with " + options;
            };
          }
          RequestOptions outer = CURRENT.get();
          CURRENT.set(options);
          try {
            return method.invoke(target, args);
          } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
          } finally {
            if (outer == null) {
              CURRENT.remove();
            } else {
              CURRENT.set(outer);
            }
          }
        };
    return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, handler));
  }
}
