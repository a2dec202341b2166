package dev.guidepost.policy.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.model.Language;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTest {
  private static final Message AREA = Message.of("area.working-hours");
  private static final Message OPTION = Message.of("option.working-hours.prohibited");

  @Test
  void with_adds_an_argument_and_leaves_the_original_alone() {
    Message base = Message.of("fact.decision", "area", AREA);

    Message full = base.with("option", OPTION);

    assertThat(full.key()).isEqualTo("fact.decision");
    assertThat(full.arguments())
        .containsExactly(Map.entry("area", AREA), Map.entry("option", OPTION));
    assertThat(base.arguments()).containsOnlyKeys("area");
    assertThat(full.format(Language.ENGLISH))
        .isEqualTo("Social media during working hours: Not allowed");
  }

  @Test
  void with_an_existing_name_replaces_its_argument() {
    Message message = Message.of("fact.country", "country", Message.literal("DK"));

    Message replaced = message.with("country", Message.literal("SE"));

    assertThat(replaced.arguments()).containsExactly(Map.entry("country", Message.literal("SE")));
    assertThat(replaced.format(Language.ENGLISH)).isEqualTo("Country: SE");
  }

  @Test
  void the_ways_to_give_arguments_make_equal_messages() {
    Map<String, Message> arguments = new LinkedHashMap<>();
    arguments.put("area", AREA);
    arguments.put("option", OPTION);

    Message fromMap = Message.of("fact.decision", arguments);
    Message fromWith = Message.of("fact.decision", "area", AREA).with("option", OPTION);

    assertThat(fromMap).isEqualTo(fromWith).hasSameHashCodeAs(fromWith);
    assertThat(fromMap).isNotEqualTo(Message.of("fact.decision", "area", AREA));
    assertThat(fromMap).isNotEqualTo(Message.of("fact.not-addressed", arguments));
  }

  @Test
  void the_arguments_are_an_immutable_copy() {
    Map<String, Message> arguments = new LinkedHashMap<>();
    arguments.put("country", Message.literal("DK"));
    Message message = Message.of("fact.country", arguments);

    arguments.put("country", Message.literal("SE"));

    assertThat(message.format(Language.ENGLISH)).isEqualTo("Country: DK");
    assertThatThrownBy(() -> message.arguments().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_literal_has_no_key_and_no_arguments() {
    Message literal = Message.literal("Acme A/S");

    assertThat(literal.key()).isEmpty();
    assertThat(literal.literal()).isEqualTo("Acme A/S");
    assertThat(literal.arguments()).isEmpty();
    for (Language language : Language.standard()) {
      assertThat(literal.format(language)).isEqualTo("Acme A/S");
    }
  }

  @Test
  void a_literal_with_braces_is_shown_as_it_is() {
    assertThat(Message.literal("{area} $1 \\").format(Language.ENGLISH)).isEqualTo("{area} $1 \\");
  }

  @Test
  void an_argument_with_replacement_characters_is_inserted_as_it_is() {
    Message message = Message.of("fact.country", "country", Message.literal("$1 \\ {x}"));

    assertThat(message.format(Language.ENGLISH)).isEqualTo("Country: $1 \\ {x}");
  }

  @Test
  void a_keyed_message_has_an_empty_literal() {
    assertThat(AREA.literal()).isEmpty();
    assertThat(AREA.arguments()).isEmpty();
  }

  @Test
  void literals_are_equal_by_text() {
    assertThat(Message.literal("x"))
        .isEqualTo(Message.literal("x"))
        .isNotEqualTo(Message.literal("y"));
    assertThat(Message.literal("area.working-hours")).isNotEqualTo(AREA);
  }

  @Test
  void to_string_is_the_literal_or_the_key_with_its_arguments() {
    assertThat(Message.literal("Acme A/S")).hasToString("Acme A/S");
    assertThat(AREA).hasToString("area.working-hours{}");
    assertThat(Message.of("fact.country", "country", Message.literal("DK")))
        .hasToString("fact.country{country=DK}");
    assertThat(Message.of("fact.decision", "area", AREA).with("option", OPTION))
        .hasToString(
            "fact.decision{area=area.working-hours{}, option=option.working-hours.prohibited{}}");
  }

  @Test
  void arguments_are_translated_with_the_message() {
    Message message = Message.of("fact.decision", "area", AREA).with("option", OPTION);

    assertThat(message.format(Language.DANISH))
        .isEqualTo("Sociale medier i arbejdstiden: " + OPTION.format(Language.DANISH));
  }

  @Test
  void a_date_is_written_as_each_language_writes_a_date() {
    Message date = Message.date(LocalDate.of(2027, 1, 1));

    assertThat(date.literal()).isEqualTo("2027-01-01");
    assertThat(date.format(Language.ENGLISH)).isEqualTo("1 January 2027");
    assertThat(date.format(Language.DANISH)).isEqualTo("1. januar 2027");
    assertThat(date.format(Language.SWEDISH)).isEqualTo("1 januari 2027");
    assertThat(date.format(Language.DUTCH)).isEqualTo("1 januari 2027");
    assertThat(date).isNotEqualTo(Message.literal("2027-01-01"));
  }

  @Test
  void a_list_writes_its_items_in_the_language_separated_by_commas() {
    Message list =
        Message.list(List.of(Message.label("value.shareable.news", "news"), Message.literal("x")));

    assertThat(list.format(Language.DANISH)).isEqualTo("nyheder, x");
    assertThat(list.format(Language.ENGLISH)).isEqualTo("news, x");
    assertThat(list.literal()).isEqualTo("news, x");
    assertThat(Message.list(List.of()).format(Language.ENGLISH)).isEmpty();
  }
}
