package dev.guidepost.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.rules.StandardRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/legal-review.md honest: the rule ids it names (in backticks, its only use of them) are
 * rules of the standard checker, and every rule of the checker is accounted for in it.
 */
class LegalReviewTest {
  private static final Path DOC = Path.of("..", "docs", "legal-review.md");
  private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");

  @Test
  void every_rule_id_the_review_names_is_a_rule_of_the_checker() throws IOException {
    assertThat(named()).isSubsetOf(checkerIds()).hasSizeGreaterThan(40);
  }

  @Test
  void every_rule_of_the_checker_is_accounted_for_in_the_review() throws IOException {
    assertThat(named()).containsAll(checkerIds());
  }

  @Test
  void every_item_has_a_status() throws IOException {
    for (String row : Files.readAllLines(DOC)) {
      if (row.startsWith("| ") && !row.startsWith("| item ")) {
        String status = row.substring(row.lastIndexOf('|', row.length() - 2) + 1).strip();
        assertThat(status)
            .as(row)
            .containsAnyOf("done", "different", "open", "see the row", "see section");
      }
    }
  }

  @Test
  void the_readme_links_the_review_from_how_current_the_law_is() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String section =
        readme.substring(
            readme.indexOf("### How current the law is"), readme.indexOf("## The JSON form"));
    assertThat(section).contains("(docs/legal-review.md)");
  }

  private static Set<String> named() throws IOException {
    Set<String> ids = new TreeSet<>();
    Matcher matcher = QUOTED.matcher(Files.readString(DOC));
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    return ids;
  }

  private static Set<String> checkerIds() {
    return StandardRules.checker().rules().stream()
        .map(Rule::id)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
