package dev.guidepost.render.compose;

import static dev.guidepost.render.compose.ComposerTest.ACME;
import static dev.guidepost.render.compose.ComposerTest.compose;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.Shareable;
import org.junit.jupiter.api.Test;

class ClauseTextTest {
  private static final String PLAIN =
      "We encourage you to share our content with your network."
          + " It helps more people get to know us.";

  private static Policy advocacy(Decision decision) {
    return Policy.builder().organisation(ACME).decide(decision).build();
  }

  @Test
  void an_optional_parameter_left_out_or_empty_selects_the_plain_clause() {
    assertThat(
            DocumentText.lines(
                compose(advocacy(Decision.of(Advocacy.ENCOURAGED)), Language.ENGLISH)))
        .contains(PLAIN);
    assertThat(DocumentText.lines(compose(advocacy(Advocacy.encouraged()), Language.ENGLISH)))
        .contains(PLAIN);
  }

  @Test
  void an_optional_parameter_given_selects_the_clause_that_names_it() {
    assertThat(
            DocumentText.lines(
                compose(advocacy(Advocacy.encouraged(Shareable.NEWS)), Language.ENGLISH)))
        .contains(
            "We encourage you to share our news with your network."
                + " Only share what has already been published.");
  }
}
