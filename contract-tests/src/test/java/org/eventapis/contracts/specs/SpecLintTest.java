package org.eventapis.contracts.specs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eventapis.contracts.support.Participants;
import org.eventapis.contracts.support.Specs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spectral ruleset catches what it promises: a seeded spec with a missing operationId, two
 * tags, no summary and an unused component fails lint naming each rule. The build lints the real
 * specs itself, before generating anything; this proves the rules can fail.
 */
class SpecLintTest {

  @TempDir Path dir;

  @BeforeEach
  void lintIsEnabled() {
    assumeFalse(Boolean.getBoolean("skipSpecLint"), "spec lint skipped with -DskipSpecLint");
  }

  @Test
  void seededLintErrors_failLintNamingEachRule() throws Exception {
    String spec = Files.readString(Specs.location(Participants.TIMEKIT));
    String seeded =
        replace(
            replace(
                replace(
                    spec,
                    "      operationId: getEvent\n",
                    ""),
                "      operationId: deleteEvent\n      tags: [Events]\n      summary: Delete an event\n",
                "      operationId: deleteEvent\n      tags: [Events, Archive]\n"),
            "  schemas:\n",
            "  schemas:\n    NeverUsed:\n      type: string\n");
    Path bad = dir.resolve("seeded.yaml");
    Files.writeString(bad, seeded);

    Lint result = lint(bad);

    assertThat(result.exitCode()).as(result.output()).isNotZero();
    assertThat(result.output())
        .contains(
            "operation-operationId",
            "project-operation-one-tag",
            "project-operation-summary",
            "oas3-unused-component");
  }

  @Test
  void realSpecs_haveNoLintErrors() throws Exception {
    List<Path> specs = Participants.PROVIDERS.stream().map(Specs::location).toList();

    Lint result = lint(specs.toArray(Path[]::new));

    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  private record Lint(int exitCode, String output) {}

  private static Lint lint(Path... specs) throws IOException, InterruptedException {
    Path root = Specs.directory().getParent();
    Path spectral = root.resolve("node_modules/.bin/spectral");
    assertThat(spectral)
        .as("Spectral is installed by the root build's npm ci; run mvn from the project root")
        .isExecutable();
    List<String> command = new ArrayList<>(List.of(
        spectral.toString(), "lint", "--fail-severity=error",
        "--ruleset", root.resolve(".spectral.yaml").toString()));
    for (Path spec : specs) {
      command.add(spec.toString());
    }
    Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("Spectral finished").isTrue();
    return new Lint(process.exitValue(), output);
  }

  private static String replace(String text, String from, String to) {
    assertThat(text).as("seed target").contains(from);
    return text.replace(from, to);
  }
}
