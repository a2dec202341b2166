package dev.guidepost.policy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PolicyHistoryTest {
  private static final LocalDate JANUARY = LocalDate.of(2027, 1, 1);
  private static final LocalDate MARCH = LocalDate.of(2027, 3, 1);

  private static Revision revision(String version, LocalDate effective) {
    return Revision.builder()
        .version(version)
        .effectiveFrom(effective)
        .putSummary(Language.ENGLISH, "Version " + version + ".")
        .build();
  }

  private static Policy.Builder acme() {
    return Policy.builder().organisation(Organisation.of("Acme A/S", Country.DK));
  }

  @Test
  void has_no_history_unless_given() {
    assertThat(acme().build().history()).isEmpty();
  }

  @Test
  void keeps_an_ordered_history_that_ends_with_the_policy_itself() {
    Policy policy =
        acme()
            .version("1.1.0")
            .effectiveFrom(MARCH)
            .addHistory(revision("1.0.0", JANUARY), revision("1.1.0", MARCH))
            .build();
    assertThat(policy.history()).extracting(Revision::version).containsExactly("1.0.0", "1.1.0");
  }

  @Test
  void a_history_may_stand_without_the_policy_naming_its_version_or_date() {
    Policy policy = acme().addHistory(revision("1.0.0", JANUARY)).build();
    assertThat(policy.version()).isEmpty();
    assertThat(policy.effectiveFrom()).isEmpty();
  }

  @Test
  void two_versions_may_take_effect_on_the_same_day() {
    Policy policy =
        acme().addHistory(revision("1.0.0", JANUARY), revision("1.0.1", JANUARY)).build();
    assertThat(policy.history()).hasSize(2);
  }

  @Test
  void rejects_versions_out_of_order_or_repeated() {
    assertThatThrownBy(
            () -> acme().addHistory(revision("1.1.0", JANUARY), revision("1.0.0", MARCH)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the history's version 1.0.0 does not come after 1.1.0");
    assertThatThrownBy(
            () ->
                acme().addHistory(revision("1.0.0+a", JANUARY), revision("1.0.0+b", MARCH)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the history's version 1.0.0+b does not come after 1.0.0+a");
  }

  @Test
  void rejects_an_effective_date_that_goes_back() {
    assertThatThrownBy(
            () -> acme().addHistory(revision("1.0.0", MARCH), revision("1.1.0", JANUARY)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "version 1.1.0 takes effect on 2027-01-01, before version 1.0.0 did on 2027-03-01");
  }

  @Test
  void rejects_a_policy_version_other_than_the_last_revision() {
    assertThatThrownBy(() -> acme().version("1.1.0").addHistory(revision("1.0.0", JANUARY)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the policy is version 1.1.0, but its history ends with 1.0.0");
  }

  @Test
  void rejects_a_policy_effective_date_other_than_the_last_revision() {
    assertThatThrownBy(
            () -> acme().effectiveFrom(MARCH).addHistory(revision("1.0.0", JANUARY)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the policy takes effect on 2027-03-01, but the last version of its history on"
                + " 2027-01-01");
  }
}
