package org.eventapis.unipile;

import org.eventapis.core.ClientBuilder;
import org.eventapis.core.ClientSettings;
import org.eventapis.core.ClientTransport;
import org.eventapis.core.FeignSetup;
import org.eventapis.unipile.generated.api.CalendarEventsApi;
import org.eventapis.unipile.generated.api.CalendarsApi;
import org.eventapis.unipile.generated.invoker.ApiClient;
import org.eventapis.unipile.generated.invoker.ApiResponseDecoder;

/**
 * Entry point for the Unipile calendar API: hands out the generated Feign interfaces with the
 * {@code X-API-KEY} header, timeouts and typed errors configured.
 *
 * <p>Unipile gives every account its own host and port (its DSN), so {@link Builder#baseUrl} is
 * required: {@code https://api8.unipile.com:13851/api/v1}. Instances are thread-safe.
 */
public final class UnipileClient implements AutoCloseable {

  /** The name used in exceptions and logs. */
  public static final String API = "unipile";

  private static final String SECURITY_SCHEME = "apiKeyAuth";

  private final ClientSettings settings;
  private final ClientTransport transport;
  private final CalendarsApi calendars;
  private final CalendarEventsApi calendarEvents;

  private UnipileClient(ClientSettings settings, ClientTransport transport) {
    this.settings = settings;
    this.transport = transport;
    ApiClient apiClient = new ApiClient(new String[] {SECURITY_SCHEME});
    apiClient.setBasePath(settings.baseUrl());
    apiClient.setApiKey(settings.apiKey());
    FeignSetup.configure(
        apiClient.getFeignBuilder(),
        apiClient.getObjectMapper(),
        settings,
        transport,
        FeignSetup.Answers.of(
            new UnipileErrorDecoder(apiClient.getObjectMapper(), settings.retryPolicy().clock()),
            new ApiResponseDecoder(apiClient.getObjectMapper())));
    this.calendars = apiClient.buildClient(CalendarsApi.class);
    this.calendarEvents = apiClient.buildClient(CalendarEventsApi.class);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Calendars of a connected account. */
  public CalendarsApi calendars() {
    return calendars;
  }

  /** Events in a calendar of a connected account. */
  public CalendarEventsApi calendarEvents() {
    return calendarEvents;
  }

  /** The settings in force; the API key is not shown. */
  public ClientSettings settings() {
    return settings;
  }

  /**
   * Refuses further calls ({@link IllegalStateException}) and stops the client's HTTP threads.
   * A transport given to the builder is left open. Not needed for a client that lives as long as
   * the application: its threads are daemon threads and end when idle.
   */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "UnipileClient[" + settings + "]";
  }

  /** Builds a {@link UnipileClient}; {@link #baseUrl} and {@link #apiKey} are required. */
  public static final class Builder extends ClientBuilder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    public UnipileClient build() {
      ClientSettings settings = settings(API, null);
      return new UnipileClient(settings, transport(settings));
    }
  }
}
