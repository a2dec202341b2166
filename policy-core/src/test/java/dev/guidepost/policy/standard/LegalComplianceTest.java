package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.ParameterValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalComplianceTest {
  @Test
  void the_area_is_legal_compliance_with_its_options_in_order() {
    assertThat(LegalCompliance.ID).isEqualTo("legal-compliance");
    assertThat(LegalCompliance.AREA.id()).isEqualTo("legal-compliance");
    assertThat(LegalCompliance.AREA.options())
        .containsExactly(
            LegalCompliance.SECTOR_RULES_APPLY,
            LegalCompliance.GENERAL_LAW_ONLY,
            LegalCompliance.LOCAL_LAW_PREVAILS,
            LegalCompliance.TRADITIONAL_MEDIA_RULES);
    assertThat(LegalCompliance.AREA.options())
        .extracting(Option::id)
        .containsExactly(
            "sector-rules-apply",
            "general-law-only",
            "local-law-prevails",
            "traditional-media-rules");
    assertThat(StandardCatalogue.catalogue().area("legal-compliance"))
        .containsSame(LegalCompliance.AREA);
  }

  @Test
  void general_law_only_decides_general_law_only_with_no_values() {
    Decision decision = LegalCompliance.generalLawOnly();
    assertThat(decision).isEqualTo(Decision.of(LegalCompliance.GENERAL_LAW_ONLY));
    assertThat(decision.area()).isEqualTo("legal-compliance");
    assertThat(decision.option().id()).isEqualTo("general-law-only");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void sector_rules_apply_decides_sector_rules_apply_with_the_regulations() {
    Decision decision = LegalCompliance.sectorRulesApply("FINRA 2210");
    assertThat(decision.option()).isEqualTo(LegalCompliance.SECTOR_RULES_APPLY);
    assertThat(decision.values())
        .containsExactly(entry("regulations", ParameterValue.ofTexts(List.of("FINRA 2210"))));
    assertThat(LegalCompliance.REGULATIONS).isEqualTo("regulations");
  }

  @Test
  void sector_rules_apply_keeps_the_regulations_in_order() {
    assertThat(LegalCompliance.sectorRulesApply("HIPAA", "SEC Regulation FD").value("regulations"))
        .contains(ParameterValue.ofTexts(List.of("HIPAA", "SEC Regulation FD")));
  }

  @Test
  void sector_rules_apply_rejects_a_blank_regulation() {
    assertThatThrownBy(() -> LegalCompliance.sectorRulesApply("HIPAA", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void local_law_prevails_decides_local_law_prevails_with_no_values() {
    Decision decision = LegalCompliance.localLawPrevails();
    assertThat(decision).isEqualTo(Decision.of(LegalCompliance.LOCAL_LAW_PREVAILS));
    assertThat(decision.area()).isEqualTo("legal-compliance");
    assertThat(decision.option().id()).isEqualTo("local-law-prevails");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void traditional_media_rules_decides_traditional_media_rules_with_no_values() {
    Decision decision = LegalCompliance.traditionalMediaRules();
    assertThat(decision).isEqualTo(Decision.of(LegalCompliance.TRADITIONAL_MEDIA_RULES));
    assertThat(decision.area()).isEqualTo("legal-compliance");
    assertThat(decision.option().id()).isEqualTo("traditional-media-rules");
    assertThat(decision.values()).isEmpty();
  }
}
