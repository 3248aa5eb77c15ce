package org.eventapis.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;

/**
 * The validated settings of one client. The API key is held here but never printed.
 *
 * @param api the API's lower-case name
 * @param baseUrl base URL without a trailing slash
 * @param apiKey the credential the API expects
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for response data
 * @param callTimeout the most one attempt may take in all
 * @param retryPolicy when and how patiently to resend
 * @param logLevel how much of each exchange to log
 */
public record ClientSettings(
    String api,
    String baseUrl,
    @JsonIgnore String apiKey,
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    RetryPolicy retryPolicy,
    LogLevel logLevel) {

  @Override
  public String toString() {
    return "ClientSettings[api=" + api + ", baseUrl=" + baseUrl + ", apiKey=<redacted>"
        + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
        + ", callTimeout=" + callTimeout
        + ", retryPolicy=" + retryPolicy + ", logLevel=" + logLevel + "]";
  }
}
