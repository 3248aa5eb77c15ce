package org.eventapis.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.RetryableException;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
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
  /** A declared length is trusted for one allocation up to this size, never beyond. */
  private static final int PREALLOCATE_LIMIT = 16 << 20;

  private final Decoder delegate;
  private final ObjectMapper mapper;
  private final Predicate<Response> mayBeEmpty;

  /**
   * @param mayBeEmpty the answers the spec documents without a body (decoded as {@code null});
   *     any other empty success is a {@link ResponseFormatException}
   */
  StrictDecoder(String api, Decoder delegate, ObjectMapper mapper, Predicate<Response> mayBeEmpty) {
    this.mapper = mapper;
    this.api = api;
    this.delegate = delegate;
    this.mayBeEmpty = mayBeEmpty;
  }

  @Override
  public Object decode(Response response, Type type) {
    byte[] body = read(response);
    int status = response.status();
    boolean emptyAllowed = mayBeEmpty.test(response);
    boolean wrapper = isResponseWrapper(type);
    if (body.length == 0 && !emptyAllowed) {
      throw Failure.UNREADABLE_ANSWER.answerException(
          api, status, api + " answered " + status + " with an empty body where JSON was expected", "", null);
    }
    if (body.length == 0 && !wrapper) {
      return null;
    }
    Object decoded;
    try {
      // The body is already in memory: a JSON model is read from its bytes directly, which saves
      // the character decoding the generic decoder goes through. Wrappers and binary bodies
      // still go to the generated decoder.
      decoded =
          isJsonModel(type)
              ? mapper.readValue(body, mapper.getTypeFactory().constructType(type))
              : delegate.decode(response.toBuilder().body(body).build(), type);
    } catch (IOException | RuntimeException unreadable) {
      String text = new String(body, 0, Math.min(body.length, BODY_EXCERPT), StandardCharsets.UTF_8);
      throw Failure.UNREADABLE_ANSWER.answerException(
          api,
          status,
          api + " answered " + status + " with a body that is not the documented JSON ("
              + unreadable.getClass().getSimpleName() + ")",
          text,
          unreadable);
    }
    // A …WithHttpInfo answer is held to the same rules as the bare one: its body is checked.
    Object checked = wrapper ? dataOf(decoded) : decoded;
    List<String> missing =
        checked == null && body.length == 0 ? List.of() : missingRequired(checked);
    if (!missing.isEmpty()) {
      String text = new String(body, 0, Math.min(body.length, BODY_EXCERPT), StandardCharsets.UTF_8);
      throw Failure.UNREADABLE_ANSWER.answerException(
          api,
          status,
          api + " answered " + status + " without " + (checked == null ? "a body (JSON null)"
              : "the required " + missing + " of " + checked.getClass().getSimpleName()),
          text,
          null);
    }
    return decoded;
  }

  /**
   * The required properties the object lacks, by their JSON names; a missing object counts as
   * missing. Generated models mark required getters {@code @Nonnull}.
   */
  static List<String> missingRequired(Object decoded) {
    if (decoded == null) {
      return List.of("body");
    }
    return RequiredProperties.missing(decoded);
  }

  /** The body of a generated {@code ApiResponse}; each API has its own class of that name. */
  private static Object dataOf(Object wrapper) {
    try {
      return wrapper == null ? null : wrapper.getClass().getMethod("getData").invoke(wrapper);
    } catch (ReflectiveOperationException notTheGeneratedWrapper) {
      throw new IllegalStateException("not a generated ApiResponse: " + wrapper.getClass(), notTheGeneratedWrapper);
    }
  }

  private byte[] read(Response response) {
    if (response.body() == null) {
      return new byte[0];
    }
    Integer declared = response.body().length();
    try (InputStream in = response.body().asInputStream()) {
      return declared != null && declared >= 0 && declared <= PREALLOCATE_LIMIT
          ? readDeclared(in, declared)
          : in.readAllBytes();
    } catch (ClientTransport.BodyTooLargeException tooLarge) {
      throw Failure.UNREADABLE_ANSWER.answerException(
          api,
          response.status(),
          api + " answered " + response.status() + " with a body larger than the client accepts ("
              + tooLarge.limit + " bytes; see maxResponseBytes)",
          "",
          tooLarge);
    } catch (IOException broken) {
      ApiConnectionException failure =
          Failure.NO_ANSWER.connectionException(
              api,
              api + ": the connection failed while reading the response ("
                  + broken.getClass().getSimpleName() + ")",
              broken);
      // Offered to the retryer like a failure before the answer, which resends it only where
      // Failure.NO_ANSWER allows: never for a write.
      throw new RetryableException(
          0, failure.getMessage(), response.request().httpMethod(), failure, (Long) null, response.request());
    }
  }

  /**
   * Reads a body whose length the server declared into one array of that size, instead of
   * growing a buffer to it; a body that turns out longer is still read whole.
   */
  private static byte[] readDeclared(InputStream in, int declared) throws IOException {
    byte[] body = new byte[declared];
    int read = in.readNBytes(body, 0, declared);
    if (read < declared) {
      return java.util.Arrays.copyOf(body, read);
    }
    int next = in.read();
    if (next < 0) {
      return body;
    }
    byte[] rest = in.readAllBytes();
    byte[] whole = java.util.Arrays.copyOf(body, declared + 1 + rest.length);
    whole[declared] = (byte) next;
    System.arraycopy(rest, 0, whole, declared + 1, rest.length);
    return whole;
  }

  private static boolean isJsonModel(Type type) {
    Class<?> raw =
        type instanceof Class<?> plain
            ? plain
            : type instanceof ParameterizedType parameterized
                    && parameterized.getRawType() instanceof Class<?> rawType
                ? rawType
                : null;
    return raw != null
        && !raw.getSimpleName().equals("ApiResponse")
        && !raw.isArray()
        && !InputStream.class.isAssignableFrom(raw)
        && !java.io.File.class.isAssignableFrom(raw);
  }

  /** The generated {@code ApiResponse<T>}, which carries status and headers even without a body. */
  private static boolean isResponseWrapper(Type type) {
    return type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> raw
        && raw.getSimpleName().equals("ApiResponse");
  }
}
