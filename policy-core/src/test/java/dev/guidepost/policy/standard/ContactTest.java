package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactTest {
  @Test
  void ids_are_those_of_the_domain_in_order() {
    assertThat(Contact.values())
        .extracting(Contact::id)
        .containsExactly(
            "line-manager", "communications", "social-media-manager", "legal", "compliance");
  }

  @Test
  void from_id_finds_every_value() {
    for (Contact value : Contact.values()) {
      assertThat(Contact.fromId(value.id())).contains(value);
    }
  }

  @Test
  void from_id_is_empty_for_an_unknown_id_or_a_constant_name() {
    assertThat(Contact.fromId("press-office")).isEmpty();
    assertThat(Contact.fromId("SOCIAL_MEDIA_MANAGER")).isEmpty();
  }
}
