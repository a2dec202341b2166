package dev.guidepost.render.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Consequences;
import dev.guidepost.policy.standard.Goal;
import dev.guidepost.policy.standard.LegalCompliance;
import dev.guidepost.policy.standard.PolicyKind;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.Purpose;
import dev.guidepost.policy.standard.RelatedPolicies;
import dev.guidepost.policy.standard.Review;
import dev.guidepost.policy.standard.Training;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The wording of issue 12's lifecycle, training, reference, sanction, purpose and law options: each
 * says in every language what the provision it was made for says, and no more.
 */
class LifecycleAndSanctionsTest {
  private static final Policy BALANCED =
      Preset.BALANCED.policyFor(Organisation.of("Acme A/S", Country.DK));

  private static String text(Decision decision, Language language) {
    Policy policy = BALANCED.toBuilder().decide(decision).build();
    return DocumentText.of(Composer.standard().compose(policy, language));
  }

  /** Asserts a fragment of the decision's clause in each language. */
  private static void says(Decision decision, Map<Language, String> fragments) {
    assertThat(fragments.keySet()).containsExactlyInAnyOrderElementsOf(Language.standard());
    fragments.forEach(
        (language, fragment) ->
            assertThat(text(decision, language))
                .as("%s in %s", decision, language)
                .contains(fragment));
  }

  @Test
  void required_training_is_a_duty_and_differs_from_training_offered() {
    assertThat(text(Training.requiredForEveryone(), Language.ENGLISH))
        .contains(
            "All our employees must complete our training in using social media well, including"
                + " any certification that goes with it.")
        .doesNotContain("are offered training");
    says(
        Training.requiredForEveryone(),
        Map.of(
            Language.ENGLISH, "must complete our training",
            Language.DANISH, "skal gennemføre vores kursus",
            Language.SWEDISH, "ska gå vår utbildning",
            Language.NORWEGIAN, "skal gjennomføre opplæringen",
            Language.DUTCH, "zijn verplicht onze training"));
  }

  @Test
  void encouragement_to_learn_promises_no_training() {
    assertThat(text(Training.learningEncouraged(), Language.ENGLISH))
        .contains(
            "We encourage all our employees to learn about social media and how to use it well.")
        .doesNotContain("training");
    says(
        Training.learningEncouraged(),
        Map.of(
            Language.ENGLISH, "We encourage all our employees to learn",
            Language.DANISH, "Vi opfordrer alle medarbejdere til at lære",
            Language.SWEDISH, "Vi uppmuntrar alla medarbetare att lära sig",
            Language.NORWEGIAN, "Vi oppfordrer alle ansatte til å lære",
            Language.DUTCH, "We moedigen alle medewerkers aan"));
  }

  @Test
  void local_law_prevails_over_the_guidelines() {
    assertThat(text(LegalCompliance.localLawPrevails(), Language.ENGLISH))
        .contains(
            "what is unlawful offline is unlawful online. Where local law requires something other"
                + " than these guidelines, local law prevails.");
    says(
        LegalCompliance.localLawPrevails(),
        Map.of(
            Language.ENGLISH, "local law prevails",
            Language.DANISH, "er det lovgivningen, der gælder",
            Language.SWEDISH, "är det lagen som gäller",
            Language.NORWEGIAN, "går loven foran",
            Language.DUTCH, "dan gaat de wet voor"));
  }

  @Test
  void the_rules_of_traditional_media_apply() {
    says(
        LegalCompliance.traditionalMediaRules(),
        Map.of(
            Language.ENGLISH,
                "The rules that apply to what you say in newspapers, on radio and television and in"
                    + " other traditional media apply on social media too.",
            Language.DANISH, "andre traditionelle medier, gælder også på sociale medier",
            Language.SWEDISH, "andra traditionella medier gäller även i sociala medier",
            Language.NORWEGIAN, "andre tradisjonelle medier, gjelder også i sosiale medier",
            Language.DUTCH, "andere traditionele media, gelden ook op social media"));
  }

  @Test
  void contact_comes_first_and_dismissal_is_the_furthest_step() {
    says(
        Consequences.contactFirstUpToDismissal(),
        Map.of(
            Language.ENGLISH,
                "If a post breaks these guidelines, we first contact you so that you can put it"
                    + " right. Breaches can lead to disciplinary action, up to and including"
                    + " dismissal.",
            Language.DANISH, "kontakter vi dig først",
            Language.SWEDISH, "kontaktar vi dig först",
            Language.NORWEGIAN, "tar vi først kontakt med deg",
            Language.DUTCH, "nemen we eerst contact met je op"));
  }

  @Test
  void an_evolving_policy_asks_readers_to_check_back() {
    says(
        Review.checkBack(),
        Map.of(
            Language.ENGLISH,
                "These guidelines have no fixed review date; they change as social media change."
                    + " Check back regularly so that you always follow the current version.",
            Language.DANISH, "Tjek den jævnligt",
            Language.SWEDISH, "Läs dem med jämna mellanrum",
            Language.NORWEGIAN, "Sjekk dem jevnlig",
            Language.DUTCH, "Raadpleeg ze daarom regelmatig"));
  }

  @Test
  void a_policy_may_say_it_changes_without_notice() {
    says(
        Review.changedWithoutNotice(),
        Map.of(
            Language.ENGLISH, "We may change them at any time without notice.",
            Language.DANISH, "Vi kan til enhver tid ændre den uden varsel.",
            Language.SWEDISH, "Vi kan när som helst ändra dem utan förvarning.",
            Language.NORWEGIAN, "Vi kan når som helst endre dem uten varsel.",
            Language.DUTCH,
                "We kunnen ze op elk moment zonder voorafgaande aankondiging wijzigen."));
  }

  @Test
  void policy_manuals_corporate_instructions_and_values_are_named_references() {
    Decision decision =
        RelatedPolicies.listed(
            PolicyKind.CODE_OF_CONDUCT,
            PolicyKind.POLICY_MANUALS,
            PolicyKind.CORPORATE_INSTRUCTIONS,
            PolicyKind.VALUES_AND_ETHICS);
    says(
        decision,
        Map.of(
            Language.ENGLISH,
                "These guidelines apply together with our code of conduct, policy manuals,"
                    + " corporate instructions and statement of values and ethics.",
            Language.DANISH, "politikhåndbøger, koncerninstrukser og værdigrundlag",
            Language.SWEDISH, "policyhandböckerna, koncerninstruktionerna och värdegrunden",
            Language.NORWEGIAN, "de interne håndbøkene, konserninstruksene og verdigrunnlaget",
            Language.DUTCH,
                "onze beleidshandboeken, onze concerninstructies en onze kernwaarden en ethische"
                    + " principes"));
  }

  @Test
  void consultation_transparency_and_accountability_are_goals() {
    Decision decision =
        Purpose.defined(
            false, Goal.COMMUNITY, Goal.CONSULTATION, Goal.TRANSPARENCY, Goal.ACCOUNTABILITY);
    says(
        decision,
        Map.of(
            Language.ENGLISH,
                "We are on social media for community building, consultation, transparency and"
                    + " accountability.",
            Language.DANISH, "fællesskab, inddragelse, åbenhed og ansvarlighed.",
            Language.SWEDISH,
                "gemenskap kring vår verksamhet, samråd, öppenhet och ansvarsutkrävande.",
            Language.NORWEGIAN, "fellesskap, medvirkning, åpenhet og ansvarlighet.",
            Language.DUTCH,
                "het opbouwen van een community, inspraak, transparantie en verantwoording."));
  }
}
