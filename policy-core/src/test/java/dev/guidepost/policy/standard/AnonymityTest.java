package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class AnonymityTest {
  @Test
  void the_area_is_anonymity_with_its_options_in_order() {
    assertThat(Anonymity.ID).isEqualTo("anonymity");
    assertThat(Anonymity.AREA.id()).isEqualTo("anonymity");
    assertThat(Anonymity.AREA.options())
        .containsExactly(
            Anonymity.NO_ANONYMOUS_POSTS_ABOUT_WORK,
            Anonymity.DISCOURAGED,
            Anonymity.NOT_ADDRESSED);
    assertThat(Anonymity.AREA.options())
        .extracting(Option::id)
        .containsExactly("no-anonymous-posts-about-work", "discouraged", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("anonymity")).containsSame(Anonymity.AREA);
  }

  @Test
  void no_anonymous_posts_about_work_decides_no_anonymous_posts_about_work_with_no_values() {
    Decision decision = Anonymity.noAnonymousPostsAboutWork();
    assertThat(decision).isEqualTo(Decision.of(Anonymity.NO_ANONYMOUS_POSTS_ABOUT_WORK));
    assertThat(decision.area()).isEqualTo("anonymity");
    assertThat(decision.option().id()).isEqualTo("no-anonymous-posts-about-work");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = Anonymity.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(Anonymity.NOT_ADDRESSED));
    assertThat(decision.area()).isEqualTo("anonymity");
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void discouraged_decides_discouraged_with_no_values() {
    Decision decision = Anonymity.discouraged();
    assertThat(decision).isEqualTo(Decision.of(Anonymity.DISCOURAGED));
    assertThat(decision.area()).isEqualTo("anonymity");
    assertThat(decision.option().id()).isEqualTo("discouraged");
    assertThat(decision.values()).isEmpty();
  }
}
