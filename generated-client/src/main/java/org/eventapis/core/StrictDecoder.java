package org.eventapis.core;

import feign.Response;
import feign.Util;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

/**
 * Decodes successful responses with the generated decoder, and turns every way a body can fail
 * to be what the spec says (empty, JSON {@code null}, HTML, cut off, wrong shape) into a {@link
 * ResponseFormatException} rather than a parser exception or a silent {@code null}.
 *
 * <p>The object an operation returns must carry its required properties (an envelope its
 * {@code data}, a confirmation its {@code object}): that is what a caller dereferences first.
 * Deeper down, fields are decoded as sent, so that a vendor leaving out one field of one event
 * does not make a whole list unreadable.
 */
final class StrictDecoder implements Decoder {

  private static final int BODY_EXCERPT = 1 << 20;

  private final String api;
  private final Decoder delegate;
  private final Predicate<Response> mayBeEmpty;

  /**
   * @param mayBeEmpty responses that may come without a body (decoded as {@code null}) besides
   *     202 and 204
   */
  StrictDecoder(String api, Decoder delegate, Predicate<Response> mayBeEmpty) {
    this.api = api;
    this.delegate = delegate;
    this.mayBeEmpty = mayBeEmpty;
  }

  @Override
  public Object decode(Response response, Type type) {
    byte[] body = read(response);
    int status = response.status();
    if (body.length == 0 && !isResponseWrapper(type)) {
      if (status == 202 || status == 204 || mayBeEmpty.test(response)) {
        return null;
      }
      throw new ResponseFormatException(
          api, status, api + " answered " + status + " with an empty body where JSON was expected", "", null);
    }
    Object decoded;
    try {
      decoded = delegate.decode(response.toBuilder().body(body).build(), type);
    } catch (IOException | RuntimeException unreadable) {
      String text = new String(body, 0, Math.min(body.length, BODY_EXCERPT), StandardCharsets.UTF_8);
      throw new ResponseFormatException(
          api,
          status,
          api + " answered " + status + " with a body that is not the documented JSON ("
              + unreadable.getClass().getSimpleName() + ")",
          text,
          unreadable);
    }
    List<String> missing = missingRequired(decoded);
    if (!missing.isEmpty()) {
      String text = new String(body, 0, Math.min(body.length, BODY_EXCERPT), StandardCharsets.UTF_8);
      throw new ResponseFormatException(
          api,
          status,
          api + " answered " + status + " without " + (decoded == null ? "a body (JSON null)"
              : "the required " + missing + " of " + decoded.getClass().getSimpleName()),
          text,
          null);
    }
    return decoded;
  }

  /**
   * The required properties the object lacks, by their JSON names; a missing object counts as
   * missing. Generated models mark required getters {@code @Nonnull}; an {@code ApiResponse}
   * wrapper is checked through its data.
   */
  static List<String> missingRequired(Object decoded) {
    if (decoded == null) {
      return List.of("body");
    }
    if (decoded.getClass().getSimpleName().equals("ApiResponse")) {
      return List.of();
    }
    return RequiredProperties.missing(decoded);
  }

  private byte[] read(Response response) {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      return Util.toByteArray(in);
    } catch (IOException broken) {
      throw new ApiConnectionException(
          api,
          api + ": the connection failed while reading the response ("
              + broken.getClass().getSimpleName() + ")",
          broken,
          broken instanceof SocketTimeoutException,
          false);
    }
  }

  /** The generated {@code ApiResponse<T>}, which carries status and headers even without a body. */
  private static boolean isResponseWrapper(Type type) {
    return type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> raw
        && raw.getSimpleName().equals("ApiResponse");
  }
}
