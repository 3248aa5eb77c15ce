package org.eventapis.core;

/**
 * How much of each HTTP exchange a client logs, at DEBUG, to the SLF4J logger
 * {@code org.eventapis.http.<api>}. Credentials in {@code Authorization} and {@code X-API-KEY}
 * are always replaced by {@code <redacted>}.
 */
public enum LogLevel {
  /** Nothing (the default). */
  NONE,
  /** Method, URL, status and time. */
  BASIC,
  /** As BASIC, plus request and response headers. */
  HEADERS,
  /** As HEADERS, plus bodies. */
  FULL
}
