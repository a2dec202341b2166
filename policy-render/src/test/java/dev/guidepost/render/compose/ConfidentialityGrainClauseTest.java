package dev.guidepost.render.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.CarveOut;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.Contact;
import dev.guidepost.policy.standard.CustomerReferences;
import dev.guidepost.policy.standard.DisclosureMethod;
import dev.guidepost.policy.standard.IntellectualProperty;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.ProductClaims;
import dev.guidepost.policy.standard.Promotions;
import dev.guidepost.policy.standard.Topic;
import dev.guidepost.policy.standard.Transparency;
import dev.guidepost.policy.standard.VestedInterests;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wording of the finer confidentiality, disclosure and commercial choices (issue 12): each says
 * what the real policies say, and each language gives the variant a text of its own.
 */
class ConfidentialityGrainClauseTest {
  private static final Policy BALANCED =
      Preset.BALANCED.policyFor(Organisation.of("Acme Inc.", Country.US));

  private static String text(Language language, Decision... decisions) {
    Policy.Builder builder = BALANCED.toBuilder();
    for (Decision decision : decisions) {
      builder.decide(decision);
    }
    return DocumentText.of(Composer.standard().compose(builder.build(), language));
  }

  private static String english(Decision... decisions) {
    return text(Language.ENGLISH, decisions);
  }

  @Test
  void the_new_topics_and_the_wider_carve_out_are_named_in_the_rule() {
    assertThat(
            english(
                Confidentiality.listedTopics(
                    List.of(
                        Topic.UNDER_CONFIDENTIALITY_AGREEMENT,
                        Topic.OPERATIONAL_PLANS,
                        Topic.MARKED_INTERNAL),
                    List.of(CarveOut.DISCUSSING_PAY_AND_CONDITIONS))))
        .contains(
            "matters covered by a confidentiality agreement",
            "operational plans (promotions not yet announced, delivery schedules, stock"
                + " allocations)",
            "material marked as internal only",
            "This does not cover talking about your own or your colleagues' pay and working"
                + " conditions.");
  }

  @Test
  void care_advised_is_advice_and_bans_nothing() {
    assertThat(english(Confidentiality.careAdvised()))
        .contains("Take care with confidential information on social media.")
        .doesNotContain("Never share confidential information", "Treat all internal information");
  }

  @Test
  void the_employees_choice_of_method_and_vested_interests_are_said() {
    assertThat(
            english(
                Transparency.discloseAndDisclaim(DisclosureMethod.EMPLOYEES_CHOICE),
                VestedInterests.disclose()))
        .contains(
            "Do so in your profile, in the post itself or with a hashtag, whichever you prefer.",
            "be the first to point it out");
    assertThat(english(VestedInterests.notAddressed())).doesNotContain("be the first to point");
  }

  @Test
  void commercial_choices_say_who_approves_what() {
    assertThat(english(ProductClaims.substantiatedAndApproved()))
        .contains("benchmarks must also be approved before you publish them");
    assertThat(english(Promotions.approvalRequired(Contact.LEGAL)))
        .contains("must be approved by the legal department before they start");
    assertThat(english(CustomerReferences.withTheirApproval()))
        .contains("without their approval", "embarrass");
    assertThat(english(CustomerReferences.publishedReferencesOnly()))
        .contains("ask the team that handles customer references first");
    assertThat(english(IntellectualProperty.permissionCreditAndPublicity()))
        .contains("Never use a person's name, picture or voice to promote anything");
  }

  @Test
  void every_language_gives_each_new_choice_its_own_text() {
    List<List<Decision>> pairs =
        List.of(
            List.of(Confidentiality.allInternalInformation(), Confidentiality.careAdvised()),
            List.of(
                Confidentiality.allInternalInformation(CarveOut.OWN_PAY_AND_CONDITIONS),
                Confidentiality.allInternalInformation(CarveOut.DISCUSSING_PAY_AND_CONDITIONS)),
            List.of(Promotions.approvalRequired(), Promotions.approvalRequired(Contact.LEGAL)),
            List.of(ProductClaims.substantiatedOnly(), ProductClaims.substantiatedAndApproved()),
            List.of(
                IntellectualProperty.permissionAndCredit(),
                IntellectualProperty.permissionCreditAndPublicity()),
            List.of(
                CustomerReferences.withTheirApproval(),
                CustomerReferences.publishedReferencesOnly()),
            List.of(VestedInterests.disclose(), VestedInterests.notAddressed()),
            List.of(
                Transparency.discloseAndDisclaim(DisclosureMethod.PROFILE),
                Transparency.discloseAndDisclaim(DisclosureMethod.EMPLOYEES_CHOICE)));
    for (Language language : Language.standard()) {
      for (List<Decision> pair : pairs) {
        assertThat(text(language, pair.get(1)))
            .as("%s in %s", pair.get(1), language)
            .isNotEqualTo(text(language, pair.get(0)));
      }
    }
  }
}
