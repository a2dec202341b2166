package dev.guidepost.policy.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SourceTest {
  private static final Jurisdiction DE = Jurisdiction.of(Country.DE);
  private static final Jurisdiction US = Jurisdiction.of(Country.US);

  @Test
  void a_law_is_cited_in_its_jurisdiction_s_style_and_named_in_the_reader_s_language() {
    Source law = Source.law(DE, "BetrVG", "§ 87 Abs. 1 Nr. 6");

    assertThat(law.kind()).isEqualTo(Source.Kind.LAW);
    assertThat(law.jurisdiction()).contains(DE);
    assertThat(law.instrument()).isEqualTo("BetrVG");
    assertThat(law.pinpoint()).isEqualTo("§ 87 Abs. 1 Nr. 6");
    assertThat(law.citation()).isEqualTo("§ 87 Abs. 1 Nr. 6 BetrVG");
    assertThat(law.status()).isEqualTo(Source.Status.IN_FORCE);
    assertThat(law.date()).isEmpty();
    assertThat(law.link()).isEmpty();
    assertThat(law.readIn()).isEmpty();
    assertThat(law.message().format(Language.ENGLISH))
        .isEqualTo("§ 87 Abs. 1 Nr. 6 BetrVG (Germany)");
    assertThat(law.message().format(Language.SWEDISH))
        .isEqualTo("§ 87 Abs. 1 Nr. 6 BetrVG (Tyskland)");
  }

  @Test
  void a_decision_under_review_and_read_at_second_hand_says_so_in_the_reader_s_language() {
    Source decision =
        Source.decision(US, "Stericycle, Inc., 372 NLRB No. 113 (2023)")
            .dated(LocalDate.of(2023, 8, 2))
            .underReview()
            .readIn("Law360");

    assertThat(decision.kind()).isEqualTo(Source.Kind.DECISION);
    assertThat(decision.status()).isEqualTo(Source.Status.UNDER_REVIEW);
    assertThat(decision.date()).contains(LocalDate.of(2023, 8, 2));
    assertThat(decision.readIn()).contains("Law360");
    assertThat(decision.message().format(Language.ENGLISH))
        .isEqualTo(
            "Stericycle, Inc., 372 NLRB No. 113 (2023) (United States, expected to change, as"
                + " reported in Law360)");
    assertThat(decision.message().format(Language.NORWEGIAN))
        .isEqualTo(
            "Stericycle, Inc., 372 NLRB No. 113 (2023) (USA, ventes endret, gjengitt i Law360)");
  }

  @Test
  void guidance_and_practice_show_their_date_and_practice_says_it_is_practice() {
    Source guidance =
        Source.guidance(US, "NLRB General Counsel, Memo GC 26-03").dated(LocalDate.of(2026, 2, 27));
    Source article = Source.practice("\"Drie tips\"").dated(LocalDate.of(2012, 5, 10));

    assertThat(guidance.kind()).isEqualTo(Source.Kind.GUIDANCE);
    assertThat(guidance.message().format(Language.ENGLISH))
        .isEqualTo("NLRB General Counsel, Memo GC 26-03 (United States, 27 February 2026)");
    assertThat(article.kind()).isEqualTo(Source.Kind.PRACTICE);
    assertThat(article.jurisdiction()).isEmpty();
    assertThat(article.message().format(Language.DUTCH))
        .isEqualTo("praktijk: \"Drie tips\" (10 mei 2012)");
    assertThat(Source.practice("\"8 ting\"").at("8").message().format(Language.DANISH))
        .isEqualTo("praksis: \"8 ting\", punkt 8");
    assertThat(Source.practice("\"8 ting\"").message().format(Language.ENGLISH))
        .isEqualTo("practice: \"8 ting\"");
  }

  @Test
  void a_law_and_a_decision_carry_their_date_in_the_citation_not_beside_it() {
    Source dated =
        Source.decision(DE, "BAG 13.12.2016 – 1 ABR 7/15").dated(LocalDate.of(2016, 12, 13));

    assertThat(dated.message().format(Language.ENGLISH))
        .isEqualTo("BAG 13.12.2016 – 1 ABR 7/15 (Germany)");
    assertThat(Source.law(DE, "BetrVG", "").dated(LocalDate.of(2021, 6, 14)).citation())
        .isEqualTo("BetrVG");
  }

  @Test
  void common_practice_the_catalogue_and_a_text_have_no_jurisdiction() {
    assertThat(Source.commonPractice().message().format(Language.DANISH))
        .isEqualTo("almindelig praksis");
    assertThat(Source.commonPractice().citation()).isEmpty();
    assertThat(Source.commonPractice().kind()).isEqualTo(Source.Kind.COMMON_PRACTICE);
    assertThat(Source.catalogue().message().format(Language.ENGLISH))
        .isEqualTo("the type and range the catalogue sets for each setting");
    assertThat(Source.catalogue().kind()).isEqualTo(Source.Kind.CATALOGUE);
    assertThat(Source.text("house rule").message().format(Language.DUTCH)).isEqualTo("house rule");
    assertThat(Source.text("house rule").kind()).isEqualTo(Source.Kind.TEXT);
  }

  @Test
  void a_link_is_an_absolute_web_address() {
    Source linked =
        Source.law(US, "16 CFR", "§ 255.5").link("https://www.law.cornell.edu/cfr/text/16/255.5");

    assertThat(linked.link()).contains(URI.create("https://www.law.cornell.edu/cfr/text/16/255.5"));
    assertThat(Source.text("x").link("http://example.org/a").link()).isPresent();
    assertThatThrownBy(() -> Source.text("x").link("/cfr/text/16/255.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'/cfr/text/16/255.5'");
    assertThatThrownBy(() -> Source.text("x").link("ftp://example.org/a"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void blank_names_are_refused() {
    assertThatThrownBy(() -> Source.law(DE, " ", "§ 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a source needs the name of what it cites");
    assertThatThrownBy(() -> Source.practice("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Source.text("x").readIn(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a secondary source needs a name");
  }

  @Test
  void sources_are_equal_by_value() {
    Source one = Source.law(DE, "BetrVG", "§ 87").dated(LocalDate.of(2020, 1, 1));
    Source same = Source.law(DE, "BetrVG", " § 87 ").dated(LocalDate.of(2020, 1, 1));

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).hasToString("DE § 87 BetrVG");
    assertThat(one).isNotEqualTo(Source.law(DE, "BetrVG", "§ 88").dated(LocalDate.of(2020, 1, 1)));
    assertThat(one).isNotEqualTo(Source.law(DE, "BetrVG", "§ 87"));
    assertThat(one).isNotEqualTo(one.underReview());
    assertThat(one).isNotEqualTo(one.readIn("x"));
    assertThat(one).isNotEqualTo(one.link("https://example.org"));
    assertThat(one)
        .isNotEqualTo(Source.decision(DE, "BetrVG").at("§ 87").dated(LocalDate.of(2020, 1, 1)));
    assertThat(one)
        .isNotEqualTo(
            Source.law(Jurisdiction.EU, "BetrVG", "§ 87").dated(LocalDate.of(2020, 1, 1)));
    assertThat(one).isNotEqualTo(Source.law(DE, "HinSchG", "§ 87").dated(LocalDate.of(2020, 1, 1)));
    assertThat(one).isNotEqualTo("DE § 87 BetrVG");
    assertThat(one.hashCode()).isNotEqualTo(one.readIn("x").hashCode());
    assertThat(Source.commonPractice()).hasToString("common-practice: ");
    assertThat(Source.Kind.COMMON_PRACTICE.id()).isEqualTo("common-practice");
    assertThat(Source.Status.UNDER_REVIEW.id()).isEqualTo("under-review");
  }
}
