package org.eventapis.perscom;

import org.eventapis.core.ClientBuilder;
import org.eventapis.core.ClientSettings;
import org.eventapis.core.ClientTransport;
import org.eventapis.core.FeignSetup;
import org.eventapis.core.RequestOptions;
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
  public static final String DEFAULT_BASE_URL = ApiClient.SERVER_URL;

  private final ClientSettings settings;
  private final ClientTransport transport;
  private final RequestOptions options;
  private final EventsApi plainEvents;
  private final CalendarsApi plainCalendars;
  private final EventsApi events;
  private final CalendarsApi calendars;

  private PerscomClient(
      ClientSettings settings,
      ClientTransport transport,
      RequestOptions options,
      EventsApi plainEvents,
      CalendarsApi plainCalendars) {
    this.settings = settings;
    this.transport = transport;
    this.options = options;
    this.plainEvents = plainEvents;
    this.plainCalendars = plainCalendars;
    this.events = options.applyTo(EventsApi.class, plainEvents);
    this.calendars = options.applyTo(CalendarsApi.class, plainCalendars);
  }

  private static PerscomClient create(ClientSettings settings, ClientTransport transport, String perscomId) {
    ApiClient apiClient = new ApiClient(ApiClient.SECURITY_SCHEMES.toArray(String[]::new));
    apiClient.setBasePath(settings.baseUrl());
    apiClient.setBearerToken(settings.apiKey());
    if (perscomId != null) {
      apiClient.getFeignBuilder().requestInterceptor(t -> t.header("X-Perscom-Id", perscomId));
    }
    FeignSetup.configure(
        new FeignSetup.Generated(
            apiClient.getFeignBuilder(), apiClient.getObjectMapper(), ApiClient.CREDENTIAL_HEADERS),
        settings,
        transport,
        FeignSetup.Answers.of(
            new PerscomErrorDecoder(apiClient.getObjectMapper(), settings.retryPolicy().clock()),
            new ApiResponseDecoder(apiClient.getObjectMapper())));
    return new PerscomClient(
        settings,
        transport,
        RequestOptions.none(),
        apiClient.buildClient(EventsApi.class),
        apiClient.buildClient(CalendarsApi.class));
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

  /** Every item of the lists and searches, fetched a page at a time as you iterate. */
  public PerscomPaging paging() {
    return new PerscomPaging(events, calendars);
  }

  /**
   * A view of this client whose calls are made with {@code options} on top of this client's
   * own: a timeout, headers or a retry policy for some calls only. It shares this client's
   * connections and settings; closing either closes both.
   */
  public PerscomClient withOptions(RequestOptions options) {
    return new PerscomClient(
        settings, transport, this.options.and(options), plainEvents, plainCalendars);
  }

  /** The options this view adds to every call; none for a client from the builder. */
  public RequestOptions options() {
    return options;
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
    return options.isEmpty()
        ? "PerscomClient[" + settings + "]"
        : "PerscomClient[" + settings + ", " + options + "]";
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
      if (perscomId != null) {
        requireHeaderSafe(API, "perscomId", perscomId);
      }
      return create(settings, transport(settings), perscomId);
    }
  }
}
