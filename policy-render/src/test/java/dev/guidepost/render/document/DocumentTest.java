package dev.guidepost.render.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.model.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
  @Test
  void a_document_has_a_language_and_a_title_and_may_be_otherwise_empty() {
    Document empty =
        new Document(Language.ENGLISH, "Guidelines", List.of(), List.of(), List.of(), List.of());

    assertThat(empty.metadata()).isEmpty();
    assertThat(empty.chapters()).isEmpty();
    assertThatThrownBy(
            () -> new Document(Language.ENGLISH, " ", List.of(), List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a title must not be blank");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void the_language_is_required() {
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Document(null, "Guidelines", List.of(), List.of(), List.of(), List.of()))
        .withMessage("language");
  }

  @Test
  void the_parts_are_immutable_copies() {
    List<Block> preamble = new ArrayList<>(List.of(new Block.Paragraph("Welcome.")));
    Document document =
        new Document(Language.DANISH, "Retningslinjer", List.of(), preamble, List.of(), List.of());
    preamble.clear();

    assertThat(document.preamble()).hasSize(1);
    assertThatThrownBy(() -> document.preamble().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
