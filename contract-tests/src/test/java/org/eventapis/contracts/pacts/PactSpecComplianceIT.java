package org.eventapis.contracts.pacts;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.pact.PactRequest;
import com.atlassian.oai.validator.pact.PactResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventapis.contracts.support.Pacts;
import org.eventapis.contracts.support.Participants;
import org.eventapis.contracts.support.SpecOperations;
import org.eventapis.contracts.support.SpecOperations.SpecOperation;
import org.eventapis.contracts.support.Specs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The providers will never verify our pacts, so the spec stands in for them: every interaction
 * the consumer tests recorded must be one the spec allows, and every operation in the spec must
 * have been exercised, both when it succeeds and when it fails.
 */
class PactSpecComplianceIT {

  static final List<String> PROVIDERS = Participants.PROVIDERS;

  @ParameterizedTest(name = "{0}")
  @FieldSource("PROVIDERS")
  void everyInteraction_validatesAgainstTheSpec(String provider) {
    List<SynchronousRequestResponse> interactions = Pacts.interactions(provider);
    OpenApiInteractionValidator validator = Specs.pactValidator(provider);

    List<String> failures = new ArrayList<>();
    for (SynchronousRequestResponse interaction : interactions) {
      ValidationReport report =
          validator.validate(
              PactRequest.of(interaction.getRequest()), PactResponse.of(interaction.getResponse()));
      if (report.hasErrors()) {
        failures.add(
            "'" + interaction.getDescription() + "' ("
                + interaction.getRequest().getMethod() + " " + interaction.getRequest().getPath()
                + " -> " + interaction.getResponse().getStatus() + ")\n"
                + SimpleValidationReportFormat.getInstance().apply(report));
      }
    }

    assertThat(interactions).as("interactions in %s", Pacts.file(provider)).isNotEmpty();
    assertThat(failures)
        .as("interactions in %s that %s does not allow", Pacts.file(provider), Specs.location(provider))
        .isEmpty();
  }

  /**
   * Every operation is exercised when it succeeds and when it fails the way a caller must handle:
   * 404 where the spec says it can miss, 400 or 422 where it takes a body, and 401 at least once
   * per API.
   */
  @ParameterizedTest(name = "{0}")
  @FieldSource("PROVIDERS")
  void everyOperation_hasSuccessAndDocumentedErrorInteractions(String provider) {
    OpenAPI spec = Specs.openApi(provider);
    Map<SpecOperation, List<Integer>> statuses = statusesByOperation(provider, spec);

    List<String> gaps = new ArrayList<>();
    statuses.forEach(
        (op, seen) -> {
          Set<String> documented = op.operation().getResponses().keySet();
          if (seen.stream().noneMatch(status -> status >= 200 && status < 300)) {
            gaps.add(op + ": no success interaction");
          }
          if (seen.stream().noneMatch(status -> status >= 400)) {
            gaps.add(op + ": no error interaction");
          }
          if (documented.contains("404") && !seen.contains(404)) {
            gaps.add(op + ": no 404 interaction, though the spec says it can miss");
          }
          if (op.operation().getRequestBody() != null && !seen.contains(400) && !seen.contains(422)) {
            gaps.add(op + ": takes a body but has no 400 or 422 interaction");
          }
        });
    if (statuses.values().stream().noneMatch(seen -> seen.contains(401))) {
      gaps.add("no 401 interaction for any operation");
    }
    assertThat(gaps)
        .as("operations of %s not exercised by %s", Specs.location(provider), Pacts.file(provider))
        .isEmpty();
  }

  /** The response statuses recorded for each operation of the spec. */
  private static Map<SpecOperation, List<Integer>> statusesByOperation(String provider, OpenAPI spec) {
    List<SpecOperation> operations = SpecOperations.all(spec);
    String basePath = Specs.basePath(provider);
    Map<SpecOperation, List<Integer>> statuses = new LinkedHashMap<>();
    operations.forEach(op -> statuses.put(op, new ArrayList<>()));
    for (SynchronousRequestResponse interaction : Pacts.interactions(provider)) {
      String path = interaction.getRequest().getPath();
      String relative = path.startsWith(basePath) ? path.substring(basePath.length()) : path;
      String method = interaction.getRequest().getMethod();
      Optional<SpecOperation> best =
          operations.stream()
              .filter(op -> op.matchScore(method, relative) >= 0)
              .max(Comparator.comparingInt(op -> op.matchScore(method, relative)));
      best.ifPresent(op -> statuses.get(op).add(interaction.getResponse().getStatus()));
    }
    return statuses;
  }
}
