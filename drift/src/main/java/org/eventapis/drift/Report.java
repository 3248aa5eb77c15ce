package org.eventapis.drift;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of one API's check: the findings, merged where the same difference was seen in
 * several items or calls, and the notes. Written as {@code <api>.md} for people, {@code
 * <api>.json} for tools and {@code <api>-exchanges.json} as evidence, all through {@link
 * Redaction}.
 */
final class Report {

  enum Outcome {
    CLEAN, ADDITIVE, INCOMPLETE, BREAKING;

    /** What the process exit status is for this outcome. */
    int exitStatus() {
      return switch (this) {
        case CLEAN, ADDITIVE -> 0;
        case BREAKING -> 1;
        case INCOMPLETE -> 2;
      };
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final String api;
  private final String spec;
  private final String baseUrl;
  private final List<Finding> findings;
  private final List<String> notes;
  private final List<Exchange> exchanges;
  private final boolean incomplete;
  private final Redaction redaction;

  Report(String api, String spec, String baseUrl, List<Finding> raw, List<String> notes,
      List<Exchange> exchanges, boolean incomplete, Redaction redaction) {
    this.api = api;
    this.spec = spec;
    this.baseUrl = baseUrl;
    this.findings = merge(raw);
    this.notes = List.copyOf(notes);
    this.exchanges = List.copyOf(exchanges);
    this.incomplete = incomplete;
    this.redaction = redaction;
  }

  List<Finding> findings() {
    return findings;
  }

  long count(Finding.Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** A breaking finding wins over an incomplete run: it is the news. */
  Outcome outcome() {
    if (count(Finding.Severity.BREAKING) > 0) {
      return Outcome.BREAKING;
    }
    if (incomplete) {
      return Outcome.INCOMPLETE;
    }
    return count(Finding.Severity.ADDITIVE) > 0 ? Outcome.ADDITIVE : Outcome.CLEAN;
  }

  /** The line for the build log. */
  String summary(Path folder) {
    return "drift " + api + ": " + outcome() + ", " + count(Finding.Severity.BREAKING) + " breaking, "
        + count(Finding.Severity.ADDITIVE) + " additive in " + exchanges.size() + " exchanges"
        + (notes.isEmpty() ? "" : ", " + notes.size() + " note(s)")
        + "; report " + folder.resolve(api + ".md");
  }

  void write(Path folder) {
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(api + ".md"), redaction.text(markdown()), StandardCharsets.UTF_8);
      Files.writeString(folder.resolve(api + ".json"), redaction.text(MAPPER.writeValueAsString(json())),
          StandardCharsets.UTF_8);
      ArrayNode evidence = JsonNodeFactory.instance.arrayNode();
      exchanges.forEach(exchange -> evidence.add(redaction.exchange(exchange)));
      Files.writeString(folder.resolve(api + "-exchanges.json"),
          redaction.text(MAPPER.writeValueAsString(evidence)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the drift report of " + api + " to " + folder, e);
    }
  }

  private ObjectNode json() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("api", api);
    root.put("spec", spec);
    root.put("baseUrl", baseUrl);
    root.put("checkedAt", Instant.now().toString());
    root.put("outcome", outcome().name().toLowerCase());
    root.put("breaking", count(Finding.Severity.BREAKING));
    root.put("additive", count(Finding.Severity.ADDITIVE));
    ArrayNode operations = root.putArray("operations");
    operations().forEach(operations::add);
    ArrayNode list = root.putArray("findings");
    for (Finding finding : findings) {
      ObjectNode node = list.addObject();
      node.put("severity", finding.severity().name().toLowerCase());
      node.put("operation", finding.operationId());
      node.put("side", finding.side());
      node.put("path", finding.path());
      node.put("kind", finding.kind());
      node.put("detail", redaction.detail(finding));
      node.put("count", finding.count());
    }
    ArrayNode noteList = root.putArray("notes");
    notes.forEach(noteList::add);
    root.put("exchanges", api + "-exchanges.json");
    return root;
  }

  private String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Drift of ").append(api).append(" from `").append(spec).append("`\n\n");
    md.append("Checked ").append(Instant.now()).append(" against ").append(baseUrl).append(": ")
        .append(exchanges.size()).append(" exchanges (").append(String.join(", ", operations())).append(").\n\n");
    md.append("**").append(outcome()).append("**: ").append(count(Finding.Severity.BREAKING)).append(" breaking, ")
        .append(count(Finding.Severity.ADDITIVE)).append(" additive.\n");
    for (Finding.Severity severity : Finding.Severity.values()) {
      List<Finding> these = findings.stream().filter(f -> f.severity() == severity).toList();
      if (these.isEmpty()) {
        continue;
      }
      md.append("\n## ").append(severity == Finding.Severity.BREAKING ? "Breaking" : "Additive").append("\n\n");
      md.append("| operation | side | path | what | seen | detail |\n|---|---|---|---|---:|---|\n");
      for (Finding f : these) {
        md.append("| ").append(cell(f.operationId())).append(" | ").append(f.side()).append(" | `")
            .append(cell(f.path())).append("` | ").append(cell(f.kind())).append(" | ").append(f.count())
            .append(" | ").append(cell(redaction.detail(f))).append(" |\n");
      }
    }
    if (!notes.isEmpty()) {
      md.append("\n## Notes\n\n");
      notes.forEach(note -> md.append("- ").append(note).append('\n'));
    }
    md.append("\nEvidence: `").append(api).append("-exchanges.json`, every request and answer of this run,")
        .append(" without credentials and with personal data masked.\n");
    return md.toString();
  }

  private List<String> operations() {
    Set<String> names = new LinkedHashSet<>();
    exchanges.forEach(exchange -> names.add(exchange.operationId()));
    return new ArrayList<>(names);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }

  /** The same difference seen in several items or calls becomes one finding with a count. */
  private static List<Finding> merge(List<Finding> raw) {
    Map<String, Finding> merged = new LinkedHashMap<>();
    for (Finding finding : raw) {
      merged.merge(finding.identity(), finding, (a, b) -> a.times(a.count() + b.count()));
    }
    List<Finding> sorted = new ArrayList<>(merged.values());
    sorted.sort(Comparator.comparing(Finding::severity));
    return List.copyOf(sorted);
  }
}
