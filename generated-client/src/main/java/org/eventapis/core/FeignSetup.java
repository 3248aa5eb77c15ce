package org.eventapis.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.CollectionFormat;
import feign.Contract;
import feign.Feign;
import feign.Request;
import feign.RequestLine;
import feign.RequestTemplate;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Applies the shared settings to the Feign builder of a generated {@code ApiClient}. */
public final class FeignSetup {

  private FeignSetup() {}

  /**
   * Sets timeouts, the API's error decoder, comma-separated query lists, no retries, and a JSON
   * encoding that sends only what the caller set.
   *
   * <p>Feign's default retryer would resend any request after an I/O error, POST included, which
   * can create an event twice; retries are off until a caller opts into a safe policy.
   *
   * @param builder the generated {@code ApiClient}'s Feign builder
   * @param mapper the generated {@code ApiClient}'s object mapper, which its encoder uses
   */
  public static Feign.Builder configure(
      Feign.Builder builder, ObjectMapper mapper, ClientSettings settings, ErrorDecoder errorDecoder) {
    // The generated models defer to the mapper's default inclusion, which writes unset optional
    // fields as null; a partial update would then clear every field it did not mean to touch.
    // NON_ABSENT leaves out nulls and unset JsonNullable fields, and still writes an explicit
    // JsonNullable.of(null) and required nullable fields as null.
    mapper.setSerializationInclusion(JsonInclude.Include.NON_ABSENT);
    return builder
        .contract(new CommaSeparatedQueryContract())
        .requestInterceptor(FeignSetup::dropEmptyQueryParameters)
        .errorDecoder(errorDecoder)
        .retryer(Retryer.NEVER_RETRY)
        .options(
            new Request.Options(
                settings.connectTimeout().toMillis(),
                TimeUnit.MILLISECONDS,
                settings.readTimeout().toMillis(),
                TimeUnit.MILLISECONDS,
                true));
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
   * Sends list-valued query parameters as one comma-separated value ({@code include=a,b}), which
   * is what every array query parameter in these specs declares ({@code style: form, explode:
   * false}). The generated interfaces do not say so themselves, and Feign's default repeats the
   * name ({@code include=a&include=b}).
   */
  static final class CommaSeparatedQueryContract extends Contract.Default {

    CommaSeparatedQueryContract() {
      super.registerMethodAnnotation(
          RequestLine.class,
          (line, data) -> {
            RequestTemplate template = data.template();
            template.collectionFormat(CollectionFormat.CSV);
            // Re-applying decodeSlash rebuilds the query templates with the new format.
            template.decodeSlash(template.decodeSlash());
          });
    }
  }
}
