package org.eventapis.perscom;

import org.eventapis.core.ClientBuilder;
import org.eventapis.core.ClientSettings;
import org.eventapis.core.ClientTransport;
import org.eventapis.core.FeignSetup;
import org.eventapis.perscom.generated.api.CalendarsApi;
import org.eventapis.perscom.generated.api.EventsApi;
import org.eventapis.perscom.generated.invoker.ApiClient;
import org.eventapis.perscom.generated.invoker.ApiResponseDecoder;

/**
 * Entry point for the PERSCOM API: hands out the generated Feign interfaces with bearer
 * authentication, timeouts and typed errors configured.
 *
 * <pre>{@code
 * PerscomClient perscom = PerscomClient.builder().apiKey(key).build();
 * EventEnvelope created = perscom.events().createEvent(request, List.of());
 * }</pre>
 *
 * <p>Errors surface as subclasses of {@link org.eventapis.core.EventApiException}. Instances are
 * thread-safe; build one per API key and reuse it.
 */
public final class PerscomClient implements AutoCloseable {

  /** The name used in exceptions and logs. */
  public static final String API = "perscom";

  /** Production, API version 2. Use {@code https://api.perscom.io/v1} for version 1. */
  public static final String DEFAULT_BASE_URL = "https://api.perscom.io/v2";

  private static final String SECURITY_SCHEME = "bearerAuth";

  private final ClientSettings settings;
  private final ClientTransport transport;
  private final EventsApi events;
  private final CalendarsApi calendars;

  private PerscomClient(ClientSettings settings, ClientTransport transport, String perscomId) {
    this.settings = settings;
    this.transport = transport;
    ApiClient apiClient = new ApiClient(new String[] {SECURITY_SCHEME});
    apiClient.setBasePath(settings.baseUrl());
    apiClient.setBearerToken(settings.apiKey());
    FeignSetup.configure(
        apiClient.getFeignBuilder(),
        apiClient.getObjectMapper(),
        settings,
        transport,
        FeignSetup.Answers.of(
            new PerscomErrorDecoder(apiClient.getObjectMapper(), settings.retryPolicy().clock()),
            new ApiResponseDecoder(apiClient.getObjectMapper())));
    if (perscomId != null) {
      apiClient.getFeignBuilder().requestInterceptor(t -> t.header("X-Perscom-Id", perscomId));
    }
    this.events = apiClient.buildClient(EventsApi.class);
    this.calendars = apiClient.buildClient(CalendarsApi.class);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Events: list, search, read, create, update and delete, one at a time or in batches. */
  public EventsApi events() {
    return events;
  }

  /** Calendars, which events belong to: the same operations as for events. */
  public CalendarsApi calendars() {
    return calendars;
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
    return "PerscomClient[" + settings + "]";
  }

  /** Builds a {@link PerscomClient}; only {@link #apiKey} is required. */
  public static final class Builder extends ClientBuilder<Builder> {

    private String perscomId;

    private Builder() {}

    /** Sends {@code X-Perscom-Id}, the organization the key belongs to, on every request. */
    public Builder perscomId(String perscomId) {
      this.perscomId = perscomId;
      return this;
    }

    @Override
    protected Builder self() {
      return this;
    }

    public PerscomClient build() {
      ClientSettings settings = settings(API, DEFAULT_BASE_URL);
      return new PerscomClient(settings, transport(settings), perscomId);
    }
  }
}
