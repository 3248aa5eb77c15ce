package org.eventapis.contracts.support;

import java.util.Arrays;
import java.util.List;

/** Pact participant names: our client is the consumer, each API a provider. */
public final class Participants {

  public static final String CONSUMER = "event-apis-java-client";

  public static final String PERSCOM = "perscom";
  public static final String UNIPILE = "unipile";
  public static final String TIMEKIT = "timekit";

  /** Every provider, which is also the name of its folder under {@code specs/}. */
  public static final List<String> ALL = List.of(PERSCOM, UNIPILE, TIMEKIT);

  /**
   * The providers this run checks: every one, or those named in the system property {@code
   * contracts.apis} (comma-separated), which {@code scripts/spec-loop} sets to check one API.
   */
  public static final List<String> PROVIDERS = selected(System.getProperty("contracts.apis", ""));

  static List<String> selected(String names) {
    if (names.isBlank()) {
      return ALL;
    }
    List<String> selected = Arrays.stream(names.split(",")).map(String::trim).toList();
    for (String name : selected) {
      if (!ALL.contains(name)) {
        throw new IllegalArgumentException(
            "contracts.apis names " + name + ", which is not one of " + ALL);
      }
    }
    return selected;
  }

  private Participants() {}
}
