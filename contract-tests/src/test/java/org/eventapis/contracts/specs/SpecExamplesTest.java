package org.eventapis.contracts.specs;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eventapis.contracts.support.Participants;
import org.eventapis.contracts.support.SpecOperations;
import org.eventapis.contracts.support.SpecOperations.SpecOperation;
import org.eventapis.contracts.support.Specs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every example in a spec is valid against the schema it illustrates. Examples are what readers
 * copy, and they are the cheapest check that a schema says what its author meant. Objects are
 * checked as closed, like the pact validation does, so an example with a misspelt key fails.
 */
class SpecExamplesTest {

  static final List<String> APIS = Participants.PROVIDERS;

  @ParameterizedTest(name = "{0}")
  @FieldSource("APIS")
  void everyExample_validatesAgainstItsSchema(String api) {
    OpenAPI spec = Specs.openApiFlattened(api);
    SchemaValidator validator = new SchemaValidator(spec, new MessageResolver());
    List<String> failures = new ArrayList<>();
    int checked = 0;

    for (SpecOperation op : SpecOperations.all(spec)) {
      RequestBody body = SpecOperations.requestBody(spec, op);
      if (body != null) {
        for (Map.Entry<String, MediaType> media : body.getContent().entrySet()) {
          checked += check(spec, validator, media.getValue(), op + " request", failures);
        }
      }
      for (Map.Entry<String, ApiResponse> response : SpecOperations.responses(spec, op).entrySet()) {
        if (response.getValue().getContent() == null) {
          continue;
        }
        for (MediaType media : response.getValue().getContent().values()) {
          checked += check(spec, validator, media, op + " response " + response.getKey(), failures);
        }
      }
      for (Parameter parameter : SpecOperations.parameters(spec, op)) {
        if (parameter.getExample() != null) {
          checked++;
          // Parameter values are plain text on the wire; the validator quotes them itself.
          Object raw = parameter.getExample();
          validate(validator, raw instanceof String text ? new RawText(text) : raw,
              parameter.getSchema(), op + " parameter " + parameter.getName(), failures);
        }
      }
    }

    assertThat(checked).as("examples found in %s", Specs.location(api)).isPositive();
    assertThat(failures).as("invalid examples in %s", Specs.location(api)).isEmpty();
  }

  private record RawText(String text) {}

  private static int check(
      OpenAPI spec, SchemaValidator validator, MediaType media, String where, List<String> failures) {
    int checked = 0;
    if (media.getExample() != null) {
      validate(validator, media.getExample(), media.getSchema(), where, failures);
      checked++;
    }
    if (media.getExamples() != null) {
      for (Map.Entry<String, Example> named : media.getExamples().entrySet()) {
        Example example = SpecOperations.example(spec, named.getValue());
        validate(validator, example.getValue(), media.getSchema(),
            where + " example '" + named.getKey() + "'", failures);
        checked++;
      }
    }
    return checked;
  }

  private static void validate(
      SchemaValidator validator,
      Object value,
      io.swagger.v3.oas.models.media.Schema<?> schema,
      String where,
      List<String> failures) {
    String json;
    try {
      json = value instanceof RawText raw ? raw.text() : Json.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      failures.add(where + ": example is not JSON: " + e.getOriginalMessage());
      return;
    }
    ValidationReport report = validator.validate(json, schema, "example");
    if (report.hasErrors()) {
      failures.add(where + ":\n" + SimpleValidationReportFormat.getInstance().apply(report));
    }
  }
}
