package org.eventapis.core;

import java.time.ZoneId;
import java.time.ZoneOffset;

/** Checks for the time zone names the APIs expect. */
public final class TimeZones {

  private TimeZones() {}

  /**
   * The zone's IANA name, such as {@code Europe/Paris}.
   *
   * @throws IllegalArgumentException for a fixed offset ({@code +02:00}, {@code UTC+2}), which the
   *     APIs do not take as a time zone and which would not follow daylight saving time
   */
  public static String ianaName(ZoneId zone) {
    String id = zone.getId();
    if (zone instanceof ZoneOffset || id.matches("(?i)(UTC|GMT|UT)[+-].*")) {
      throw new IllegalArgumentException(
          "a time zone name such as Europe/Paris is needed, not the fixed offset " + id);
    }
    return id;
  }
}
