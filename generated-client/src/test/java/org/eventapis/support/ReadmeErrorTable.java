package org.eventapis.support;

import feign.Request.HttpMethod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The error table of README.md ("## Errors") as data, so that tests hold the client to what its
 * users read instead of to a copy of the code's own table. Each row names an exception, the
 * statuses or the kind of failure it stands for, and the methods the client sends again after it.
 */
public final class ReadmeErrorTable {

  private static final Path README = Path.of("..", "README.md");
  private static final String HEADER = "| exception | status or failure | retried for |";
  private static final String EXCEPTIONS = "org.eventapis.core.";

  /** {@code when} is the "status or failure" cell; {@code statuses} is empty unless it lists some. */
  public record Row(String exception, String when, Set<Integer> statuses, Set<HttpMethod> retriedFor) {

    public Class<?> exceptionType() {
      try {
        return Class.forName(EXCEPTIONS + exception);
      } catch (ClassNotFoundException unknown) {
        throw new IllegalStateException("README.md names an exception that does not exist: " + exception, unknown);
      }
    }
  }

  private final List<Row> rows;

  private ReadmeErrorTable(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  public static ReadmeErrorTable read() {
    try {
      return parse(Files.readString(README));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  static ReadmeErrorTable parse(String readme) {
    int errors = readme.indexOf("\n## Errors\n");
    int table = errors < 0 ? -1 : readme.indexOf("\n" + HEADER, errors);
    if (table < 0) {
      throw new IllegalStateException("README.md has no table starting \"" + HEADER + "\" under ## Errors");
    }
    List<String> lines = readme.substring(table + 1).lines().takeWhile(line -> line.startsWith("|")).toList();
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(2, lines.size())) {
      String[] cells = line.split("\\|", -1);
      if (cells.length < 4) {
        throw new IllegalStateException("README.md error table: a row without three cells: " + line);
      }
      String exception = cells[1].strip().replace("`", "");
      String when = cells[2].strip();
      rows.add(new Row(exception, when, statuses(when), methods(cells[3].strip(), line)));
    }
    return new ReadmeErrorTable(rows);
  }

  public List<Row> rows() {
    return rows;
  }

  /** The row whose "status or failure" cell is exactly {@code when}. */
  public Row row(String when) {
    return rows.stream()
        .filter(row -> row.when().equals(when))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("README.md error table has no row \"" + when + "\""));
  }

  /** Every status the table names. */
  public Set<Integer> namedStatuses() {
    return rows.stream()
        .flatMap(row -> row.statuses().stream())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** The row for an error status: the one naming it, else "any other 5xx" or "any other status". */
  public Row forStatus(int status) {
    return rows.stream()
        .filter(row -> row.statuses().contains(status))
        .findFirst()
        .orElseGet(() -> row(status >= 500 && status <= 599 ? "any other 5xx" : "any other status"));
  }

  private static Set<Integer> statuses(String when) {
    if (!when.matches("\\d{3}(, \\d{3})*")) {
      return Set.of();
    }
    return Arrays.stream(when.split(", "))
        .map(Integer::valueOf)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static Set<HttpMethod> methods(String cell, String line) {
    if (cell.equals("no method")) {
      return EnumSet.noneOf(HttpMethod.class);
    }
    if (cell.equals("every method")) {
      return EnumSet.allOf(HttpMethod.class);
    }
    Set<HttpMethod> methods = EnumSet.noneOf(HttpMethod.class);
    for (String name : cell.split(", ")) {
      try {
        methods.add(HttpMethod.valueOf(name));
      } catch (IllegalArgumentException notAMethod) {
        throw new IllegalStateException(
            "README.md error table: \"" + cell + "\" is neither \"no method\", \"every method\" nor a list of"
                + " HTTP methods, in: " + line,
            notAMethod);
      }
    }
    return methods;
  }
}
