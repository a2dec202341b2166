package dev.guidepost.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.rules.StandardRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the README from drifting away from the code. */
class ReadmeTest {
  private static final Path README = Path.of("..", "README.md");
  private static final String RULES_START = "<!-- rules:start -->";

  @Test
  void the_rule_table_lists_every_rule_as_the_code_has_it() throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf(RULES_START) + RULES_START.length();
    int end = readme.indexOf("<!-- rules:end -->");
    if (Boolean.getBoolean("guidepost.docs.update")) {
      readme = readme.substring(0, start) + "\n" + ruleTable() + "\n" + readme.substring(end);
      Files.writeString(README, readme);
      end = readme.indexOf("<!-- rules:end -->");
    }

    assertThat(readme.substring(start, end).strip())
        .as("the README's rule table is generated; run with -Dguidepost.docs.update=true")
        .isEqualTo(ruleTable());
  }

  @Test
  void the_quick_start_is_the_example_that_compiles() throws IOException {
    String readme = Files.readString(README);
    String example =
        Files.readString(Path.of("src/main/java/dev/guidepost/examples/ComposeInCode.java"));

    for (String line : readme.substring(readme.indexOf("## Quick start")).lines().toList()) {
      if (line.startsWith("    .decide(")) {
        assertThat(example).contains(line.strip());
      }
    }
  }

  @Test
  void the_examples_section_lists_every_runnable_example() throws IOException {
    String readme = Files.readString(README);
    String section =
        readme.substring(readme.indexOf("## Examples"), readme.indexOf("## Build notes"));
    List<String> examples;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/guidepost/examples"))) {
      examples =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> read(f).contains("public static void main("))
              .map(f -> f.getFileName().toString().replace(".java", ""))
              .sorted()
              .toList();
    }

    assertThat(examples).contains("ReadCheckRender", "CompanyRule", "PolicyServer");
    for (String example : examples) {
      assertThat(section).as(example).containsPattern("\\| `(server\\.)?" + example + "` \\|");
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String ruleTable() {
    StringBuilder table =
        new StringBuilder("| id | severity | what it finds | sources |\n|---|---|---|---|");
    for (Rule rule : StandardRules.checker().rules()) {
      table
          .append("\n| `")
          .append(rule.id())
          .append("` | ")
          .append(rule.severity().id())
          .append(" | ")
          .append(rule.summary().format(Language.ENGLISH))
          .append(" | ")
          .append(rule.sources().message().format(Language.ENGLISH).replace("|", "\\|"))
          .append(" |");
    }
    return table.toString();
  }
}
