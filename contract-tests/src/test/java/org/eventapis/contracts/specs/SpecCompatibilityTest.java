package org.eventapis.contracts.specs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventapis.contracts.support.Participants;
import org.eventapis.contracts.support.SpecGate;
import org.eventapis.contracts.support.SpecGate.Verdict;
import org.eventapis.contracts.support.Specs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The breaking-change gate over the real specs: each must be compatible with its released copy,
 * or the break acknowledged. The changelog of every comparison lands in
 * {@code contract-tests/target/spec-changes/<api>.md}.
 */
class SpecCompatibilityTest {

  static final List<String> APIS = Participants.PROVIDERS;

  @ParameterizedTest(name = "{0}")
  @FieldSource("APIS")
  void spec_comparedWithItsReleasedCopy_isCompatibleOrAcknowledged(String api) throws IOException {
    Verdict verdict = SpecGate.check(api, Specs.released(api), Specs.location(api), Specs.changelog());

    Path report = Path.of(System.getProperty("spec-changes.dir", "target/spec-changes"), api + ".md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, verdict.changelog());

    assertThat(verdict.passes()).as(verdict.failure() + "\nFull changelog: " + report).isTrue();
  }
}
