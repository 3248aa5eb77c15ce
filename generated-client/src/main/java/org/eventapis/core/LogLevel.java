package org.eventapis.core;

/**
 * How much of each HTTP exchange a client logs, at DEBUG, to the SLF4J logger
 * {@code org.eventapis.http.<api>}. The headers that carry a credential under the API spec's
 * security schemes, and {@code Proxy-Authorization}, are always shown as {@code <redacted>}.
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
