package org.eventapis.timekit;

import feign.Request;
import java.time.ZoneId;
import org.eventapis.core.ClientBuilder;
import org.eventapis.core.ClientSettings;
import org.eventapis.core.ClientTransport;
import org.eventapis.core.FeignSetup;
import org.eventapis.core.RequestOptions;
import org.eventapis.core.TimeZones;
import org.eventapis.timekit.generated.api.EventsApi;
import org.eventapis.timekit.generated.invoker.ApiClient;
import org.eventapis.timekit.generated.invoker.ApiResponseDecoder;

/**
 * Entry point for the Timekit API: hands out the generated Feign interfaces with HTTP Basic
 * authentication (empty user name, the API key as password), timeouts and typed errors
 * configured. Instances are thread-safe.
 */
public final class TimekitClient implements AutoCloseable {

  /** The name used in exceptions and logs. */
  public static final String API = "timekit";

  /** Production, API version 2. */
  public static final String DEFAULT_BASE_URL = ApiClient.SERVER_URL;

  private final ClientSettings settings;
  private final ClientTransport transport;
  private final RequestOptions options;
  private final EventsApi plainEvents;
  private final EventsApi events;

  private TimekitClient(
      ClientSettings settings, ClientTransport transport, RequestOptions options, EventsApi plainEvents) {
    this.settings = settings;
    this.transport = transport;
    this.options = options;
    this.plainEvents = plainEvents;
    this.events = options.applyTo(EventsApi.class, plainEvents);
  }

  private static TimekitClient create(
      ClientSettings settings, ClientTransport transport, String app, ZoneId timezone) {
    ApiClient apiClient = new ApiClient(ApiClient.SECURITY_SCHEMES.toArray(String[]::new));
    apiClient.setBasePath(settings.baseUrl());
    apiClient.setCredentials("", settings.apiKey());
    if (app != null) {
      apiClient.getFeignBuilder().requestInterceptor(t -> t.header("Timekit-App", app));
    }
    if (timezone != null) {
      String zone = timezone.getId();
      apiClient.getFeignBuilder().requestInterceptor(t -> t.header("Timekit-Timezone", zone));
    }
    FeignSetup.configure(
        new FeignSetup.Generated(
            apiClient.getFeignBuilder(), apiClient.getObjectMapper(), ApiClient.CREDENTIAL_HEADERS),
        settings,
        transport,
        FeignSetup.Answers.of(
                new TimekitErrorDecoder(apiClient.getObjectMapper(), settings.retryPolicy().clock()),
                new ApiResponseDecoder(apiClient.getObjectMapper()))
            // The answers the spec documents without a body: an update's 204, and a delete's
            // 200 (TIMEKIT-003), 202 and 204. Any other empty success is a
            // ResponseFormatException.
            .emptyWhen(TimekitClient::mayBeEmpty));
    return new TimekitClient(
        settings, transport, RequestOptions.none(), apiClient.buildClient(EventsApi.class));
  }

  static boolean mayBeEmpty(feign.Response response) {
    Request.HttpMethod method = response.request().httpMethod();
    int status = response.status();
    return method == Request.HttpMethod.PUT && status == 204
        || method == Request.HttpMethod.DELETE && (status == 200 || status == 202 || status == 204);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Events: list, read, create, update, delete. */
  public EventsApi events() {
    return events;
  }

  /** Every event of a time window, as an iterable; see {@link TimekitPaging} for its limits. */
  public TimekitPaging paging() {
    return new TimekitPaging(events);
  }

  /**
   * A view of this client whose calls are made with {@code options} on top of this client's
   * own: a timeout, headers or a retry policy for some calls only. It shares this client's
   * connections and settings; closing either closes both.
   */
  public TimekitClient withOptions(RequestOptions options) {
    return new TimekitClient(settings, transport, this.options.and(options), plainEvents);
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
        ? "TimekitClient[" + settings + "]"
        : "TimekitClient[" + settings + ", " + options + "]";
  }

  /** Builds a {@link TimekitClient}; only {@link #apiKey} is required. */
  public static final class Builder extends ClientBuilder<Builder> {

    private String app;
    private ZoneId timezone;

    private Builder() {}

    /** Sends {@code Timekit-App} (the app's slug) on every request. */
    public Builder app(String app) {
      this.app = app;
      return this;
    }

    /**
     * Sends {@code Timekit-Timezone}, the zone Timekit uses for times in its answers.
     *
     * @throws IllegalArgumentException for a fixed offset: Timekit takes an IANA name
     */
    public Builder timezone(ZoneId timezone) {
      if (timezone != null) {
        TimeZones.ianaName(timezone);
      }
      this.timezone = timezone;
      return this;
    }

    @Override
    protected Builder self() {
      return this;
    }

    public TimekitClient build() {
      ClientSettings settings = settings(API, DEFAULT_BASE_URL);
      if (app != null) {
        requireHeaderSafe(API, "app", app);
      }
      return create(settings, transport(settings), app, timezone);
    }
  }
}
