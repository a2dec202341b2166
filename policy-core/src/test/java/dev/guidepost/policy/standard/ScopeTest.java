package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.ParameterValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTest {
  @Test
  void the_area_is_scope_with_its_options_in_order() {
    assertThat(Scope.ID).isEqualTo("scope");
    assertThat(Scope.AREA.id()).isEqualTo("scope");
    assertThat(Scope.AREA.options()).containsExactly(Scope.ALL_SOCIAL_MEDIA, Scope.LISTED_NETWORKS);
    assertThat(Scope.AREA.options())
        .extracting(Option::id)
        .containsExactly("all-social-media", "listed-networks");
    assertThat(StandardCatalogue.catalogue().area("scope")).containsSame(Scope.AREA);
  }

  @Test
  void all_social_media_decides_all_social_media_with_no_values() {
    Decision decision = Scope.allSocialMedia();
    assertThat(decision).isEqualTo(Decision.of(Scope.ALL_SOCIAL_MEDIA));
    assertThat(decision.area()).isEqualTo("scope");
    assertThat(decision.option().id()).isEqualTo("all-social-media");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void listed_networks_decides_listed_networks_with_the_networks_in_order() {
    Decision decision = Scope.listedNetworks(Network.LINKEDIN, Network.X);
    assertThat(decision.option()).isEqualTo(Scope.LISTED_NETWORKS);
    assertThat(decision.values())
        .containsExactly(entry("networks", ParameterValue.ofChoices(List.of("linkedin", "x"))));
    assertThat(Scope.NETWORKS).isEqualTo("networks");
  }

  @Test
  void listed_networks_rejects_a_network_twice() {
    assertThatThrownBy(() -> Scope.listedNetworks(Network.X, Network.X))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repeat");
  }
}
