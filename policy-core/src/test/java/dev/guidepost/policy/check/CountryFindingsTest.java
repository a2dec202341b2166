package dev.guidepost.policy.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountryFindingsTest {
  private static final Fact GAP =
      Fact.of(Fact.Kind.NOT_ADDRESSED, "working-hours", "not-addressed");

  private static Fact country(String code) {
    return Fact.of(Fact.Kind.COUNTRY, "country", code);
  }

  private static Finding finding(Fact... facts) {
    return Finding.builder()
        .rule("gap")
        .severity(Severity.WARNING)
        .sources(Sources.of(Source.commonPractice()))
        .message(Message.literal("gap"))
        .addFacts(facts)
        .build();
  }

  private static List<String> facts(CountryFindings found) {
    return found.all().stream().map(f -> f.facts().toString()).toList();
  }

  @Test
  void findings_alike_but_for_their_country_name_each_country_after_the_first_ones() {
    CountryFindings found = new CountryFindings();
    found.add(List.of(finding(country("DK"), GAP)));
    found.add(List.of(finding(country("SE"), GAP)));
    found.add(List.of(finding(country("NL"), GAP)));
    found.add(List.of(finding(country("SE"), GAP)));

    assertThat(facts(found))
        .containsExactly(
            "[country = DK, country = SE, country = NL, working-hours = not-addressed]");
  }

  @Test
  void equal_findings_of_several_views_are_kept_once() {
    CountryFindings found = new CountryFindings();
    found.add(List.of(finding(GAP)));
    found.add(List.of(finding(GAP)));

    assertThat(facts(found)).containsExactly("[working-hours = not-addressed]");
  }

  @Test
  void a_finding_naming_a_country_and_one_naming_none_stay_apart() {
    CountryFindings found = new CountryFindings();
    found.add(List.of(finding(GAP)));
    found.add(List.of(finding(country("DK"), GAP)));

    assertThat(facts(found))
        .containsExactly(
            "[working-hours = not-addressed]", "[country = DK, working-hours = not-addressed]");
  }

  @Test
  void findings_one_view_gives_for_two_countries_stay_apart() {
    CountryFindings found = new CountryFindings();
    found.add(List.of(finding(country("US"), GAP), finding(country("DK"), GAP)));
    found.add(List.of(finding(country("SE"), GAP)));

    assertThat(facts(found))
        .containsExactly(
            "[country = US, country = SE, working-hours = not-addressed]",
            "[country = DK, working-hours = not-addressed]");
  }

  @Test
  void a_country_fact_after_other_facts_keeps_its_place() {
    CountryFindings found = new CountryFindings();
    found.add(List.of(finding(GAP, country("DK"))));
    found.add(List.of(finding(GAP, country("NO"))));

    assertThat(facts(found))
        .containsExactly("[working-hours = not-addressed, country = DK, country = NO]");
  }
}
