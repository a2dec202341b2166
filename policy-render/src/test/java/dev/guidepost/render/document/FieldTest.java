package dev.guidepost.render.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FieldTest {
  @Test
  void a_field_has_a_label_and_a_value() {
    assertThat(new Field("Owner", "hr@acme.example").value()).isEqualTo("hr@acme.example");
    assertThatThrownBy(() -> new Field("", "hr@acme.example"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a field label must not be blank");
    assertThatThrownBy(() -> new Field("Owner", "\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a field value must not be blank");
  }
}
