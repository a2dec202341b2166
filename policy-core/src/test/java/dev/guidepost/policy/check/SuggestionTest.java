package dev.guidepost.policy.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.message.Labels;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.Connections;
import dev.guidepost.policy.standard.Shareable;
import dev.guidepost.policy.standard.WorkingHours;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionTest {
  private static final Policy POLICY =
      Policy.builder()
          .organisation(Organisation.of("Acme A/S", Country.DK))
          .decide(Advocacy.encouraged(Shareable.NEWS))
          .decide(WorkingHours.prohibited())
          .build();

  @Test
  void apply_to_replaces_the_decisions_of_its_areas_and_keeps_the_others() {
    Suggestion suggestion =
        Suggestion.of(List.of(WorkingHours.breaksOnly(), Connections.freeToDecline()));

    Policy fixed = suggestion.applyTo(POLICY);

    assertThat(fixed.decision(WorkingHours.ID)).contains(WorkingHours.breaksOnly());
    assertThat(fixed.decision(Connections.ID)).contains(Connections.freeToDecline());
    assertThat(fixed.decision(Advocacy.ID)).contains(Advocacy.encouraged(Shareable.NEWS));
    assertThat(fixed.organisation()).isEqualTo(POLICY.organisation());
    assertThat(POLICY.decision(WorkingHours.ID)).contains(WorkingHours.prohibited());
    assertThat(POLICY.decision(Connections.ID)).isEmpty();
  }

  @Test
  void messages_describe_one_change_per_decision() {
    Suggestion suggestion =
        Suggestion.of(List.of(WorkingHours.workRelatedOnly(), Connections.freeToDecline()));

    List<Message> messages = suggestion.messages();

    assertThat(messages).hasSize(2);
    assertThat(messages.get(0).format(Language.ENGLISH))
        .isEqualTo("Social media during working hours: choose \"For work purposes only\"");
    assertThat(messages.get(0).format(Language.DANISH))
        .isEqualTo("Sociale medier i arbejdstiden: vælg »Kun i arbejdsøjemed«");
    assertThat(messages.get(0))
        .isEqualTo(
            Message.of("suggestion.decide", "area", Labels.area(WorkingHours.ID))
                .with("option", Labels.option(WorkingHours.ID, "work-related-only")));
    for (Language language : Language.standard()) {
      assertThat(messages).allSatisfy(m -> assertThat(m.format(language)).doesNotContain("{"));
    }
  }

  @Test
  void messages_name_the_values_so_that_two_suggestions_of_one_option_tell_apart() {
    List<String> english =
        List.of(WorkingHours.timeLimited(30), WorkingHours.timeLimited(15)).stream()
            .map(d -> Suggestion.of(List.of(d)).messages().get(0).format(Language.ENGLISH))
            .toList();

    assertThat(english)
        .containsExactly(
            "Social media during working hours: choose \"Limited time per day\" (Minutes per day: 30)",
            "Social media during working hours: choose \"Limited time per day\" (Minutes per day: 15)");
    for (Language language : Language.standard()) {
      assertThat(
              Suggestion.of(List.of(WorkingHours.timeLimited(30)))
                  .messages()
                  .get(0)
                  .format(language))
          .contains("30")
          .doesNotContain("{");
    }
  }

  @Test
  void messages_show_the_ids_of_a_custom_area() {
    Decision custom = Decision.of(Option.of("ai-tools", "allowed"));

    assertThat(Suggestion.of(List.of(custom)).messages())
        .singleElement()
        .satisfies(
            m -> assertThat(m.format(Language.ENGLISH)).isEqualTo("ai-tools: choose \"allowed\""));
  }

  @Test
  void a_suggestion_without_decisions_is_rejected() {
    assertThatThrownBy(() -> Suggestion.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one decision");
  }

  @Test
  void a_new_suggestion_is_not_verified() {
    Suggestion suggestion = Suggestion.of(List.of(WorkingHours.breaksOnly()));

    assertThat(suggestion.verified()).isFalse();
    assertThat(suggestion.asVerified().verified()).isTrue();
    assertThat(suggestion.asVerified().decisions()).isEqualTo(suggestion.decisions());
    assertThat(suggestion.verified()).as("the original is unchanged").isFalse();
  }

  @Test
  void equality_includes_the_decisions_and_verification() {
    Suggestion suggestion = Suggestion.of(List.of(WorkingHours.breaksOnly()));

    assertThat(Suggestion.of(List.of(WorkingHours.breaksOnly())))
        .isEqualTo(suggestion)
        .hasSameHashCodeAs(suggestion);
    assertThat(suggestion.asVerified()).isNotEqualTo(suggestion);
    assertThat(Suggestion.of(List.of(WorkingHours.prohibited()))).isNotEqualTo(suggestion);
    assertThat(suggestion).hasToString(List.of(WorkingHours.breaksOnly()).toString());
  }

  @Test
  void the_decisions_are_an_immutable_copy() {
    List<Decision> decisions = new ArrayList<>(List.of(WorkingHours.breaksOnly()));
    Suggestion suggestion = Suggestion.of(decisions);

    decisions.clear();

    assertThat(suggestion.decisions()).containsExactly(WorkingHours.breaksOnly());
    assertThatThrownBy(() -> suggestion.decisions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
