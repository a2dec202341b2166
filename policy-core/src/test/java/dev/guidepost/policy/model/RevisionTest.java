package dev.guidepost.policy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RevisionTest {
  private static final LocalDate MARCH = LocalDate.of(2027, 3, 1);

  private static Revision.Builder revision() {
    return Revision.builder()
        .version("2.0.0")
        .effectiveFrom(MARCH)
        .putSummary(Language.ENGLISH, "We now read public posts that mention us.");
  }

  @Test
  void keeps_what_it_is_given() {
    Revision revision =
        revision().announced(MARCH.minusDays(42)).putSummary(Language.DANISH, "Nyt.").build();
    assertThat(revision.version()).isEqualTo("2.0.0");
    assertThat(revision.effectiveFrom()).isEqualTo(MARCH);
    assertThat(revision.announced()).contains(MARCH.minusDays(42));
    assertThat(revision.summary()).containsKeys(Language.ENGLISH, Language.DANISH);
  }

  @Test
  void the_announcement_is_optional_and_may_be_the_effective_day() {
    assertThat(revision().build().announced()).isEmpty();
    assertThat(revision().announced(MARCH).build().announced()).contains(MARCH);
  }

  @Test
  void rejects_an_announcement_after_the_effective_date() {
    assertThatThrownBy(() -> revision().announced(MARCH.plusDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "version 2.0.0 was announced on 2027-03-02, after it took effect on 2027-03-01");
  }

  @Test
  void rejects_a_version_that_is_not_semantic() {
    assertThatThrownBy(() -> revision().version("2.0").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a revision's version is semantic, such as 1.2.0, but was '2.0'");
  }

  @Test
  void rejects_no_summary_and_a_blank_one() {
    assertThatThrownBy(() -> Revision.builder().version("1.0.0").effectiveFrom(MARCH).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version 1.0.0 has no summary");
    assertThatThrownBy(() -> revision().putSummary(Language.SWEDISH, " ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("summary must not be blank");
  }
}
