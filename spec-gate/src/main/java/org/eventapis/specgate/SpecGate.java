package org.eventapis.specgate;

import io.swagger.v3.oas.models.OpenAPI;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The breaking-change gate: compares a spec with its released copy using openapi-diff.
 *
 * <p>Breaking means breaking for code built on the generated client, which is stricter than
 * breaking on the wire: besides what openapi-diff calls incompatible, removing any property or
 * enum value, in a request or a response, removes a generated method or constant that callers
 * may use, and counts as a break.
 *
 * <p>A change is let through when it is compatible for code already built on the released spec,
 * or when it is acknowledged: the spec's {@code info.version} has a higher major number than the
 * released one, and {@code specs/CHANGELOG.md} has a heading {@code ## <api> <version>} for it.
 */
public final class SpecGate {

  /**
   * What the comparison found.
   *
   * @param operationsAdded operations the released copy does not have
   * @param operationsChanged operations both have that differ, compatibly or not
   * @param changelog openapi-diff's readable report of every difference, in Markdown
   */
  public record Verdict(
      String api,
      String releasedVersion,
      String currentVersion,
      boolean compatible,
      boolean acknowledged,
      List<String> breaks,
      int operationsAdded,
      int operationsChanged,
      String changelog) {

    public boolean passes() {
      return compatible || acknowledged;
    }

    /** Whether the spec describes the same operations as its released copy. */
    public boolean unchanged() {
      return breaks.isEmpty() && operationsAdded == 0 && operationsChanged == 0;
    }

    /**
     * One line for the build log, such as {@code perscom: 0 breaking, 4 operations changed, 0
     * added -> generated-client/target/spec-changes/perscom.md}.
     */
    public String summary(String report) {
      String counts;
      if (unchanged()) {
        counts = "unchanged since the released " + releasedVersion;
      } else {
        counts = breaks.size() + " breaking"
            + (acknowledged ? " (acknowledged as " + currentVersion + ")" : "")
            + ", " + operationsChanged + " operation" + (operationsChanged == 1 ? "" : "s")
            + " changed, " + operationsAdded + " added";
      }
      return api + ": " + counts + " -> " + report;
    }

    /** A readable account of why the gate failed, naming each break. */
    public String failure() {
      return api + " " + currentVersion + " breaks code built on the released " + releasedVersion
          + ":\n  - " + String.join("\n  - ", breaks)
          + "\nEither make the change compatible, or acknowledge it: raise the major number of"
          + " info.version and add a '## " + api + " <version>' entry to specs/CHANGELOG.md.";
    }
  }

  private SpecGate() {}

  /**
   * @param api the API's name, as used in the changelog heading
   * @param released the spec code was built against
   * @param current the spec as it is now
   * @param changelog {@code specs/CHANGELOG.md}
   */
  public static Verdict check(String api, Path released, Path current, Path changelog) {
    ChangedOpenApi diff;
    try {
      diff = OpenApiCompare.fromLocations(released.toUri().toString(), current.toUri().toString());
    } catch (RuntimeException unreadable) {
      throw new IllegalStateException(
          api + ": cannot compare " + current + " with " + released + ": " + unreadable.getMessage(),
          unreadable);
    }
    String releasedVersion = version(diff.getOldSpecOpenApi());
    String currentVersion = version(diff.getNewSpecOpenApi());
    List<String> breaks = breaks(diff);
    boolean compatible = breaks.isEmpty();
    boolean acknowledged =
        !compatible
            && major(currentVersion) > major(releasedVersion)
            && hasEntry(changelog, api, currentVersion);
    return new Verdict(
        api,
        releasedVersion,
        currentVersion,
        compatible,
        acknowledged,
        breaks,
        diff.getNewEndpoints().size(),
        diff.getChangedOperations().size(),
        markdown(diff));
  }

  /** One line per incompatible change, naming the operation and the field or parameter. */
  static List<String> breaks(ChangedOpenApi diff) {
    List<String> breaks = new ArrayList<>();
    for (Endpoint removed : diff.getMissingEndpoints()) {
      breaks.add("removed operation " + removed.getMethod() + " " + removed.getPathUrl());
    }
    for (ChangedOperation changed : diff.getChangedOperations()) {
      String operation = changed.getHttpMethod() + " " + changed.getPathUrl();
      int before = breaks.size();
      parameters(changed.getParameters(), operation, breaks);
      if (changed.getRequestBody() != null) {
        content(changed.getRequestBody().getContent(), operation + " request body", true, breaks);
      }
      ChangedApiResponse responses = changed.getApiResponses();
      if (responses != null) {
        responses.getMissing().keySet()
            .forEach(status -> breaks.add(operation + ": response " + status + " removed"));
        responses.getChanged().forEach(
            (status, response) ->
                content(response.getContent(), operation + " response " + status, false, breaks));
      }
      if (changed.getSecurityRequirements() != null
          && changed.getSecurityRequirements().isIncompatible()) {
        breaks.add(operation + ": security requirements changed");
      }
      if (changed.isIncompatible() && breaks.size() == before) {
        breaks.add(operation + ": changed incompatibly; see the changelog");
      }
    }
    if (breaks.isEmpty() && diff.isIncompatible()) {
      breaks.add("incompatible change outside operations; see the changelog");
    }
    return breaks;
  }

  /**
   * Parameters are arguments of the generated methods: adding or removing one, even an optional
   * one, changes the method's signature and breaks code that calls it.
   */
  private static void parameters(ChangedParameters parameters, String operation, List<String> out) {
    if (parameters == null) {
      return;
    }
    parameters.getIncreased().forEach(p -> out.add(operation + ": new "
        + (Boolean.TRUE.equals(p.getRequired()) ? "required " : "") + p.getIn() + " parameter '"
        + p.getName() + "' (a new argument of the generated method)"));
    parameters.getMissing()
        .forEach(p -> out.add(operation + ": " + p.getIn() + " parameter '" + p.getName() + "' removed"));
    for (ChangedParameter changed : parameters.getChanged()) {
      String where = operation + " " + changed.getIn() + " parameter '" + changed.getName() + "'";
      if (changed.isChangeRequired() && Boolean.TRUE.equals(changed.getNewParameter().getRequired())) {
        out.add(where + ": now required");
      }
      schema(changed.getSchema(), where, true, out);
    }
  }

  private static void content(ChangedContent content, String where, boolean request, List<String> out) {
    if (content == null) {
      return;
    }
    content.getMissing().keySet().forEach(type -> out.add(where + ": media type " + type + " removed"));
    content.getChanged().values().forEach(media -> schema(media.getSchema(), where, request, out));
  }

  /** Walks a changed schema down to each property whose change breaks callers. */
  private static void schema(ChangedSchema schema, String where, boolean request, List<String> out) {
    if (schema == null) {
      return;
    }
    if (schema.isChangedType()) {
      out.add(where + ": type changed from " + type(schema.getOldSchema()) + " to " + type(schema.getNewSchema()));
    }
    if (request && schema.getRequired() != null && !schema.getRequired().getIncreased().isEmpty()) {
      out.add(where + ": newly required " + schema.getRequired().getIncreased());
    }
    if (!request && schema.getRequired() != null && !schema.getRequired().getMissing().isEmpty()) {
      out.add(where + ": no longer always sent " + schema.getRequired().getMissing());
    }
    if (schema.getEnumeration() != null && !schema.getEnumeration().getMissing().isEmpty()) {
      out.add(where + ": enum values removed " + schema.getEnumeration().getMissing());
    }
    // An answer may now carry a value that code built on the release has no constant for.
    if (!request && schema.getEnumeration() != null
        && !schema.getEnumeration().getIncreased().isEmpty()) {
      out.add(where + ": enum values added " + schema.getEnumeration().getIncreased());
    }
    if (!schema.getMissingProperties().isEmpty()) {
      out.add(where + ": properties removed " + schema.getMissingProperties().keySet());
    }
    schema.getChangedProperties()
        .forEach((name, property) -> schema(property, where + "." + name, request, out));
    schema(schema.getItems(), where + "[]", request, out);
  }

  private static String type(io.swagger.v3.oas.models.media.Schema<?> schema) {
    return schema == null ? "nothing" : String.valueOf(schema.getType());
  }

  static boolean hasEntry(Path changelog, String api, String version) {
    if (!Files.isRegularFile(changelog)) {
      return false;
    }
    Pattern heading =
        Pattern.compile("^##\\s+" + Pattern.quote(api) + "\\s+" + Pattern.quote(version) + "\\b.*$",
            Pattern.MULTILINE);
    try {
      return heading.matcher(Files.readString(changelog)).find();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int major(String version) {
    String digits = version.replaceFirst("^[vV]", "").split("\\.")[0];
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException notSemantic) {
      throw new IllegalStateException("info.version must start with a major number: " + version);
    }
  }

  private static String version(OpenAPI spec) {
    return spec.getInfo() == null || spec.getInfo().getVersion() == null
        ? "0"
        : spec.getInfo().getVersion();
  }

  private static String markdown(ChangedOpenApi diff) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
