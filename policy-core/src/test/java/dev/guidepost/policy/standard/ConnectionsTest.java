package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import org.junit.jupiter.api.Test;

class ConnectionsTest {
  @Test
  void the_area_is_connections_with_its_options_in_order() {
    assertThat(Connections.ID).isEqualTo("connections");
    assertThat(Connections.AREA.id()).isEqualTo("connections");
    assertThat(Connections.AREA.options())
        .containsExactly(
            Connections.FREE_TO_DECLINE,
            Connections.MANAGERS_DO_NOT_INITIATE,
            Connections.EXPECTED_TO_CONNECT);
    assertThat(Connections.AREA.options())
        .extracting(Option::id)
        .containsExactly("free-to-decline", "managers-do-not-initiate", "expected-to-connect");
    assertThat(StandardCatalogue.catalogue().area("connections")).containsSame(Connections.AREA);
  }

  @Test
  void free_to_decline_decides_free_to_decline_with_no_values() {
    Decision decision = Connections.freeToDecline();
    assertThat(decision).isEqualTo(Decision.of(Connections.FREE_TO_DECLINE));
    assertThat(decision.area()).isEqualTo("connections");
    assertThat(decision.option().id()).isEqualTo("free-to-decline");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void managers_do_not_initiate_decides_managers_do_not_initiate_with_no_values() {
    Decision decision = Connections.managersDoNotInitiate();
    assertThat(decision).isEqualTo(Decision.of(Connections.MANAGERS_DO_NOT_INITIATE));
    assertThat(decision.area()).isEqualTo("connections");
    assertThat(decision.option().id()).isEqualTo("managers-do-not-initiate");
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void expected_to_connect_decides_expected_to_connect_with_no_values() {
    Decision decision = Connections.expectedToConnect();
    assertThat(decision).isEqualTo(Decision.of(Connections.EXPECTED_TO_CONNECT));
    assertThat(decision.area()).isEqualTo("connections");
    assertThat(decision.option().id()).isEqualTo("expected-to-connect");
    assertThat(decision.values()).isEmpty();
  }
}
