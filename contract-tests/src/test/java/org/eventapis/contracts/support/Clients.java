package org.eventapis.contracts.support;

import au.com.dius.pact.consumer.MockServer;
import org.eventapis.core.RetryPolicy;
import org.eventapis.perscom.PerscomClient;
import org.eventapis.timekit.TimekitClient;
import org.eventapis.unipile.UnipileClient;

/**
 * The real clients, pointed at a Pact mock server. Retries are off: a contract test records one
 * exchange per interaction, and the retry rules have their own fault-injection suite.
 */
public final class Clients {

  /** A made-up key: the pact records the header's shape, never a real credential. */
  public static final String TEST_API_KEY = "test-api-key";

  private Clients() {}

  public static PerscomClient perscom(MockServer server) {
    return PerscomClient.builder()
        .baseUrl(server.getUrl() + Specs.basePath(Participants.PERSCOM))
        .apiKey(TEST_API_KEY)
        .retryPolicy(RetryPolicy.disabled())
        .build();
  }

  public static UnipileClient unipile(MockServer server) {
    return UnipileClient.builder()
        .baseUrl(server.getUrl() + Specs.basePath(Participants.UNIPILE))
        .apiKey(TEST_API_KEY)
        .retryPolicy(RetryPolicy.disabled())
        .build();
  }

  public static TimekitClient timekit(MockServer server) {
    return TimekitClient.builder()
        .baseUrl(server.getUrl() + Specs.basePath(Participants.TIMEKIT))
        .apiKey(TEST_API_KEY)
        .retryPolicy(RetryPolicy.disabled())
        .build();
  }
}
