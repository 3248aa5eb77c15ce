package org.eventapis.drift;

import java.util.Map;
import java.util.Optional;

/**
 * The drift check of one API: which environment variables configure it, the read-only calls it
 * always makes, and the write round trip it makes only in a sandbox calendar. One instance serves
 * one run.
 */
abstract class ApiDrift implements AutoCloseable {

  private final String api;
  private final String keyVariable;
  private final String sandboxVariable;

  ApiDrift(String api, String keyVariable, String sandboxVariable) {
    this.api = api;
    this.keyVariable = keyVariable;
    this.sandboxVariable = sandboxVariable;
  }

  /** The API's lower-case name: {@code perscom}, {@code unipile}, {@code timekit}. */
  final String api() {
    return api;
  }

  /** The variable whose presence turns the check of this API on. */
  final String keyVariable() {
    return keyVariable;
  }

  /** The variable naming the calendar the write round trip may use. */
  final String sandboxVariable() {
    return sandboxVariable;
  }

  /**
   * Builds the client from the environment, sending through {@code transport}.
   *
   * @throws IllegalArgumentException naming the variable that is missing or wrong (never its value)
   */
  abstract void open(Map<String, String> env, feign.Client transport);

  /** The base URL the client was given, for the report and to match paths to the spec. */
  abstract String baseUrl();

  /** Lists, then gets what the lists returned. */
  abstract void readOnly(Session session);

  /**
   * The write steps in the sandbox calendar named by the environment, for an event called
   * {@code title}.
   *
   * @throws IllegalArgumentException if the calendar id is not of the API's id type
   */
  abstract Session.RoundTrip roundTrip(String sandboxCalendar, String title);

  @Override
  public abstract void close();

  static Optional<String> variable(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  static String required(Map<String, String> env, String name, String why) {
    return variable(env, name)
        .orElseThrow(() -> new IllegalArgumentException(name + " is not set (" + why + ")"));
  }

  /** Turns a client builder's refusal into one that names the variable it came from. */
  static IllegalArgumentException setting(String variables, IllegalStateException refused) {
    return new IllegalArgumentException(variables + ": " + refused.getMessage(), refused);
  }
}
