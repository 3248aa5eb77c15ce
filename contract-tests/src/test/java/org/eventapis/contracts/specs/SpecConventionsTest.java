package org.eventapis.contracts.specs;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventapis.contracts.support.Participants;
import org.eventapis.contracts.support.SpecOperations;
import org.eventapis.contracts.support.SpecOperations.SpecOperation;
import org.eventapis.contracts.support.Specs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Rules every spec follows so that the generated clients read well and stay documented. */
class SpecConventionsTest {

  static final List<String> APIS = Participants.PROVIDERS;

  @ParameterizedTest(name = "{0}")
  @FieldSource("APIS")
  void everyOperation_hasCamelCaseOperationIdOneTagAndSummary(String api) {
    OpenAPI spec = Specs.openApi(api);
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (SpecOperation op : SpecOperations.all(spec)) {
      String id = op.operation().getOperationId();
      if (id == null || !id.matches("[a-z][A-Za-z0-9]*")) {
        problems.add(op + ": operationId missing or not camelCase");
      } else if (!ids.add(id)) {
        problems.add(op + ": operationId used twice");
      }
      if (op.operation().getTags() == null || op.operation().getTags().size() != 1) {
        problems.add(op + ": needs exactly one tag, has " + op.operation().getTags());
      }
      if (op.operation().getSummary() == null || op.operation().getSummary().isBlank()) {
        problems.add(op + ": no summary");
      }
    }
    assertThat(problems).as("in %s", Specs.location(api)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("APIS")
  void everyJsonBody_hasAtLeastOneExample(String api) {
    OpenAPI spec = Specs.openApi(api);
    List<String> missing = new ArrayList<>();
    for (SpecOperation op : SpecOperations.all(spec)) {
      RequestBody body = SpecOperations.requestBody(spec, op);
      if (body != null) {
        body.getContent().forEach((type, media) -> requireExample(media, op + " request " + type, missing));
      }
      for (Map.Entry<String, ApiResponse> response : SpecOperations.responses(spec, op).entrySet()) {
        if (response.getValue().getContent() != null) {
          response
              .getValue()
              .getContent()
              .forEach(
                  (type, media) ->
                      requireExample(media, op + " response " + response.getKey(), missing));
        }
      }
    }
    assertThat(missing).as("bodies without examples in %s", Specs.location(api)).isEmpty();
  }

  /**
   * The clients send every list-valued query parameter as one comma-separated value (see
   * {@code FeignSetup}); a spec that declared another style would be sent wrongly.
   */
  @ParameterizedTest(name = "{0}")
  @FieldSource("APIS")
  void everyArrayQueryParameter_isCommaSeparated(String api) {
    OpenAPI spec = Specs.openApi(api);
    List<String> problems = new ArrayList<>();
    for (SpecOperation op : SpecOperations.all(spec)) {
      for (Parameter parameter : SpecOperations.parameters(spec, op)) {
        boolean isArray =
            parameter.getSchema() != null && "array".equals(parameter.getSchema().getType());
        if ("query".equals(parameter.getIn()) && isArray) {
          boolean form = parameter.getStyle() == null || "form".equals(parameter.getStyle().toString());
          if (!form || !Boolean.FALSE.equals(parameter.getExplode())) {
            problems.add(op + ": query parameter " + parameter.getName() + " is not form/explode:false");
          }
        }
      }
    }
    assertThat(problems).as("in %s", Specs.location(api)).isEmpty();
  }

  private static void requireExample(MediaType media, String where, List<String> missing) {
    boolean hasExample =
        media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
    if (!hasExample) {
      missing.add(where);
    }
  }
}
