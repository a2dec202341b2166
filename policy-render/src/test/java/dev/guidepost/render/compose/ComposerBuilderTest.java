package dev.guidepost.render.compose;

import static dev.guidepost.render.compose.ComposerTest.ACME;
import static dev.guidepost.render.compose.ComposerTest.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.catalogue.Catalogue;
import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Clause;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.Scope;
import dev.guidepost.policy.standard.StandardCatalogue;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Document;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComposerBuilderTest {
  private final ValidatedPolicy balanced = valid(Preset.BALANCED.policyFor(ACME));

  private static MessageBundle.Builder texts() {
    return MessageBundle.builder();
  }

  @Test
  void texts_of_ones_own_replace_single_texts_and_leave_the_standard_composer_alone() {
    Composer ours =
        Composer.standard().toBuilder()
            .messages(
                texts()
                    .put(Language.ENGLISH, "area.tone", "How we write")
                    .put(Language.DANISH, "clause.tone.respectful", "Vi skriver pænt.")
                    .build())
            .build();
    assertThat(DocumentText.lines(ours.compose(balanced, Language.ENGLISH)))
        .contains("How we write")
        .doesNotContain("Tone and language");
    assertThat(DocumentText.lines(ours.compose(balanced, Language.DANISH)))
        .contains("Vi skriver pænt.");
    assertThat(DocumentText.lines(Composer.standard().compose(balanced, Language.ENGLISH)))
        .contains("Tone and language");
  }

  @Test
  void a_text_of_ones_own_may_not_use_a_placeholder_the_standard_text_lacks() {
    MessageBundle bad = texts().put(Language.DANISH, "title", "{organisation} {x}").build();
    assertThatThrownBy(() -> Composer.standard().toBuilder().messages(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "text 'title' may use the placeholders [organisation], but uses [organisation, x]");
    MessageBundle fewer = texts().put(Language.DANISH, "title", "Vores politik").build();
    assertThat(Composer.standard().toBuilder().messages(fewer).build().languages())
        .isEqualTo(Language.standard());
  }

  @Test
  void a_user_added_language_composes() {
    Language german = Language.of("de");
    MessageBundle.Builder texts = texts();
    for (String key : ComposerTexts.required()) {
      texts.put(german, key, Composer.standard().messages().pattern(Language.ENGLISH, key));
    }
    texts.put(german, "title", "Social-Media-Richtlinie – {organisation}");
    texts.put(german, "list.and", "{items} und {last}");
    Composer ours = Composer.standard().toBuilder().messages(texts.build()).build();
    assertThat(ours.languages()).endsWith(german).startsWith(Language.ENGLISH);
    Document document = ours.compose(balanced, german);
    assertThat(document.title()).isEqualTo("Social-Media-Richtlinie – Acme A/S");
    assertThat(document.language()).isEqualTo(german);
  }

  @Test
  void an_incomplete_language_is_refused_when_built() {
    Composer.Builder builder =
        Composer.standard().toBuilder()
            .messages(texts().put(Language.of("de"), "title", "Richtlinie").build());
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the texts in 'de' lack ")
        .hasMessageContaining("area.");
  }

  @Test
  void a_language_without_texts_is_refused_when_composing() {
    assertThatThrownBy(() -> Composer.standard().compose(balanced, Language.of("de")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'de'");
  }

  @Test
  void a_catalogue_of_ones_own_composes_with_texts_of_ones_own() {
    Option disclose = Option.of("ai-tools", "disclose-use");
    Catalogue catalogue =
        StandardCatalogue.catalogue().withArea("oversight", Area.of("ai-tools", disclose));
    ValidatedPolicy policy =
        valid(Preset.BALANCED.policyFor(ACME).toBuilder().decide(Decision.of(disclose)).build());
    MessageBundle.Builder texts = texts();
    for (Language language : Language.standard()) {
      texts
          .put(language, "area.ai-tools", "AI (" + language + ")")
          .put(language, "clause.ai-tools.disclose-use", "Say when {organisation} uses AI.");
    }
    Composer.Builder builder =
        Composer.standard().toBuilder().catalogue(catalogue).messages(texts.build());
    Document document = builder.build().compose(policy, Language.DUTCH);
    assertThat(DocumentText.lines(document))
        .containsSubsequence("AI (nl)", "Say when Acme A/S uses AI.");
    assertThatThrownBy(() -> Composer.standard().compose(policy, Language.DUTCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ai-tools");
    Composer withoutTexts = Composer.standard().toBuilder().catalogue(catalogue).build();
    assertThatThrownBy(() -> withoutTexts.compose(policy, Language.DUTCH))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("clause.ai-tools.disclose-use");
  }

  @Test
  void the_required_texts_are_the_clause_texts_and_the_names_of_areas_and_values() {
    List<String> required = List.copyOf(ComposerTexts.required());
    assertThat(required)
        .contains("title", "clause.tone.respectful.aligned", "area.tone", "value.network.x")
        .doesNotContain("severity.error", "rule.review-overdue.message")
        .isSorted();
  }

  @Test
  void a_preamble_and_a_closing_of_ones_own_replace_the_standard_ones_and_nothing_else() {
    Parameter networks = Scope.LISTED_NETWORKS.parameter(Scope.NETWORKS).orElseThrow();
    Composer ours =
        Composer.standard().toBuilder()
            .messages(
                texts()
                    .put(Language.ENGLISH, "closing.ours", "Ask {contact} by {date} ({count}).")
                    .build())
            .preamble((policy, wording) -> List.of())
            .closing(
                (policy, wording) ->
                    List.of(
                        new Block.Paragraph(
                            wording.text(
                                "closing.ours",
                                Map.of(
                                    "contact",
                                    policy.owner().orElse("HR"),
                                    "date",
                                    wording.date(LocalDate.of(2027, 3, 1)),
                                    "count",
                                    wording.number(1000)))),
                        new Block.Paragraph(
                            wording.value(
                                    networks, ParameterValue.ofChoices(List.of("x", "tiktok")))
                                + " in "
                                + wording.language()
                                + ", "
                                + wording.has("closing.ours")
                                + ", "
                                + wording.has("closing.theirs"))))
            .build();

    Document document = ours.compose(balanced, Language.ENGLISH);
    Document standard = Composer.standard().compose(balanced, Language.ENGLISH);

    assertThat(document.preamble()).isEmpty();
    assertThat(document.closing())
        .containsExactly(
            new Block.Paragraph("Ask HR by 1 March 2027 (1,000)."),
            new Block.Paragraph("X and TikTok in en, true, false"));
    assertThat(document.chapters()).isEqualTo(standard.chapters());
    assertThat(document.metadata()).isEqualTo(standard.metadata());
    assertThat(standard.preamble()).hasSize(1);
    assertThat(ours.toBuilder().build().compose(balanced, Language.ENGLISH)).isEqualTo(document);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void a_missing_part_is_named() {
    Composer.Builder builder = Composer.standard().toBuilder();

    assertThatThrownBy(() -> builder.preamble(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("preamble");
    assertThatThrownBy(() -> builder.closing(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("closing");
  }

  @Test
  void a_custom_clause_of_an_area_the_catalogue_lacks_is_refused() {
    Clause clause = Clause.builder().area("ai-tools").putText(Language.ENGLISH, "Say so.").build();
    ValidatedPolicy policy =
        valid(Preset.BALANCED.policyFor(ACME).toBuilder().addCustomClauses(clause).build());

    assertThatThrownBy(() -> Composer.standard().compose(policy, Language.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ai-tools'");
  }
}
