package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.ParameterValue;
import org.junit.jupiter.api.Test;

class GovernanceTest {
  @Test
  void the_area_is_governance_with_its_options_in_order() {
    assertThat(Governance.ID).isEqualTo("governance");
    assertThat(Governance.AREA.id()).isEqualTo("governance");
    assertThat(Governance.AREA.options())
        .containsExactly(
            Governance.SOCIAL_MEDIA_MANAGER,
            Governance.COMMUNICATIONS_TEAM,
            Governance.EDITORIAL_OVERSIGHT,
            Governance.NO_OWNER);
    assertThat(Governance.AREA.options())
        .extracting(Option::id)
        .containsExactly(
            "social-media-manager", "communications-team", "editorial-oversight", "no-owner");
    assertThat(StandardCatalogue.catalogue().area("governance")).containsSame(Governance.AREA);
  }

  @Test
  void social_media_manager_decides_social_media_manager_with_no_values() {
    Decision decision = Governance.socialMediaManager();
    assertThat(decision).isEqualTo(Decision.of(Governance.SOCIAL_MEDIA_MANAGER));
    assertThat(decision.area()).isEqualTo("governance");
    assertThat(decision.option().id()).isEqualTo("social-media-manager");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void communications_team_decides_communications_team_with_no_values() {
    Decision decision = Governance.communicationsTeam();
    assertThat(decision).isEqualTo(Decision.of(Governance.COMMUNICATIONS_TEAM));
    assertThat(decision.area()).isEqualTo("governance");
    assertThat(decision.option().id()).isEqualTo("communications-team");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void editorial_oversight_decides_editorial_oversight_with_no_values() {
    Decision decision = Governance.editorialOversight();
    assertThat(decision).isEqualTo(Decision.of(Governance.EDITORIAL_OVERSIGHT));
    assertThat(decision.area()).isEqualTo("governance");
    assertThat(decision.option().id()).isEqualTo("editorial-oversight");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void no_owner_decides_no_owner_with_no_values() {
    Decision decision = Governance.noOwner();
    assertThat(decision).isEqualTo(Decision.of(Governance.NO_OWNER));
    assertThat(decision.area()).isEqualTo("governance");
    assertThat(decision.option().id()).isEqualTo("no-owner");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void social_media_manager_with_a_contact_decides_social_media_manager_with_the_contact() {
    Decision decision = Governance.socialMediaManager("Jane Doe, jane@acme.example");
    assertThat(decision.option()).isEqualTo(Governance.SOCIAL_MEDIA_MANAGER);
    assertThat(decision.values())
        .containsExactly(entry("contact", ParameterValue.ofText("Jane Doe, jane@acme.example")));
    assertThat(Governance.CONTACT).isEqualTo("contact");
  }

  @Test
  void social_media_manager_rejects_a_blank_contact() {
    assertThatThrownBy(() -> Governance.socialMediaManager(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }
}
