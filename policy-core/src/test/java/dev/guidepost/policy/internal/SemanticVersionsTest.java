package dev.guidepost.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SemanticVersionsTest {
  /** The precedence example of Semantic Versioning 2.0.0, clause 11, plus numeric widths. */
  private static final List<String> ASCENDING =
      List.of(
          "1.0.0-alpha",
          "1.0.0-alpha.1",
          "1.0.0-alpha.beta",
          "1.0.0-beta",
          "1.0.0-beta.2",
          "1.0.0-beta.11",
          "1.0.0-rc.1",
          "1.0.0",
          "1.0.1",
          "1.2.0",
          "1.10.0",
          "2.0.0",
          "10.0.0");

  @Test
  void orders_versions_by_precedence() {
    for (int i = 0; i < ASCENDING.size(); i++) {
      for (int j = 0; j < ASCENDING.size(); j++) {
        assertThat(Integer.signum(SemanticVersions.compare(ASCENDING.get(i), ASCENDING.get(j))))
            .as("%s against %s", ASCENDING.get(i), ASCENDING.get(j))
            .isEqualTo(Integer.compare(i, j));
      }
    }
  }

  @Test
  void ignores_build_metadata() {
    assertThat(SemanticVersions.compare("1.0.0+a", "1.0.0+b")).isZero();
    assertThat(SemanticVersions.compare("1.0.0-rc.1+a", "1.0.0-rc.1")).isZero();
  }

  @Test
  void compares_numeric_identifiers_by_value_whatever_their_zeros() {
    assertThat(SemanticVersions.compare("1.0.0-rc.01", "1.0.0-rc.2")).isNegative();
    assertThat(SemanticVersions.compare("1.0.0-rc.002", "1.0.0-rc.2")).isZero();
    assertThat(SemanticVersions.compare("1.0.0-rc.0", "1.0.0-rc.00")).isZero();
  }

  @Test
  void compares_alphanumeric_identifiers_in_ascii_order() {
    assertThat(SemanticVersions.compare("1.0.0-Beta", "1.0.0-alpha")).isNegative();
    assertThat(SemanticVersions.compare("1.0.0-beta", "1.0.0-alpha")).isPositive();
  }

  @Test
  void tells_semantic_versions_from_other_text() {
    assertThat(SemanticVersions.isValid("0.1.0")).isTrue();
    assertThat(SemanticVersions.isValid("1.2.3-rc.1+build.5")).isTrue();
    assertThat(SemanticVersions.isValid("1.2")).isFalse();
    assertThat(SemanticVersions.isValid("01.2.3")).isFalse();
    assertThat(SemanticVersions.isValid("v1.2.3")).isFalse();
  }

  @Test
  void refuses_to_compare_what_is_not_a_version() {
    assertThatThrownBy(() -> SemanticVersions.compare("1.0", "1.0.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a version is semantic, such as 1.2.0, but was '1.0'");
    assertThatThrownBy(() -> SemanticVersions.compare("1.0.0", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x'");
  }
}
