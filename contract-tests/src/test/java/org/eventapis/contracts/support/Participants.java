package org.eventapis.contracts.support;

import java.util.List;

/** Pact participant names: our client is the consumer, each API a provider. */
public final class Participants {

  public static final String CONSUMER = "event-apis-java-client";

  public static final String PERSCOM = "perscom";
  public static final String UNIPILE = "unipile";
  public static final String TIMEKIT = "timekit";

  /** Every provider, which is also the name of its folder under {@code specs/}. */
  public static final List<String> PROVIDERS = List.of(PERSCOM, UNIPILE, TIMEKIT);

  private Participants() {}
}
