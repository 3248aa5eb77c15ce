package org.eventapis.drift;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** What the write round trip puts in a sandbox calendar. */
final class Sandbox {

  static final String UPDATED_DESCRIPTION = "Updated by the drift check; deleted at the end of the run.";

  private Sandbox() {}

  /** Tomorrow, on the hour, in UTC: in the future, so that no reminder or sync fires meanwhile. */
  static OffsetDateTime start() {
    return OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.HOURS);
  }
}
