package dev.guidepost.render.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.Governance;
import dev.guidepost.policy.standard.Network;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.Review;
import dev.guidepost.policy.standard.Scope;
import dev.guidepost.policy.standard.Shareable;
import dev.guidepost.policy.standard.StandardCatalogue;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Field;
import dev.guidepost.render.document.Section;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComposerTest {
  static final Organisation ACME = Organisation.of("Acme A/S", Country.DK);

  static ValidatedPolicy valid(Policy policy) {
    return StandardRules.checker().validate(policy);
  }

  static Document compose(Policy policy, Language language) {
    return Composer.standard().compose(valid(policy), language);
  }

  @Test
  void the_three_presets_compose_in_every_language() {
    for (Preset preset : Preset.values()) {
      for (Language language : Language.standard()) {
        Document document = compose(preset.policyFor(ACME), language);
        assertThat(document.language()).isEqualTo(language);
        assertThat(document.chapters()).hasSize(7);
        assertThat(document.title()).endsWith("– Acme A/S");
        assertThat(DocumentText.of(document)).doesNotContain("{", "}");
      }
    }
  }

  @Test
  void chapters_and_sections_follow_the_catalogue() {
    Document document = compose(Preset.BALANCED.policyFor(ACME), Language.ENGLISH);
    assertThat(document.chapters())
        .extracting(Chapter::heading)
        .containsExactly(
            "Scope and purpose",
            "Our presence on social media",
            "Your own use of social media",
            "Information and respect",
            "Standards of conduct",
            "Roles with extra duties",
            "Oversight and follow-up");
    List<String> expected =
        StandardCatalogue.catalogue().areas().stream()
            .map(Area::id)
            .map(id -> MessageBundle.standard().pattern(Language.ENGLISH, "area." + id))
            // the balanced preset bans threats but not obscenity: its heading says so
            .map(h -> h.equals("Threats and obscenity") ? "Threats and incitement to violence" : h)
            .toList();
    assertThat(document.chapters().stream().flatMap(c -> c.sections().stream()))
        .extracting(Section::heading)
        .containsExactlyElementsOf(expected);
  }

  @Test
  void chapters_without_an_addressed_area_are_left_out() {
    Policy policy =
        Policy.builder()
            .organisation(ACME)
            .decide(Scope.listedNetworks(Network.LINKEDIN, Network.FACEBOOK))
            .decide(Review.every(12))
            .build();
    Document document = compose(policy, Language.DANISH);
    assertThat(document.chapters())
        .extracting(Chapter::heading)
        .containsExactly("Omfang og formål", "Opfølgning og kontrol");
    assertThat(DocumentText.of(document))
        .contains("omfatter LinkedIn og Facebook")
        .contains("Vi reviderer politikken med tolv måneders mellemrum");
  }

  @Test
  void metadata_names_organisation_version_date_owner_and_the_prevailing_language() {
    Policy policy =
        Preset.BALANCED.policyFor(ACME).toBuilder()
            .version("1.2.0")
            .effectiveFrom(LocalDate.of(2027, 1, 1))
            .owner("hr@acme.example")
            .languages(List.of(Language.DANISH, Language.ENGLISH))
            .authoritativeLanguage(Language.DANISH)
            .build();
    assertThat(compose(policy, Language.ENGLISH).metadata())
        .containsExactly(
            new Field("Organisation", "Acme A/S"),
            new Field("Version", "1.2.0"),
            new Field("Effective from", "1 January 2027"),
            new Field("Owner", "hr@acme.example"),
            new Field(
                "Language versions",
                "Danish and English. Where language versions differ, the Danish version prevails."));
    assertThat(compose(policy, Language.DANISH).metadata())
        .contains(
            new Field("Gælder fra", "1. januar 2027"),
            new Field(
                "Sprogversioner",
                "Dansk og engelsk. Ved uoverensstemmelser mellem sprogversionerne gælder versionen"
                    + " på dansk."));
  }

  @Test
  void a_policy_in_one_language_states_no_prevailing_version() {
    Policy policy =
        Preset.BALANCED.policyFor(ACME).toBuilder()
            .languages(List.of(Language.DUTCH))
            .authoritativeLanguage(Language.DUTCH)
            .build();
    assertThat(compose(policy, Language.DUTCH).metadata())
        .containsExactly(new Field("Organisatie", "Acme A/S"));
  }

  @Test
  void lists_are_joined_in_the_language_of_the_document() {
    Policy policy =
        Preset.ENCOURAGING.policyFor(ACME).toBuilder()
            .decide(Advocacy.encouraged(Shareable.NEWS, Shareable.JOB_POSTINGS, Shareable.EVENTS))
            .build();
    assertThat(DocumentText.of(compose(policy, Language.ENGLISH)))
        .contains("share our news, job postings and events with your network");
    assertThat(DocumentText.of(compose(policy, Language.DANISH)))
        .contains("dele vores nyheder, jobopslag og arrangementer med dit netværk");
    assertThat(DocumentText.of(compose(policy, Language.DUTCH)))
        .contains("nieuws, vacatures en evenementen");
  }

  @Test
  void the_preamble_names_the_organisation_and_the_networks() {
    Document all = compose(Policy.builder().organisation(ACME).build(), Language.ENGLISH);
    assertThat(DocumentText.lines(all))
        .contains("The guidelines apply to all employees of Acme A/S and cover all social media.");
    Policy listed =
        Policy.builder()
            .organisation(ACME)
            .decide(Scope.listedNetworks(Network.LINKEDIN, Network.X, Network.BLOGS))
            .build();
    assertThat(DocumentText.lines(compose(listed, Language.SWEDISH)))
        .contains(
            "Riktlinjerna gäller alla medarbetare på Acme A/S och omfattar LinkedIn, X och bloggar.");
  }

  @Test
  void the_closing_says_whom_to_ask_and_when_the_policy_is_next_reviewed() {
    Policy policy =
        Preset.BALANCED.policyFor(ACME).toBuilder()
            .decide(Governance.socialMediaManager("Jane Doe"))
            .decide(Review.every(12))
            .effectiveFrom(LocalDate.of(2027, 1, 1))
            .build();
    assertThat(compose(policy, Language.ENGLISH).closing())
        .containsExactly(
            new Block.Paragraph(
                "If you have questions about social media or these guidelines,"
                    + " ask our social media manager, Jane Doe."),
            new Block.Paragraph("The next review is due by 1 January 2028."));
    Policy none =
        policy.toBuilder().decide(Governance.communicationsTeam()).decide(Review.none()).build();
    assertThat(compose(none, Language.NORWEGIAN).closing())
        .containsExactly(
            new Block.Paragraph(
                "Har du spørsmål om sosiale medier eller om retningslinjene, kontakt"
                    + " kommunikasjonsavdelingen."));
    Policy undated = Preset.BALANCED.policyFor(ACME).toBuilder().decide(Review.every(12)).build();
    assertThat(compose(undated, Language.ENGLISH).closing()).hasSize(1);
  }

  @Test
  void the_scope_and_the_review_interval_are_said_once() {
    Policy policy =
        Preset.BALANCED.policyFor(ACME).toBuilder()
            .decide(Review.every(12))
            .effectiveFrom(LocalDate.of(2027, 1, 1))
            .build();
    String text = DocumentText.of(compose(policy, Language.ENGLISH));

    assertThat(text.split("every twelve months", -1)).hasSize(2);
    assertThat(text).doesNotContain("and cover all social media");
    assertThat(
            DocumentText.of(compose(Policy.builder().organisation(ACME).build(), Language.ENGLISH)))
        .contains("cover all social media");
  }

  @Test
  void composing_twice_gives_equal_documents() {
    for (Language language : Language.standard()) {
      ValidatedPolicy policy = valid(Preset.ENCOURAGING.policyFor(ACME));
      assertThat(Composer.standard().compose(policy, language))
          .isEqualTo(Composer.standard().compose(policy, language));
    }
  }
}
