package org.eventapis.specgate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eventapis.specgate.SpecGate.Verdict;
import org.eventapis.specgate.SpecGateMain.GateFailure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate as the build runs it, over a copy of the repository's specs folder in which every
 * spec has just been released (its released copy is the spec itself), so that each test's edit
 * is the only difference.
 */
class SpecGateMainTest {

  private static final String CALENDAR_ID =
      "        calendar_id:\n"
          + "          type: integer\n"
          + "          format: int64\n"
          + "          description: The calendar the event belongs to.\n";

  @TempDir Path dir;
  private Path specs;
  private Path reports;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  @BeforeEach
  void releaseEverySpecInACopy() throws IOException {
    specs = RepositorySpecs.copyTo(dir.resolve("specs"));
    for (String api : SpecGateMain.apis(specs)) {
      Files.copy(specs.resolve(api).resolve("openapi.yaml"),
          specs.resolve(api).resolve("released").resolve("openapi.yaml"),
          StandardCopyOption.REPLACE_EXISTING);
    }
    reports = dir.resolve("spec-changes");
  }

  @Test
  void repositorySpecs_comparedWithTheirReleasedCopies_passOrAreAcknowledged() {
    List<Verdict> verdicts =
        SpecGateMain.run(RepositorySpecs.directory(), reports, new PrintStream(log));

    assertThat(verdicts).extracting(Verdict::api).containsExactly("perscom", "timekit", "unipile");
    assertThat(verdicts).allMatch(Verdict::passes);
  }

  @Test
  void removedRequiredRequestField_failsNamingTheOperationTheFieldAndHowToAcknowledge()
      throws IOException {
    edit("perscom", s -> cutAfter(
        replace(s, "required: [name, calendar_id, starts, ends, all_day]",
            "required: [name, starts, ends, all_day]"),
        "    EventCreateRequest:", CALENDAR_ID));

    assertThatThrownBy(this::gate)
        .isInstanceOf(GateFailure.class)
        .hasMessageStartingWith("perscom 1.0.0 breaks code built on the released 1.0.0:")
        .hasMessageContaining("POST /events request body: properties removed [calendar_id]")
        .hasMessageContaining("raise the major number of info.version")
        .hasMessageContaining("'## perscom <version>' entry to specs/CHANGELOG.md")
        .hasMessageContaining(reports.resolve("perscom.md").toString())
        .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("timekit", "unipile"));
  }

  @Test
  void addedOptionalResponseField_passesWithOneSummaryLinePerApi() throws IOException {
    edit("perscom", s -> replace(s,
        "notifications_enabled, url]\n      properties:\n",
        "notifications_enabled, url]\n      properties:\n        color:\n          type: string\n"));

    List<Verdict> verdicts = gate();

    assertThat(verdicts).allMatch(Verdict::passes);
    List<String> lines = log.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .matches("perscom: 0 breaking, [1-9][0-9]* operations? changed, 0 added -> .*")
        .endsWith(reports.resolve("perscom.md").toString());
    assertThat(lines.get(1)).isEqualTo("timekit: unchanged since the released 1.0.0 -> "
        + reports.resolve("timekit.md"));
    assertThat(lines.get(2)).startsWith("unipile: unchanged since the released 1.0.0 -> ");
    assertThat(reports.resolve("perscom.md")).content().contains("color");
  }

  @Test
  void acknowledgedBreak_passesAndSaysSo() throws IOException {
    edit("timekit", s -> cutFrom(replace(s, "  version: 1.0.0", "  version: 2.0.0"),
        "    delete:\n      operationId: deleteEvent", "\ncomponents:"));
    Files.writeString(specs.resolve("CHANGELOG.md"), "\n## timekit 2.0.0\n\nDelete removed.\n",
        StandardOpenOption.APPEND);

    gate();

    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("timekit: 1 breaking (acknowledged as 2.0.0), 0 operations changed, 0 added");
  }

  @Test
  void specWithoutReleasedCopy_failsSayingHowToReleaseIt() throws IOException {
    Files.delete(specs.resolve("unipile").resolve("released").resolve("openapi.yaml"));

    assertThatThrownBy(this::gate)
        .isInstanceOf(GateFailure.class)
        .hasMessageStartingWith("unipile has no released copy at ")
        .hasMessageContaining("cp ");
  }

  @Test
  void missingSpecsFolder_isRefusedNamingIt() {
    Path nowhere = dir.resolve("no-such-folder");

    assertThatThrownBy(() -> SpecGateMain.run(nowhere, reports, new PrintStream(log)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(nowhere.toString());
  }

  private List<Verdict> gate() {
    return SpecGateMain.run(specs, reports, new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  private void edit(String api, UnaryOperator<String> change) throws IOException {
    Path spec = specs.resolve(api).resolve("openapi.yaml");
    Files.writeString(spec, change.apply(Files.readString(spec)));
  }

  private static String replace(String text, String from, String to) {
    assertThat(text).as("seed target").contains(from);
    return text.replace(from, to);
  }

  /** Removes the first {@code block} after {@code heading}. */
  private static String cutAfter(String text, String heading, String block) {
    int at = text.indexOf(heading);
    int from = text.indexOf(block, at);
    assertThat(at).as("seed heading").isNotNegative();
    assertThat(from).as("seed block").isGreaterThan(at);
    return text.substring(0, from) + text.substring(from + block.length());
  }

  /** Removes from {@code start} up to, not including, {@code end}. */
  private static String cutFrom(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end, from);
    assertThat(from).as("seed start").isNotNegative();
    assertThat(to).as("seed end").isGreaterThan(from);
    return text.substring(0, from) + text.substring(to + 1);
  }
}
