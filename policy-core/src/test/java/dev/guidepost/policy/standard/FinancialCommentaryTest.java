package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class FinancialCommentaryTest {
  @Test
  void the_area_is_financial_commentary_with_its_options_in_order() {
    assertThat(FinancialCommentary.ID).isEqualTo("financial-commentary");
    assertThat(FinancialCommentary.AREA.id()).isEqualTo("financial-commentary");
    assertThat(FinancialCommentary.AREA.options())
        .extracting(Option::id)
        .containsExactly(
            "published-news-without-comment",
            "no-comment-on-results-or-share-price",
            "not-addressed");
    assertThat(StandardCatalogue.catalogue().area("financial-commentary"))
        .containsSame(FinancialCommentary.AREA);
  }

  @Test
  void published_news_without_comment_decides_it_with_no_values() {
    Decision decision = FinancialCommentary.publishedNewsWithoutComment();
    assertThat(decision).isEqualTo(Decision.of(FinancialCommentary.PUBLISHED_NEWS_WITHOUT_COMMENT));
    assertThat(decision.area()).isEqualTo("financial-commentary");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void no_comment_on_results_or_share_price_decides_it_with_no_values() {
    Decision decision = FinancialCommentary.noCommentOnResultsOrSharePrice();
    assertThat(decision)
        .isEqualTo(Decision.of(FinancialCommentary.NO_COMMENT_ON_RESULTS_OR_SHARE_PRICE));
    assertThat(decision.option().id()).isEqualTo("no-comment-on-results-or-share-price");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void not_addressed_decides_not_addressed_with_no_values() {
    Decision decision = FinancialCommentary.notAddressed();
    assertThat(decision).isEqualTo(Decision.of(FinancialCommentary.NOT_ADDRESSED));
    assertThat(decision.option().id()).isEqualTo("not-addressed");
    assertThat(decision.values()).isEmpty();
  }
}
