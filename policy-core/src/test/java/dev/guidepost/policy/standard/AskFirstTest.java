package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class AskFirstTest {
  @Test
  void the_area_is_ask_first_with_its_options_in_order() {
    assertThat(AskFirst.ID).isEqualTo("ask-first");
    assertThat(AskFirst.AREA.id()).isEqualTo("ask-first");
    assertThat(AskFirst.AREA.options())
        .containsExactly(AskFirst.ADVICE, AskFirst.APPROVAL_REQUIRED, AskFirst.NOT_ADDRESSED);
    assertThat(AskFirst.AREA.options())
        .extracting(Option::id)
        .containsExactly("advice", "approval-required", "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("ask-first")).containsSame(AskFirst.AREA);
  }

  @Test
  void advice_and_approval_take_the_same_required_contacts_and_subjects() {
    for (Option option : List.of(AskFirst.ADVICE, AskFirst.APPROVAL_REQUIRED)) {
      assertThat(option.parameters())
          .extracting(Parameter::name, Parameter::required, Parameter::vocabulary)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("contacts", true, "contact"),
              org.assertj.core.groups.Tuple.tuple("subjects", true, "subject"));
    }
    assertThat(AskFirst.CONTACTS).isEqualTo("contacts");
    assertThat(AskFirst.SUBJECTS).isEqualTo("subjects");
  }

  @Test
  void advice_decides_advice_with_the_contacts_and_subjects_in_order() {
    Decision decision =
        AskFirst.advice(
            List.of(Contact.LEGAL, Contact.LINE_MANAGER),
            List.of(Subject.LEGAL_MATTERS, Subject.CUSTOMERS));
    assertThat(decision.option()).isEqualTo(AskFirst.ADVICE);
    assertThat(decision.values())
        .containsExactly(
            entry("contacts", ParameterValue.ofChoices(List.of("legal", "line-manager"))),
            entry("subjects", ParameterValue.ofChoices(List.of("legal-matters", "customers"))));
  }

  @Test
  void approval_required_decides_approval_required_with_the_contacts_and_subjects() {
    Decision decision =
        AskFirst.approvalRequired(
            List.of(Contact.COMMUNICATIONS), List.of(Subject.FINANCIAL_RESULTS, Subject.INCIDENTS));
    assertThat(decision.option()).isEqualTo(AskFirst.APPROVAL_REQUIRED);
    assertThat(decision.area()).isEqualTo("ask-first");
    assertThat(decision.values())
        .containsExactly(
            entry("contacts", ParameterValue.ofChoices(List.of("communications"))),
            entry("subjects", ParameterValue.ofChoices(List.of("financial-results", "incidents"))));
    assertThat(decision)
        .isNotEqualTo(
            AskFirst.advice(
                List.of(Contact.COMMUNICATIONS),
                List.of(Subject.FINANCIAL_RESULTS, Subject.INCIDENTS)));
  }

  @Test
  void a_contact_or_subject_named_twice_is_refused() {
    assertThatThrownBy(
            () ->
                AskFirst.advice(List.of(Contact.LEGAL, Contact.LEGAL), List.of(Subject.CUSTOMERS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not repeat");
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = AskFirst.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(AskFirst.NOT_ADDRESSED));
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
