package org.eventapis.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClassificationTest {

  @Test
  void readme_listsEveryRuleWithItsClass() throws IOException {
    String readme = Files.readString(Path.of(System.getProperty("readme.path")), StandardCharsets.UTF_8);

    for (Classification.Rule rule : Classification.RULES) {
      assertThat(readme).contains(
          "| `" + rule.key() + "` | " + rule.kind() + " | " + rule.severity().name().toLowerCase(Locale.ROOT) + " |");
    }
  }

  @Test
  void of_aSchemaKeywordWithAQualifier_findsItsRule() {
    assertThat(Classification.of("validation.response.body.schema.format.date-time").kind()).isEqualTo("format mismatch");
    assertThat(Classification.of("validation.response.body.schema.additionalProperties").severity())
        .isEqualTo(Finding.Severity.ADDITIVE);
  }

  @Test
  void of_aKeyNotInTheTable_isBreaking() {
    assertThat(Classification.of("validation.response.body.schema.oneOf").severity()).isEqualTo(Finding.Severity.BREAKING);
  }

  @Test
  void ofRequest_anyMismatchInWhatOurClientSent_isBreaking() {
    assertThat(Classification.ofRequest("validation.request.body.schema.additionalProperties").severity())
        .isEqualTo(Finding.Severity.BREAKING);
  }
}
