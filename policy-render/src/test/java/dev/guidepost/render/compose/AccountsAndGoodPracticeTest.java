package dev.guidepost.render.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.AccountOpening;
import dev.guidepost.policy.standard.AccountStandard;
import dev.guidepost.policy.standard.AccountStandards;
import dev.guidepost.policy.standard.GoodPractice;
import dev.guidepost.policy.standard.Governance;
import dev.guidepost.policy.standard.PostingPractice;
import dev.guidepost.policy.standard.Preset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The wording of the official accounts' editorial oversight, opening procedure and standards (the
 * organisation's commitments, "we"), and of the good practices employees are asked to follow in
 * their own posts.
 */
class AccountsAndGoodPracticeTest {
  private static final Policy BALANCED =
      Preset.BALANCED.policyFor(Organisation.of("Acme A/S", Country.DK));

  private static final Policy WITH_ALL =
      BALANCED.toBuilder()
          .decide(Governance.editorialOversight())
          .decide(AccountOpening.purposeAudienceAndResources("Editorial Policy", "the legal team"))
          .decide(
              AccountStandards.listed(
                  AccountStandard.INFORMAL_TONE,
                  AccountStandard.RELEVANT_CONTENT,
                  AccountStandard.CARE_FOR_VULNERABLE_CONTRIBUTORS))
          .decide(
              GoodPractice.listed(
                  PostingPractice.FIRST_PERSON,
                  PostingPractice.ADD_VALUE,
                  PostingPractice.NO_LOGO_OR_NAME_IN_ACCOUNT))
          .build();

  /** A phrase of each new clause, per language. */
  private static final Map<Language, String[]> PHRASES =
      Map.of(
          Language.ENGLISH,
          new String[] {
            "Every account in our name is under editorial oversight",
            "and we take advice from Editorial Policy and the legal team.",
            "On our official accounts, we are free to use an informal tone, post only what is"
                + " relevant to our work and have a duty of care towards every child or vulnerable"
                + " person who takes part.",
            "We ask you to write in the first person, add something of value and not use our logo"
                + " as your profile picture or our name in your account name."
          },
          Language.DANISH,
          new String[] {
            "Alle konti i vores navn er under redaktionelt tilsyn",
            "Vi indhenter også råd hos Editorial Policy og the legal team.",
            "På vores officielle konti gælder det, at vi gerne må bruge en uformel tone",
            "Vi beder dig om at skrive i jeg-form, bidrage med noget af værdi og holde vores logo ude"
          },
          Language.SWEDISH,
          new String[] {
            "Alla konton i vårt namn står under redaktionell tillsyn",
            "och vi inhämtar råd från Editorial Policy och the legal team.",
            "För våra officiella konton gäller att vi gärna får använda en informell ton",
            "Vi ber dig att skriva i jagform, tillföra något av värde och inte använda"
          },
          Language.NORWEGIAN,
          new String[] {
            "Alle kontoer i vårt navn er under redaksjonelt tilsyn",
            "Vi innhenter også råd fra Editorial Policy og the legal team.",
            "For de offisielle kontoene våre gjelder dette: Vi kan gjerne bruke en uformell tone",
            "Vi ber deg om å skrive i første person, bidra med noe av verdi og ikke bruke"
          },
          Language.DUTCH,
          new String[] {
            "Elk account dat onder onze naam verschijnt, valt onder redactioneel toezicht",
            "en winnen we advies in bij Editorial Policy en the legal team.",
            "Voor onze officiële accounts geldt dat we een informele toon mogen gebruiken",
            "We vragen je om in de eerste persoon te schrijven, iets van waarde toe te voegen en"
          });

  private static String text(Policy policy, Language language) {
    return DocumentText.of(Composer.standard().compose(policy, language));
  }

  @Test
  void every_language_says_each_new_clause_with_its_values() {
    for (Language language : Language.standard()) {
      assertThat(text(WITH_ALL, language)).as("%s", language).contains(PHRASES.get(language));
    }
  }

  @Test
  void without_advisers_the_opening_clause_asks_for_no_advice() {
    Policy policy =
        BALANCED.toBuilder().decide(AccountOpening.purposeAudienceAndResources()).build();
    assertThat(text(policy, Language.ENGLISH))
        .contains(
            "Before we open a new official account, we set out its editorial purpose, whom it is"
                + " for and the resources needed to run it.")
        .doesNotContain("take advice");
  }

  @Test
  void the_standards_are_the_organisations_commitments_not_employees_duties() {
    Policy policy =
        BALANCED.toBuilder()
            .decide(AccountStandards.listed(AccountStandard.NO_MANIPULATED_CONTENT))
            .build();
    assertThat(text(policy, Language.ENGLISH))
        .contains(
            "On our official accounts, we never post manipulated or misleading content or link to"
                + " misleading sites.");
  }

  @Test
  void the_new_decisions_survive_a_json_round_trip() {
    PolicyJson json = PolicyJson.standard();
    Policy read = json.read(json.write(WITH_ALL));
    assertThat(read).isEqualTo(WITH_ALL);
    assertThat(json.write(WITH_ALL))
        .contains("\"option\": \"editorial-oversight\"")
        .contains("\"advisers\": [")
        .contains("\"standards\": [")
        .contains("\"practices\": [");
  }
}
