package org.eventapis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of README.md is a marked region ({@code // --- name ---} to
 * {@code // --- end name ---}) of one of the example classes beside this test, which the build
 * compiles; a snippet the build cannot compile (it needs a library the client does not bring)
 * is preceded in README.md by {@code <!-- not compiled: reason -->}. Lines are compared without
 * their indentation. The section "Testing your own code" is the testkit's: its snippets are
 * tests of the testkit module, which holds them to the README the same way.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path EXAMPLES = Path.of("src", "test", "java", "org", "eventapis", "examples");
  private static final Pattern SNIPPET =
      Pattern.compile("(<!-- not compiled:[^>]*-->\\s*)?```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern REGION =
      Pattern.compile("// --- (?!end )(.+?) ---\\n(.*?)// --- end \\1 ---", Pattern.DOTALL);

  @Test
  void everyJavaSnippetOfTheReadme_isAnExampleTheBuildCompiles() throws IOException {
    Map<String, List<String>> regions = regions();
    List<String> readme = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Matcher snippet = SNIPPET.matcher(withoutTestkitSection(Files.readString(README)));
    while (snippet.find()) {
      if (snippet.group(1) != null) {
        continue;
      }
      List<String> lines = lines(snippet.group(2));
      readme.add(String.join("\n", lines));
      if (!regions.containsValue(lines)) {
        missing.add(String.join("\n", lines));
      }
    }

    assertThat(readme).as("README.md has Java snippets").isNotEmpty();
    assertThat(missing).as("README snippets that no example region matches").isEmpty();
    assertThat(regions.entrySet())
        .as("example regions that README.md does not show")
        .allMatch(region -> readme.contains(String.join("\n", region.getValue())), "shown in README.md");
  }

  private static String withoutTestkitSection(String readme) {
    int start = readme.indexOf("\n## Testing your own code");
    if (start < 0) {
      return readme;
    }
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(0, start) + (end < 0 ? "" : readme.substring(end));
  }

  private static Map<String, List<String>> regions() throws IOException {
    Map<String, List<String>> regions = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith("ReadmeExample.java")).toList()) {
        Matcher region = REGION.matcher(Files.readString(file));
        while (region.find()) {
          regions.put(file.getFileName() + " " + region.group(1), lines(region.group(2)));
        }
      }
    }
    assertThat(regions).as("example regions").isNotEmpty();
    return regions;
  }

  /** The non-blank lines, without leading or trailing blanks. */
  private static List<String> lines(String code) {
    return code.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }
}
