package org.eventapis.drift;

import java.util.List;
import java.util.Optional;

/**
 * What each kind of validator message means for code built on our spec. The table is read by
 * the check and by the README's list of classes; a message not in it counts as breaking, so that
 * nothing the validator reports is ever passed over.
 */
final class Classification {

  /**
   * A row: the validator's message key (or its ending, for schema keywords, which come as
   * {@code validation.response.body.schema.<keyword>}), the kind written in the report, and
   * its class.
   */
  record Rule(String key, String kind, Finding.Severity severity, String why) {}

  static final List<Rule> RULES =
      List.of(
          new Rule("validation.response.status.unknown", "undocumented status", Finding.Severity.BREAKING,
              "the client maps the status to an exception no caller expects, or decodes a body of unknown shape"),
          new Rule("schema.required", "missing required property", Finding.Severity.BREAKING,
              "the client refuses an answer without a required property of the object it returns, and callers read the field without a null check"),
          new Rule("schema.type", "type mismatch", Finding.Severity.BREAKING,
              "Jackson cannot decode the value into the generated field's type"),
          new Rule("schema.format", "format mismatch", Finding.Severity.BREAKING,
              "a date-time, uuid or int64 that does not parse fails decoding"),
          new Rule("schema.additionalProperties", "unknown property", Finding.Severity.ADDITIVE,
              "the client ignores unknown properties"),
          new Rule("schema.enum", "unknown enum value", Finding.Severity.ADDITIVE,
              "the client decodes it as UNKNOWN_DEFAULT_OPEN_API, which callers are told to expect; the spec should list the value"),
          new Rule("validation.response.body.missing", "missing body", Finding.Severity.BREAKING,
              "the client refuses an empty answer where the spec documents a body"),
          new Rule("validation.response.body.unexpected", "undocumented body", Finding.Severity.ADDITIVE,
              "the client ignores a body it does not expect"),
          new Rule("validation.response.contentType.notAllowed", "undocumented content type",
              Finding.Severity.BREAKING, "the client decodes JSON only"),
          new Rule("validation.response.header.missing", "missing required header", Finding.Severity.BREAKING,
              "the spec promises the header to callers"),
          new Rule("undocumented.header", "undocumented header", Finding.Severity.ADDITIVE,
              "a rate-limit or request-id header the spec does not name; callers cannot know to read it"));

  private Classification() {}

  /** The rule for a validator message key; unknown keys are breaking. */
  static Rule of(String key) {
    return find(key)
        .orElse(new Rule(key, "spec mismatch (" + key + ")", Finding.Severity.BREAKING,
            "not in the table: counted as breaking until someone decides otherwise"));
  }

  /** Every request our own client sends must match our spec: a mismatch is our bug, and breaking. */
  static Rule ofRequest(String key) {
    Rule rule = of(key);
    return new Rule(key, "request: " + rule.kind(), Finding.Severity.BREAKING,
        "our client sent what our spec does not allow");
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
