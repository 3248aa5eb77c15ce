package org.eventapis.unipile;

import org.eventapis.core.ClientBuilder;
import org.eventapis.core.ClientSettings;
import org.eventapis.core.ClientTransport;
import org.eventapis.core.FeignSetup;
import org.eventapis.core.RequestOptions;
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

  private final ClientSettings settings;
  private final ClientTransport transport;
  private final RequestOptions options;
  private final CalendarsApi plainCalendars;
  private final CalendarEventsApi plainCalendarEvents;
  private final CalendarsApi calendars;
  private final CalendarEventsApi calendarEvents;

  private UnipileClient(
      ClientSettings settings,
      ClientTransport transport,
      RequestOptions options,
      CalendarsApi plainCalendars,
      CalendarEventsApi plainCalendarEvents) {
    this.settings = settings;
    this.transport = transport;
    this.options = options;
    this.plainCalendars = plainCalendars;
    this.plainCalendarEvents = plainCalendarEvents;
    this.calendars = options.applyTo(CalendarsApi.class, plainCalendars);
    this.calendarEvents = options.applyTo(CalendarEventsApi.class, plainCalendarEvents);
  }

  private static UnipileClient create(ClientSettings settings, ClientTransport transport) {
    ApiClient apiClient = new ApiClient(ApiClient.SECURITY_SCHEMES.toArray(String[]::new));
    apiClient.setBasePath(settings.baseUrl());
    apiClient.setApiKey(settings.apiKey());
    FeignSetup.configure(
        new FeignSetup.Generated(
            apiClient.getFeignBuilder(), apiClient.getObjectMapper(), ApiClient.CREDENTIAL_HEADERS),
        settings,
        transport,
        FeignSetup.Answers.of(
            new UnipileErrorDecoder(apiClient.getObjectMapper(), settings.retryPolicy().clock()),
            new ApiResponseDecoder(apiClient.getObjectMapper())));
    return new UnipileClient(
        settings,
        transport,
        RequestOptions.none(),
        apiClient.buildClient(CalendarsApi.class),
        apiClient.buildClient(CalendarEventsApi.class));
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

  /** Every item of the lists, fetched a page at a time as you iterate. */
  public UnipilePaging paging() {
    return new UnipilePaging(calendars, calendarEvents);
  }

  /**
   * A view of this client whose calls are made with {@code options} on top of this client's
   * own: a timeout, headers or a retry policy for some calls only. It shares this client's
   * connections and settings; closing either closes both.
   */
  public UnipileClient withOptions(RequestOptions options) {
    return new UnipileClient(
        settings, transport, this.options.and(options), plainCalendars, plainCalendarEvents);
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
        ? "UnipileClient[" + settings + "]"
        : "UnipileClient[" + settings + ", " + options + "]";
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
      return create(settings, transport(settings));
    }
  }
}
