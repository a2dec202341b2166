package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReservedMatterTest {
  @Test
  void ids_are_those_of_the_domain_in_order() {
    assertThat(ReservedMatter.values())
        .extracting(ReservedMatter::id)
        .containsExactly("negative-posts", "press-enquiries", "legal-matters", "financial-matters");
  }

  @Test
  void from_id_finds_every_value() {
    for (ReservedMatter value : ReservedMatter.values()) {
      assertThat(ReservedMatter.fromId(value.id())).contains(value);
    }
  }

  @Test
  void from_id_is_empty_for_an_unknown_id_or_a_constant_name() {
    assertThat(ReservedMatter.fromId("press")).isEmpty();
    assertThat(ReservedMatter.fromId("LEGAL_MATTERS")).isEmpty();
  }

  @Test
  void the_spokespersons_option_takes_them_as_an_optional_list_that_selects_a_variant() {
    var parameter = Spokespersons.AUTHORIZED_EMPLOYEES.parameter(Spokespersons.RESERVED_MATTERS);
    assertThat(parameter).isPresent();
    assertThat(parameter.get().required()).isFalse();
    assertThat(parameter.get().variant()).contains("reserved");
    assertThat(parameter.get().vocabulary()).isEqualTo("reserved-matter");
    assertThat(
            Spokespersons.authorizedEmployees(java.util.List.of(ReservedMatter.LEGAL_MATTERS))
                .value(Spokespersons.RESERVED_MATTERS)
                .orElseThrow()
                .asList())
        .containsExactly("legal-matters");
  }

  @Test
  void senior_leaders_take_an_optional_impartial_flag_that_selects_a_variant() {
    var parameter = SeniorLeaders.EXTRA_CARE.parameter(SeniorLeaders.IMPARTIAL);
    assertThat(parameter).isPresent();
    assertThat(parameter.get().required()).isFalse();
    assertThat(parameter.get().variant()).contains("impartial");
    assertThat(
            SeniorLeaders.extraCare(true).value(SeniorLeaders.IMPARTIAL).orElseThrow().asBoolean())
        .isTrue();
    assertThat(
            SeniorLeaders.extraCare(false).value(SeniorLeaders.IMPARTIAL).orElseThrow().asBoolean())
        .isFalse();
  }
}
