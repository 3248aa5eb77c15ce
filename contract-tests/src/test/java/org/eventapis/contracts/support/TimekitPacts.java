package org.eventapis.contracts.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import java.util.Base64;

/** Request shapes shared by the Timekit Pact tests. */
public final class TimekitPacts {

  /** Timekit's documented rule: Basic with an empty user name and the key as the password. */
  public static final String EMPTY_USER_NAME_CREDENTIALS =
      "Basic " + Base64.getEncoder().encodeToString((":" + Clients.TEST_API_KEY).getBytes(UTF_8));

  private TimekitPacts() {}

  /** Every request carries Basic credentials; the pact keeps their shape, not a real key. */
  public static PactDslRequestWithPath authorized(PactDslRequestWithPath request) {
    return request.matchHeader("Authorization", "Basic [A-Za-z0-9+/]+=*", EMPTY_USER_NAME_CREDENTIALS);
  }
}
