package org.eventapis.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Refuses to compare two clients that do not send the same JSON. */
final class SameJson {

  private SameJson() {}

  static void require(String what, byte[] generated, byte[] baseline) {
    try {
      if (generated == null || baseline == null
          || !Baseline.MAPPER.readTree(generated).equals(Baseline.MAPPER.readTree(baseline))) {
        throw new IllegalStateException(
            what + ": the generated client and the baseline send different JSON:\n  "
                + (generated == null ? "nothing" : new String(generated)) + "\n  "
                + (baseline == null ? "nothing" : new String(baseline)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
