package dev.guidepost.render.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockTest {
  @Test
  void a_paragraph_and_a_note_need_text() {
    assertThat(new Block.Paragraph("Think before you post.").text())
        .isEqualTo("Think before you post.");
    assertThatThrownBy(() -> new Block.Paragraph(" \n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a paragraph must not be blank");
    assertThatThrownBy(() -> new Block.Note(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a note must not be blank");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void a_missing_text_is_named() {
    assertThatNullPointerException()
        .isThrownBy(() -> new Block.Paragraph(null))
        .withMessage("a paragraph");
  }

  @Test
  void a_list_has_at_least_one_item_and_no_blank_one() {
    assertThatThrownBy(() -> new Block.BulletList(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a list has at least one item");
    assertThatThrownBy(() -> new Block.BulletList(List.of("News", " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a list item must not be blank");
  }

  @Test
  void a_list_keeps_an_immutable_copy_of_its_items() {
    List<String> items = new ArrayList<>(List.of("News", "Events"));
    Block.BulletList list = new Block.BulletList(items);
    items.add("Gossip");

    assertThat(list.items()).containsExactly("News", "Events");
    assertThatThrownBy(() -> list.items().add("Gossip"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_table_has_a_caption_columns_and_full_rows_of_text() {
    List<String> columns = List.of("Version", "Summary");
    List<List<String>> rows = List.of(List.of("1.0.0", "First."));
    assertThat(new Block.Table("History", columns, rows).rows())
        .containsExactly(List.of("1.0.0", "First."));
    assertThatThrownBy(() -> new Block.Table(" ", columns, rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a table caption must not be blank");
    assertThatThrownBy(() -> new Block.Table("History", List.of(), rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table 'History' has no column");
    assertThatThrownBy(() -> new Block.Table("History", List.of("Version", ""), rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a column name must not be blank");
    assertThatThrownBy(() -> new Block.Table("History", columns, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table 'History' has no row");
    assertThatThrownBy(() -> new Block.Table("History", columns, List.of(List.of("1.0.0"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table 'History' has 2 columns, but a row of 1 cells");
    assertThatThrownBy(() -> new Block.Table("History", columns, List.of(List.of("1.0.0", " "))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a table cell must not be blank");
  }

  @Test
  void a_table_keeps_immutable_copies_of_its_rows() {
    List<String> row = new ArrayList<>(List.of("1.0.0", "First."));
    List<List<String>> rows = new ArrayList<>(List.of(row));
    Block.Table table = new Block.Table("History", List.of("Version", "Summary"), rows);
    row.set(1, "Changed.");
    rows.add(List.of("2.0.0", "Second."));

    assertThat(table.rows()).containsExactly(List.of("1.0.0", "First."));
    assertThatThrownBy(() -> table.rows().get(0).set(0, "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
