package org.eventapis.drift;

import java.util.List;
import java.util.Optional;

/**
 * What each kind of validator message means for code built on our spec. The README's table of
 * classes is checked against this one; a message not in it counts as breaking, so that nothing
 * the validator reports is ever passed over.
 */
final class Classification {

  /**
   * A row: the validator's message key (or its ending, for schema keywords, which come as
   * {@code validation.response.body.schema.<keyword>}), the kind written in the report, and
   * its class. Why each row has its class is said in the README's table.
   */
  record Rule(String key, String kind, Finding.Severity severity) {}

  static final List<Rule> RULES =
      List.of(
          new Rule("validation.response.status.unknown", "undocumented status", Finding.Severity.BREAKING),
          new Rule("schema.required", "missing required property", Finding.Severity.BREAKING),
          new Rule("schema.type", "type mismatch", Finding.Severity.BREAKING),
          new Rule("schema.format", "format mismatch", Finding.Severity.BREAKING),
          new Rule("schema.additionalProperties", "unknown property", Finding.Severity.ADDITIVE),
          // The client decodes it as UNKNOWN_DEFAULT_OPEN_API, which callers are told to expect.
          new Rule("schema.enum", "unknown enum value", Finding.Severity.ADDITIVE),
          new Rule("validation.response.body.missing", "missing body", Finding.Severity.BREAKING),
          new Rule("validation.response.body.unexpected", "undocumented body", Finding.Severity.ADDITIVE),
          new Rule("validation.response.contentType.notAllowed", "undocumented content type", Finding.Severity.BREAKING),
          new Rule("validation.response.header.missing", "missing required header", Finding.Severity.BREAKING),
          // Not a validator key: the check looks for rate-limit and request-id headers itself.
          new Rule("undocumented.header", "undocumented header", Finding.Severity.ADDITIVE));

  private Classification() {}

  /** The rule for a validator message key; unknown keys are breaking. */
  static Rule of(String key) {
    return find(key)
        .orElse(new Rule(key, "spec mismatch (" + key + ")", Finding.Severity.BREAKING));
  }

  /** Every request our own client sends must match our spec: a mismatch is our bug, and breaking. */
  static Rule ofRequest(String key) {
    Rule rule = of(key);
    return new Rule(key, "request: " + rule.kind(), Finding.Severity.BREAKING);
  }

  private static Optional<Rule> find(String key) {
    for (Rule rule : RULES) {
      // Schema keywords may carry a qualifier: validation.response.body.schema.format.date-time
      if (key.equals(rule.key()) || key.endsWith("." + rule.key()) || key.contains("." + rule.key() + ".")) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
