package org.eventapis.contracts.specs;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.eventapis.contracts.support.Participants;
import org.eventapis.contracts.support.Specs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class SpecParsingTest {

  static final java.util.List<String> APIS = Participants.PROVIDERS;

  @ParameterizedTest(name = "{0}")
  @FieldSource("APIS")
  void spec_parsedBySwaggerParser_hasNoMessages(String api) {
    SwaggerParseResult result = Specs.parse(api);

    assertThat(result.getMessages()).as("parser messages for %s", Specs.location(api)).isEmpty();
    assertThat(result.getOpenAPI()).as("parsed %s", Specs.location(api)).isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.0.");
  }
}
