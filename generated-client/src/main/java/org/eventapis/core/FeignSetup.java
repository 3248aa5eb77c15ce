package org.eventapis.core;

import feign.CollectionFormat;
import feign.Contract;
import feign.Feign;
import feign.Request;
import feign.RequestLine;
import feign.RequestTemplate;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import java.util.concurrent.TimeUnit;

/** Applies the shared settings to the Feign builder of a generated {@code ApiClient}. */
public final class FeignSetup {

  private FeignSetup() {}

  /**
   * Sets timeouts, the API's error decoder, comma-separated query lists, and no retries.
   *
   * <p>Feign's default retryer would resend any request after an I/O error, POST included, which
   * can create an event twice; retries are off until a caller opts into a safe policy.
   */
  public static Feign.Builder configure(
      Feign.Builder builder, ClientSettings settings, ErrorDecoder errorDecoder) {
    return builder
        .contract(new CommaSeparatedQueryContract())
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
