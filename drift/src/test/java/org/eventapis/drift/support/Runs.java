package org.eventapis.drift.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading what a drift check wrote. */
public final class Runs {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Runs() {}

  public static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode json(Path file) {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The findings of an API's JSON report as "severity operation path kind" lines. */
  public static List<String> findings(Path folder, String api) {
    List<String> lines = new ArrayList<>();
    for (JsonNode finding : json(folder.resolve(api + ".json")).get("findings")) {
      lines.add(finding.get("severity").asText() + " " + finding.get("operation").asText() + " "
          + finding.get("path").asText() + " " + finding.get("kind").asText());
    }
    return lines;
  }

  /** Everything the check wrote, report, evidence and log, as one text. */
  public static String everything(Path folder, String log) {
    StringBuilder all = new StringBuilder(log);
    try (var files = Files.list(folder)) {
      files.sorted().forEach(file -> all.append('\n').append(text(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all.toString();
  }
}
