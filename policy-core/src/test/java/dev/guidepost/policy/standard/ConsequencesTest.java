package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.ParameterValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsequencesTest {
  @Test
  void the_area_is_consequences_with_its_options_in_order() {
    assertThat(Consequences.ID).isEqualTo("consequences");
    assertThat(Consequences.AREA.id()).isEqualTo("consequences");
    assertThat(Consequences.AREA.options())
        .containsExactly(
            Consequences.GRADUATED,
            Consequences.DISMISSAL_POSSIBLE,
            Consequences.UNSPECIFIED,
            Consequences.LISTED_SANCTIONS,
            Consequences.CONTACT_FIRST_UP_TO_DISMISSAL);
    assertThat(Consequences.AREA.options())
        .extracting(Option::id)
        .containsExactly(
            "graduated",
            "dismissal-possible",
            "unspecified",
            "listed-sanctions",
            "contact-first-up-to-dismissal");
    assertThat(StandardCatalogue.catalogue().area("consequences")).containsSame(Consequences.AREA);
  }

  @Test
  void graduated_decides_graduated_with_no_values() {
    Decision decision = Consequences.graduated();
    assertThat(decision).isEqualTo(Decision.of(Consequences.GRADUATED));
    assertThat(decision.area()).isEqualTo("consequences");
    assertThat(decision.option().id()).isEqualTo("graduated");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void dismissal_possible_decides_dismissal_possible_with_no_values() {
    Decision decision = Consequences.dismissalPossible();
    assertThat(decision).isEqualTo(Decision.of(Consequences.DISMISSAL_POSSIBLE));
    assertThat(decision.area()).isEqualTo("consequences");
    assertThat(decision.option().id()).isEqualTo("dismissal-possible");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void unspecified_decides_unspecified_with_no_values() {
    Decision decision = Consequences.unspecified();
    assertThat(decision).isEqualTo(Decision.of(Consequences.UNSPECIFIED));
    assertThat(decision.area()).isEqualTo("consequences");
    assertThat(decision.option().id()).isEqualTo("unspecified");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void listed_sanctions_takes_a_required_list_of_sanctions_named_by_their_vocabulary() {
    assertThat(Consequences.SANCTIONS).isEqualTo("sanctions");
    assertThat(Consequences.LISTED_SANCTIONS.parameter("sanctions"))
        .hasValueSatisfying(
            p -> {
              assertThat(p.required()).isTrue();
              assertThat(p.vocabulary()).isEqualTo("sanction");
              assertThat(p.allowedValues())
                  .containsExactly(
                      "conversation",
                      "written-warning",
                      "loss-of-spokesperson-role",
                      "ordinary-dismissal",
                      "summary-dismissal");
            });
  }

  @Test
  void listed_sanctions_keeps_the_sanctions_in_order_of_gravity_whatever_the_order_given() {
    Decision decision =
        Consequences.listedSanctions(
            Sanction.SUMMARY_DISMISSAL, Sanction.CONVERSATION, Sanction.WRITTEN_WARNING);
    assertThat(decision.option()).isEqualTo(Consequences.LISTED_SANCTIONS);
    assertThat(decision.area()).isEqualTo("consequences");
    assertThat(decision.values())
        .containsExactly(
            entry(
                "sanctions",
                ParameterValue.ofChoices(
                    List.of("conversation", "written-warning", "summary-dismissal"))));
    assertThat(decision)
        .isEqualTo(
            Consequences.listedSanctions(
                Sanction.CONVERSATION, Sanction.WRITTEN_WARNING, Sanction.SUMMARY_DISMISSAL));
  }

  @Test
  void listed_sanctions_does_not_change_the_array_it_is_given() {
    Sanction[] given = {Sanction.ORDINARY_DISMISSAL, Sanction.CONVERSATION};
    Consequences.listedSanctions(given);
    assertThat(given).containsExactly(Sanction.ORDINARY_DISMISSAL, Sanction.CONVERSATION);
  }

  @Test
  void a_sanction_named_twice_is_refused() {
    assertThatThrownBy(
            () -> Consequences.listedSanctions(Sanction.CONVERSATION, Sanction.CONVERSATION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not repeat");
  }

  @Test
  void contact_first_up_to_dismissal_decides_contact_first_up_to_dismissal_with_no_values() {
    Decision decision = Consequences.contactFirstUpToDismissal();
    assertThat(decision).isEqualTo(Decision.of(Consequences.CONTACT_FIRST_UP_TO_DISMISSAL));
    assertThat(decision.area()).isEqualTo("consequences");
    assertThat(decision.option().id()).isEqualTo("contact-first-up-to-dismissal");
    assertThat(decision.values()).isEmpty();
  }
}
