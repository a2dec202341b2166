package dev.guidepost.render.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.EditorialStaff;
import dev.guidepost.policy.standard.Network;
import dev.guidepost.policy.standard.OffTheClock;
import dev.guidepost.policy.standard.OtherWorker;
import dev.guidepost.policy.standard.PeopleInScope;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.Scope;
import dev.guidepost.policy.standard.SeniorLeaders;
import dev.guidepost.policy.standard.SpokespersonDuties;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who is in scope and the roles with extra duties (issue 12): the preamble names the others a
 * policy brings in scope, and the chapter "Roles with extra duties" has one section per audience.
 */
class AudiencesClauseTest {
  private static final Organisation ACME = Organisation.of("Acme A/S", Country.DK);
  private static final Policy BALANCED = Preset.BALANCED.policyFor(ACME);

  /**
   * The balanced policy without a decision on the networks covered: its preamble says whom the
   * guidelines apply to, which it leaves to the body when both the scope and the people in scope
   * are decided.
   */
  private static final Policy UNSCOPED = without(Scope.ID);

  private static final Decision OTHERS =
      PeopleInScope.employeesAnd(OtherWorker.CONTRACTORS, OtherWorker.TEMPORARY_STAFF);

  /** The words for contractors and temporary staff in each language, as the preamble lists them. */
  private static final Map<Language, List<String>> OTHER_WORDS =
      Map.of(
          Language.ENGLISH, List.of("contractors", "agency workers"),
          Language.DANISH, List.of("freelancere", "vikarer"),
          Language.SWEDISH, List.of("uppdragstagare", "inhyrd personal"),
          Language.NORWEGIAN, List.of("oppdragstakere", "vikarer"),
          Language.DUTCH, List.of("zzp'ers", "uitzendkrachten"));

  private static String preamble(Policy policy, Language language) {
    Document document = ComposerTest.compose(policy, language);
    StringBuilder text = new StringBuilder();
    for (Block block : document.preamble()) {
      if (block instanceof Block.Paragraph paragraph) {
        text.append(paragraph.text()).append('\n');
      }
    }
    return text.toString();
  }

  /** The balanced policy without a decision on who is in scope, as files before the area read. */
  private static Policy undecided() {
    return without(PeopleInScope.ID);
  }

  private static Policy without(String area) {
    Policy.Builder policy = Policy.builder().organisation(ACME);
    Preset.BALANCED.decisions().stream()
        .filter(decision -> !decision.area().equals(area))
        .forEach(policy::decide);
    Policy built = policy.build();
    assertThat(built.decision(area)).isEmpty();
    return built;
  }

  @Test
  void the_preamble_names_the_others_in_scope_in_every_language_and_not_otherwise() {
    for (Language language : Language.standard()) {
      String employees =
          preamble(UNSCOPED.toBuilder().decide(PeopleInScope.employees()).build(), language);
      String undecided = preamble(undecided(), language);
      String others = preamble(UNSCOPED.toBuilder().decide(OTHERS).build(), language);
      String othersOnListedNetworks =
          preamble(
              BALANCED.toBuilder()
                  .decide(OTHERS)
                  .decide(Scope.listedNetworks(Network.LINKEDIN))
                  .build(),
              language);
      String purposeOnly = preamble(BALANCED, language);

      assertThat(undecided).as("undecided in %s", language).isEqualTo(employees);
      assertThat(employees)
          .as("employees in %s", language)
          .doesNotContain(OTHER_WORDS.get(language));
      assertThat(others)
          .as("others in %s", language)
          .contains(OTHER_WORDS.get(language))
          .contains("Acme A/S")
          .doesNotContain("{", "LinkedIn");
      assertThat(othersOnListedNetworks)
          .as("others on listed networks, said in the body, in %s", language)
          .isEqualTo(purposeOnly)
          .doesNotContain("LinkedIn");
      assertThat(purposeOnly.strip().lines()).as("purpose only in %s", language).hasSize(1);
    }
  }

  @Test
  void the_english_preamble_and_clause_read_as_one_list() {
    Policy policy = UNSCOPED.toBuilder().decide(OTHERS).build();
    String text = DocumentText.of(ComposerTest.compose(policy, Language.ENGLISH));
    assertThat(text)
        .contains(
            "The guidelines apply to all employees of Acme A/S and to the contractors and"
                + " agency workers who work for it, and cover all social media.",
            "These guidelines apply to our employees and also to the contractors and"
                + " agency workers who work for us.");
  }

  @Test
  void the_roles_chapter_comes_before_oversight_with_one_section_per_audience() {
    for (Language language : Language.standard()) {
      Document document = ComposerTest.compose(BALANCED, language);
      List<Chapter> chapters = document.chapters();
      assertThat(chapters).as("chapters in %s", language).hasSize(7);
      assertThat(chapters.get(5).sections()).as("sections in %s", language).hasSize(4);
    }
  }

  @Test
  void each_option_of_each_audience_has_its_own_clause_in_every_language() {
    List<List<Decision>> areas =
        List.of(
            List.of(
                SpokespersonDuties.representTheOrganisation(), SpokespersonDuties.notAddressed()),
            List.of(EditorialStaff.impartial(), EditorialStaff.notAddressed()),
            List.of(SeniorLeaders.extraCare(), SeniorLeaders.notAddressed()),
            List.of(OffTheClock.paidTimeOnly(), OffTheClock.notAddressed()));
    for (Language language : Language.standard()) {
      Set<String> clauses = new HashSet<>();
      for (List<Decision> options : areas) {
        for (Decision option : options) {
          Policy policy = BALANCED.toBuilder().decide(option).build();
          Chapter roles = ComposerTest.compose(policy, language).chapters().get(5);
          String text =
              String.join(
                  " ", DocumentText.paragraphs(roles.sections().get(areas.indexOf(options))));
          assertThat(text).as("%s in %s", option, language).isNotBlank().doesNotContain("{");
          clauses.add(text);
        }
      }
      assertThat(clauses).as("eight different clauses in %s", language).hasSize(8);
    }
  }

  @Test
  void the_english_clauses_say_whom_they_bind() {
    Policy policy =
        BALANCED.toBuilder()
            .decide(EditorialStaff.impartial())
            .decide(OffTheClock.paidTimeOnly())
            .build();
    String text = DocumentText.of(ComposerTest.compose(policy, Language.ENGLISH));
    assertThat(text)
        .contains(
            "If you speak on our behalf on social media, remember that you represent us every"
                + " time you do so.",
            "If you work in news, current affairs or other editorial work, stay impartial",
            "If you are one of our senior leaders",
            "Your duty to us comes before your personal brand.",
            "If you are paid by the hour, do work for us on social media");
  }
}
