package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class MonitoringTest {
  @Test
  void the_area_is_monitoring_with_its_options_in_order() {
    assertThat(Monitoring.ID).isEqualTo("monitoring");
    assertThat(Monitoring.AREA.id()).isEqualTo("monitoring");
    assertThat(Monitoring.AREA.options())
        .containsExactly(
            Monitoring.NONE, Monitoring.PUBLIC_CONTENT_ONLY, Monitoring.ACTIVE_MONITORING);
    assertThat(Monitoring.AREA.options())
        .extracting(Option::id)
        .containsExactly("none", "public-content-only", "active-monitoring");
    assertThat(StandardCatalogue.catalogue().area("monitoring")).containsSame(Monitoring.AREA);
  }

  @Test
  void none_decides_none_with_no_values() {
    Decision decision = Monitoring.none();
    assertThat(decision).isEqualTo(Decision.of(Monitoring.NONE));
    assertThat(decision.area()).isEqualTo("monitoring");
    assertThat(decision.option().id()).isEqualTo("none");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void public_content_only_decides_public_content_only_with_no_values() {
    Decision decision = Monitoring.publicContentOnly();
    assertThat(decision).isEqualTo(Decision.of(Monitoring.PUBLIC_CONTENT_ONLY));
    assertThat(decision.area()).isEqualTo("monitoring");
    assertThat(decision.option().id()).isEqualTo("public-content-only");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void active_monitoring_decides_active_monitoring_with_no_values() {
    Decision decision = Monitoring.activeMonitoring();
    assertThat(decision).isEqualTo(Decision.of(Monitoring.ACTIVE_MONITORING));
    assertThat(decision.area()).isEqualTo("monitoring");
    assertThat(decision.option().id()).isEqualTo("active-monitoring");
    assertThat(decision.values()).isEmpty();
  }
}
