package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.ParameterValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoodPracticeTest {
  @Test
  void the_area_is_good_practice_with_its_options_in_order() {
    assertThat(GoodPractice.ID).isEqualTo("good-practice");
    assertThat(GoodPractice.PRACTICES).isEqualTo("practices");
    assertThat(GoodPractice.AREA.options())
        .containsExactly(GoodPractice.LISTED, GoodPractice.NOT_ADDRESSED);
    assertThat(GoodPractice.AREA.options())
        .extracting(Option::id)
        .containsExactly("listed", "not-addressed");
    assertThat(StandardCatalogue.catalogue().chapterOf("good-practice"))
        .map(chapter -> chapter.id())
        .contains("employees-own-use");
  }

  @Test
  void listed_keeps_the_practices_in_the_order_given() {
    Decision decision = GoodPractice.listed(PostingPractice.CITE_OTHERS, PostingPractice.ADD_VALUE);
    assertThat(decision.option()).isEqualTo(GoodPractice.LISTED);
    assertThat(decision.value("practices"))
        .contains(ParameterValue.ofChoices(List.of("cite-others", "add-value")));
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    assertThat(GoodPractice.notAddressed()).isEqualTo(Decision.of(GoodPractice.NOT_ADDRESSED));
    assertThat(GoodPractice.notAddressed().values()).isEmpty();
  }

  @Test
  void every_practice_has_a_kebab_case_id_that_finds_it_again() {
    assertThat(PostingPractice.values())
        .extracting(PostingPractice::id)
        .containsExactly(
            "first-person",
            "work-email-for-work-only",
            "personal-responsibility",
            "add-value",
            "cite-others",
            "professional-connections",
            "no-logo-or-name-in-account",
            "no-oversharing",
            "internal-networks-too",
            "work-comes-first",
            "update-profile-when-leaving");
    for (PostingPractice practice : PostingPractice.values()) {
      assertThat(PostingPractice.fromId(practice.id())).contains(practice);
    }
    assertThat(PostingPractice.fromId("first")).isEmpty();
  }
}
