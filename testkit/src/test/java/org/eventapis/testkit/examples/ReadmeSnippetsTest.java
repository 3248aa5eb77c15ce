package org.eventapis.testkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The README's "Testing your own code" shows these example tests as they are, so that a snippet
 * that no longer compiles or passes cannot stay in the README.
 */
class ReadmeSnippetsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"perscom, BriefingsTest.java", "unipile, CalendarMirrorTest.java", "timekit, SlotBlockerTest.java"})
  void readme_showsTheExampleTestAsItIs(String api, String file) throws IOException {
    String source = Files.readString(Path.of(System.getProperty("examples.dir"), file));
    String begin = "// --- " + api + " ---\n";
    String end = "// --- end " + api + " ---";
    String snippet = source.substring(source.indexOf(begin) + begin.length(), source.indexOf(end)).strip();

    String readme = Files.readString(Path.of(System.getProperty("readme.path")));

    assertThat(readme).contains("```java\n" + snippet + "\n```");
  }
}
