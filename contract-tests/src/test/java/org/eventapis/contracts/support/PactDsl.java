package org.eventapis.contracts.support;

/** What every Pact test writes the same way. */
public final class PactDsl {

  public static final String JSON = "application/json";

  /**
   * Matches the JSON content type with or without parameters. Bodies built with the Pact DSL make
   * the mock server expect {@code application/json; charset=UTF-8}, while Feign sends plain
   * {@code application/json}; without this the mock answers 500.
   */
  public static final String JSON_PATTERN = "application/json(;.*)?";

  private PactDsl() {}
}
