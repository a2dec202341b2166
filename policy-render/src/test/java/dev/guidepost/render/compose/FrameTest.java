package dev.guidepost.render.compose;

import static dev.guidepost.render.compose.ComposerTest.ACME;
import static dev.guidepost.render.compose.ComposerTest.compose;
import static dev.guidepost.render.compose.ComposerTest.valid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Governance;
import dev.guidepost.policy.standard.Review;
import dev.guidepost.policy.standard.Scope;
import dev.guidepost.policy.standard.StandardCatalogue;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of the document around the chapters: metadata, preamble and closing. */
class FrameTest {
  private static final String ASK =
      "If you have questions about social media or these guidelines, ";

  private static Policy policy(Decision... decisions) {
    Policy.Builder builder = Policy.builder().organisation(ACME);
    for (Decision decision : decisions) {
      builder.decide(decision);
    }
    return builder.build();
  }

  private static Block contact(Policy policy) {
    return compose(policy, Language.ENGLISH).closing().get(0);
  }

  @Test
  void a_policy_in_one_language_names_no_language_versions_in_any_language() {
    Policy dutchOnly =
        policy(Review.none()).toBuilder()
            .languages(List.of(Language.DUTCH))
            .authoritativeLanguage(Language.DUTCH)
            .build();

    assertThat(compose(dutchOnly, Language.ENGLISH).metadata())
        .containsExactly(new Field("Organisation", "Acme A/S"));
    assertThat(compose(dutchOnly, Language.DUTCH).metadata())
        .containsExactly(new Field("Organisatie", "Acme A/S"));
  }

  @Test
  void the_language_versions_are_listed_in_the_documents_language_before_the_prevailing_one() {
    Policy twoLanguages =
        policy(Review.none()).toBuilder()
            .languages(List.of(Language.DUTCH, Language.ENGLISH))
            .authoritativeLanguage(Language.DUTCH)
            .build();

    assertThat(compose(twoLanguages, Language.DUTCH).metadata())
        .contains(
            new Field(
                "Taalversies",
                "Nederlands en Engels. Bij verschillen tussen de taalversies is de versie in het"
                    + " Nederlands leidend."));
    assertThat(compose(twoLanguages, Language.DANISH).metadata())
        .contains(
            new Field(
                "Sprogversioner",
                "Nederlandsk og engelsk. Ved uoverensstemmelser mellem sprogversionerne gælder"
                    + " versionen på nederlandsk."));
    assertThat(compose(twoLanguages, Language.SWEDISH).metadata())
        .contains(
            new Field(
                "Språkversioner",
                "Nederländska och engelska. Vid skillnader mellan språkversionerna gäller den"
                    + " nederländska versionen."));
  }

  @Test
  void listed_networks_without_any_network_cover_all_social_media() {
    Policy none = policy(Scope.listedNetworks());

    assertThat(Composer.standard().compose(none, Language.ENGLISH).preamble())
        .contains(
            new Block.Paragraph(
                "The guidelines apply to all employees of Acme A/S and cover all social media."));
  }

  @Test
  void without_a_named_contact_the_closing_falls_back_to_the_owner_then_the_manager() {
    Policy noOwner = policy(Governance.noOwner());

    assertThat(contact(noOwner)).isEqualTo(new Block.Paragraph(ASK + "talk to your manager."));
    assertThat(contact(noOwner.toBuilder().owner("hr@acme.example").build()))
        .isEqualTo(new Block.Paragraph(ASK + "contact hr@acme.example."));
    assertThat(contact(policy().toBuilder().owner("hr@acme.example").build()))
        .isEqualTo(new Block.Paragraph(ASK + "contact hr@acme.example."));
    assertThat(contact(policy(Governance.socialMediaManager())))
        .isEqualTo(new Block.Paragraph(ASK + "ask our social media manager."));
  }

  /** Composes, in English, a policy of one decision of an option added to a standard area. */
  private static Document composeOwn(
      Option option, String clause, String name, ParameterValue value) {
    Composer composer =
        Composer.standard().toBuilder()
            .catalogue(StandardCatalogue.catalogue().withOption(option.area(), option))
            .messages(
                MessageBundle.builder()
                    .put(Language.ENGLISH, "clause." + option.area() + "." + option.id(), clause)
                    .build())
            .build();
    return composer.compose(
        valid(policy(Decision.of(option).withValue(name, value))), Language.ENGLISH);
  }

  @Test
  void only_the_standard_listed_networks_are_named_in_the_preamble() {
    Parameter networks = Scope.LISTED_NETWORKS.parameter(Scope.NETWORKS).orElseThrow();
    Option allBut = Option.of(Scope.ID, "all-but", networks);

    Document document =
        composeOwn(
            allBut,
            "Everything but the listed networks.",
            Scope.NETWORKS,
            ParameterValue.ofChoices(List.of("tiktok")));

    assertThat(document.preamble())
        .contains(
            new Block.Paragraph(
                "The guidelines apply to all employees of Acme A/S and cover all social media."));
  }

  @Test
  void only_a_regular_review_is_described_in_the_closing() {
    Option afterAudits =
        Option.of(Review.ID, "after-audits", Parameter.integer(Review.MONTHS, 1, 60));

    Document document =
        composeOwn(
            afterAudits,
            "The guidelines are reviewed after each audit.",
            Review.MONTHS,
            ParameterValue.ofInteger(6));

    assertThat(document.closing()).hasSize(1);
    assertThat(DocumentText.of(document))
        .contains("The guidelines are reviewed after each audit.")
        .doesNotContain("every six months");
  }
}
