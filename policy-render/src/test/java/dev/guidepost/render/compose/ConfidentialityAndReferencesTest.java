package dev.guidepost.render.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.CarveOut;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.PolicyKind;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.RelatedPolicies;
import dev.guidepost.policy.standard.Topic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The wording of confidentiality topics and carve-outs, and of references to the organisation's
 * other policies: a document names another policy only when the organisation has named it.
 */
class ConfidentialityAndReferencesTest {
  private static final Policy BALANCED =
      Preset.BALANCED.policyFor(Organisation.of("Acme A/S", Country.DK));

  /** How the old tone clause of each language assumed an e-mail policy. */
  private static final Map<Language, String> ASSUMED_EMAIL_POLICY =
      Map.of(
          Language.ENGLISH, "e-mail policy",
          Language.DANISH, "mailpolitik",
          Language.SWEDISH, "e-postpolicy",
          Language.NORWEGIAN, "for e-post",
          Language.DUTCH, "e-mailbeleid");

  /** How each language names the e-mail and communication policy the organisation has named. */
  private static final Map<Language, String> NAMED_EMAIL_POLICY =
      Map.of(
          Language.ENGLISH, "e-mail and communication policy",
          Language.DANISH, "mail- og kommunikationspolitik",
          Language.SWEDISH, "e-post- och kommunikationspolicyn",
          Language.NORWEGIAN, "retningslinjene for e-post og kommunikasjon",
          Language.DUTCH, "ons e-mail- en communicatiebeleid");

  private static String english(Policy policy) {
    return text(policy, Language.ENGLISH);
  }

  private static String text(Policy policy, Language language) {
    return DocumentText.of(Composer.standard().compose(policy, language));
  }

  /** The balanced policy as an old JSON file has it: tone aligned with an e-mail policy. */
  private static Policy withDeprecatedFlag(Policy policy) {
    String json =
        PolicyJson.standard()
            .write(policy)
            .replace(
                "\"option\": \"respectful\"",
                "\"option\": \"respectful\",\n      \"alignedWithEmailPolicy\": true");
    Policy read = PolicyJson.standard().read(json);
    assertThat(read.decision("tone").flatMap(d -> d.value("alignedWithEmailPolicy")))
        .as("the old field is still read")
        .isPresent();
    return read;
  }

  @Test
  void the_deprecated_email_flag_names_no_policy_the_organisation_has_not_named() {
    Policy old = withDeprecatedFlag(BALANCED);
    for (Language language : Language.standard()) {
      assertThat(text(old, language))
          .as("%s", language)
          .doesNotContain(ASSUMED_EMAIL_POLICY.get(language), NAMED_EMAIL_POLICY.get(language));
    }
    assertThat(english(old))
        .contains("Write with the same care as in your work e-mails.")
        .doesNotContain("policy apply here too");
  }

  @Test
  void a_named_email_policy_is_referred_to_in_every_language() {
    Policy policy =
        withDeprecatedFlag(BALANCED).toBuilder()
            .decide(
                RelatedPolicies.listed(
                    PolicyKind.CODE_OF_CONDUCT, PolicyKind.EMAIL_AND_COMMUNICATION))
            .build();
    for (Language language : Language.standard()) {
      assertThat(text(policy, language))
          .as("%s", language)
          .contains(NAMED_EMAIL_POLICY.get(language));
    }
    assertThat(english(policy))
        .contains(
            "These guidelines apply together with our code of conduct and e-mail and"
                + " communication policy.")
        .doesNotContain("stand on their own");
    assertThat(text(policy, Language.DANISH))
        .contains(
            "Politikken gælder sammen med vores adfærdskodeks og mail- og kommunikationspolitik.");
  }

  @Test
  void no_related_policies_says_so_and_names_none() {
    String english = english(BALANCED.toBuilder().decide(RelatedPolicies.none()).build());
    assertThat(english)
        .contains("These guidelines stand on their own and refer to none of our other policies.")
        .doesNotContain("code of conduct", "e-mail policy");
  }

  @Test
  void carve_outs_follow_the_rule_after_the_new_topics() {
    Decision listed =
        Confidentiality.listedTopics(
            List.of(Topic.TRADE_SECRETS, Topic.INSIDE_INFORMATION, Topic.LEGAL_MATTERS),
            List.of(CarveOut.OWN_PAY_AND_CONDITIONS, CarveOut.REVIEWS_ON_JOB_SITES));
    Policy policy = BALANCED.toBuilder().decide(listed).build();
    assertThat(english(policy))
        .contains(
            "This includes information about trade secrets, inside information and legal"
                + " matters. This does not cover your own pay and working conditions and"
                + " reviews of your workplace on job sites.");
    assertThat(text(policy, Language.SWEDISH))
        .contains(
            "Förbudet gäller inte din egen lön och dina anställningsvillkor och omdömen om"
                + " arbetsplatsen på jobbsajter.");
  }

  @Test
  void all_internal_information_may_carve_out_reporting_wrongdoing() {
    Policy policy =
        BALANCED.toBuilder()
            .decide(Confidentiality.allInternalInformation(CarveOut.REPORTING_WRONGDOING))
            .build();
    assertThat(english(policy))
        .contains(
            "Treat all internal information as confidential. This does not cover reporting"
                + " wrongdoing.");
    assertThat(text(policy, Language.NORWEGIAN))
        .contains("Dette gjelder ikke varsling om kritikkverdige forhold.");
  }

  @Test
  void without_carve_outs_the_rule_stands_alone() {
    Policy policy =
        BALANCED.toBuilder().decide(Confidentiality.listedTopics(Topic.TRADE_SECRETS)).build();
    assertThat(english(policy))
        .contains("This includes information about trade secrets.")
        .doesNotContain("This does not cover");
  }
}
