package org.eventapis.drift;

/**
 * One difference between what an API did and what our spec of it says.
 *
 * @param severity whether code built on the spec would fail, or the vendor only added something
 * @param operationId the operation called
 * @param side {@code request} (our client sent what our spec does not allow) or {@code response}
 * @param path where in the message: a JSON path into the body ({@code data.name},
 *     {@code data[*].status}), {@code status}, or {@code header <name>}
 * @param kind what differs, in a few words
 * @param detail the validator's message, or what the check saw
 * @param count how many times it was seen in this run
 */
record Finding(
    Severity severity, String operationId, String side, String path, String kind, String detail, int count) {

  enum Severity {
    /** The generated client, or a user's code written against the spec, would fail. */
    BREAKING,
    /** The vendor added something the spec does not describe; nothing that works stops working. */
    ADDITIVE
  }

  Finding times(int n) {
    return new Finding(severity, operationId, side, path, kind, detail, n);
  }

  /** The same difference, whichever item of a list it was seen in. */
  String identity() {
    return severity + " " + operationId + " " + side + " " + path + " " + kind;
  }
}
