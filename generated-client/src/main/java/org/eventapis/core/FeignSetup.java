package org.eventapis.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.CollectionFormat;
import feign.Contract;
import feign.Feign;
import feign.MethodMetadata;
import feign.Param;
import feign.Request;
import feign.RequestLine;
import feign.RequestTemplate;
import feign.Response;
import feign.codec.Decoder;
import feign.codec.ErrorDecoder;
import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/** Applies the shared settings to the Feign builder of a generated {@code ApiClient}. */
public final class FeignSetup {

  private FeignSetup() {}

  /**
   * Applies the shared settings to a generated {@code ApiClient}'s Feign builder: HTTP client,
   * timeouts, retries, logging, the API's error decoder, strict decoding of successful answers,
   * exception translation, comma-separated query lists, a JSON encoding that sends only what
   * the caller set, and the per-call {@link RequestOptions} of a client's views.
   *
   * <p>Call it after adding the API's own request interceptors: a header set in {@link
   * RequestOptions} replaces one of theirs only if it is applied after them.
   *
   * @param generated what the API's generated {@code ApiClient} holds
   * @param answers how the API's answers are read
   */
  public static Feign.Builder configure(
      Generated generated, ClientSettings settings, ClientTransport transport, Answers answers) {
    Feign.Builder builder = generated.feign();
    ObjectMapper mapper = generated.mapper();
    configureMapper(mapper);
    return builder
        .client(transport)
        .contract(new GeneratedApiContract())
        .requestInterceptor(FeignSetup::dropEmptyQueryParameters)
        .requestInterceptor(CallScope::addHeaders)
        .decoder(new StrictDecoder(settings.api(), answers.decoder(), mapper, answers.mayBeEmpty()))
        .errorDecoder(answers.errors())
        .retryer(new BackoffRetryer(settings.retryPolicy()))
        .invocationHandlerFactory(new ExceptionTranslation(settings.api(), transport::isClosed))
        .logger(new RedactingLogger(settings.api(), generated.credentialHeaders()))
        .logLevel(feign.Logger.Level.valueOf(settings.logLevel().name()))
        .options(transport.options());
  }

  /**
   * What one API's generated {@code ApiClient} holds.
   *
   * @param feign its Feign builder
   * @param mapper its object mapper, which its encoder uses
   * @param credentialHeaders the headers that carry the API's credentials, which the log shows
   *     as {@code <redacted>}: its {@code CREDENTIAL_HEADERS}, read from the spec's security
   *     schemes
   */
  public record Generated(Feign.Builder feign, ObjectMapper mapper, Collection<String> credentialHeaders) {}

  /**
   * How one API's answers are read.
   *
   * @param errors turns error statuses into typed exceptions
   * @param decoder the generated decoder for successful answers
   * @param mayBeEmpty the successful answers the spec documents without a body
   */
  public record Answers(ErrorDecoder errors, Decoder decoder, Predicate<Response> mayBeEmpty) {

    /** For an API whose successful answers always have a body (but 202 and 204). */
    public static Answers of(ErrorDecoder errors, Decoder decoder) {
      return new Answers(errors, decoder, response -> false);
    }

    /** The same, with more successful answers that may come without a body. */
    public Answers emptyWhen(Predicate<Response> mayBeEmpty) {
      return new Answers(errors, decoder, mayBeEmpty);
    }
  }

  /**
   * Adjusts a generated {@code ApiClient}'s object mapper the way every client uses it.
   *
   * @return the same mapper
   */
  public static ObjectMapper configureMapper(ObjectMapper mapper) {
    // The generated models defer to the mapper's default inclusion, which writes unset optional
    // fields as null; a partial update would then clear every field it did not mean to touch.
    // NON_ABSENT leaves out nulls and unset JsonNullable fields, and still writes an explicit
    // JsonNullable.of(null) and required nullable fields as null.
    mapper.setSerializationInclusion(JsonInclude.Include.NON_ABSENT);
    // Optional properties the spec gives a default go out only when set to something else; see
    // OnlyWhatIsSet.
    mapper.setSerializerFactory(
        mapper.getSerializerFactory().withSerializerModifier(new OnlyWhatIsSet()));
    // Keep the offset the server wrote ("+02:00") instead of converting every time to UTC.
    mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    return mapper;
  }

  /**
   * Leaves out query parameters whose value came out empty, such as an empty {@code include}
   * list: {@code include=} would ask for nothing by name, and PERSCOM checks each name.
   */
  static void dropEmptyQueryParameters(RequestTemplate template) {
    template.queries().forEach(
        (name, values) -> {
          if (values.stream().allMatch(value -> value == null || value.isEmpty())) {
            template.query(name, List.of());
          }
        });
  }

  /**
   * Reads the generated interfaces as Feign's default contract does, with two corrections for
   * what the generated code leaves to defaults:
   *
   * <ul>
   *   <li>list-valued query parameters go out as one comma-separated value ({@code
   *       include=a,b}), which is what every array query parameter in these specs declares
   *       ({@code style: form, explode: false}); Feign's default repeats the name;
   *   <li>date-time parameters go out as RFC 3339 with seconds ({@code 2025-05-19T00:00:00+02:00});
   *       Feign's default {@code toString()} drops zero seconds, which the APIs reject.
   * </ul>
   */
  static final class GeneratedApiContract extends Contract.Default {

    GeneratedApiContract() {
      super.registerMethodAnnotation(
          RequestLine.class,
          (line, data) -> {
            RequestTemplate template = data.template();
            template.collectionFormat(CollectionFormat.CSV);
            // Keeps an encoded slash in a path value encoded (Feign's default turns %2F back
            // into a slash); this also rebuilds the query templates with the new format.
            template.decodeSlash(false);
          });
    }

    @Override
    protected MethodMetadata parseAndValidateMetadata(Class<?> targetType, Method method) {
      MethodMetadata metadata = super.parseAndValidateMetadata(targetType, method);
      Class<?>[] types = method.getParameterTypes();
      for (int i = 0; i < types.length; i++) {
        if (TemporalAccessor.class.isAssignableFrom(types[i])
            && metadata.indexToName().containsKey(i)
            && !metadata.indexToExpanderClass().containsKey(i)) {
          metadata.indexToExpanderClass().put(i, Rfc3339Expander.class);
        }
      }
      return metadata;
    }
  }

  /** Formats date-times as RFC 3339 with seconds always present; other values as text. */
  public static final class Rfc3339Expander implements Param.Expander {

    @Override
    public String expand(Object value) {
      if (value instanceof OffsetDateTime time) {
        return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      }
      if (value instanceof ZonedDateTime time) {
        return time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      }
      return value == null ? null : value.toString();
    }
  }
}
