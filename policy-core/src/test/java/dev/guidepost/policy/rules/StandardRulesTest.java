package dev.guidepost.policy.rules;

import static dev.guidepost.policy.check.Severity.ERROR;
import static dev.guidepost.policy.check.Severity.INFO;
import static dev.guidepost.policy.check.Severity.WARNING;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in rules match the rule table of DOMAIN.md: ids, listed severities and sources. */
class StandardRulesTest {
  /** The rule table, in order, then the two generic parameter checks. */
  private static final List<Map.Entry<String, Severity>> TABLE =
      List.of(
          entry("advocacy-vs-working-hours-ban", WARNING),
          entry("advocacy-vs-central-communication", WARNING),
          entry("advocacy-needs-shareable-content", WARNING),
          entry("advocacy-needs-disclosure", WARNING),
          entry("speaking-for-company-needs-disclosure", WARNING),
          entry("credentials-never-requested", ERROR),
          entry("monitoring-needs-consent", INFO), // error or warning by jurisdiction
          entry("criticism-ban-without-internal-channel", WARNING),
          entry("criticism-ban-us-nlra", ERROR),
          entry("criticism-ban-public-employees", ERROR),
          entry("us-policy-needs-rights-notice", WARNING),
          entry("profile-disclosure-not-enough", WARNING),
          entry("pharma-advocacy-of-products", WARNING),
          entry("review-overdue", INFO),
          entry("company-accounts-need-ownership", WARNING),
          entry("company-accounts-need-offboarding", WARNING),
          entry("company-accounts-need-owner", WARNING),
          entry("presence-needs-purpose", WARNING),
          entry("purpose-needs-measurement", INFO),
          entry("no-obligation-to-connect", WARNING),
          entry("time-limit-in-range", ERROR),
          entry("regulated-sector-needs-compliance", WARNING),
          entry("sanctions-need-proportionality", INFO),
          entry("core-areas-addressed", WARNING),
          entry("policy-needs-review", INFO),
          entry("broker-posts-need-archiving", WARNING),
          entry("pharma-interactions-count", WARNING),
          entry("public-sector-impartiality", INFO),
          entry("anonymity-vs-us-rights", WARNING),
          entry("parameter-required", ERROR),
          entry("parameter-in-range", ERROR),
          entry("confidentiality-must-allow-pay-talk", WARNING), // error in the US for a pay topic
          entry("us-working-time-wording", WARNING),
          entry("de-company-accounts-need-works-council", WARNING),
          entry("criticism-ban-needs-whistleblowing-carve-out", WARNING),
          entry("no-criticism-ban-private-employees", WARNING));

  /** What each legal rule's source must cite, from the table's source column. */
  private static final Map<String, List<String>> CITATIONS =
      Map.ofEntries(
          entry("advocacy-needs-disclosure", List.of("16 CFR Part 255")),
          entry("credentials-never-requested", List.of("§3-712", "§980", "2/2017")),
          entry("de-company-accounts-need-works-council", List.of("BetrVG §87", "1 ABR 7/15")),
          entry(
              "criticism-ban-needs-whistleblowing-carve-out",
              List.of("s.43J(1)", "HinSchG §39", "art. 17e", "1436", "2021:890", "§2 A-1")),
          entry(
              "monitoring-needs-consent",
              List.of("WOR art. 27", "BetrVG §87", "kontrolforanstaltninger", "§§9-1", "MBL §11")),
          entry(
              "criticism-ban-us-nlra",
              List.of(
                  "NLRA §7", "372 NLRB No. 113", "GC 26-03", "361 NLRB 308", "629 F. App'x 33")),
          entry(
              "confidentiality-must-allow-pay-talk",
              List.of("NLRA §7", "GC 26-03", "Equality Act 2010 s.77", "2023/970 art. 7")),
          entry("us-working-time-wording", List.of("T.R.W. Bearings", "Essex International")),
          entry(
              "no-criticism-ban-private-employees",
              List.of("Grunnloven §100", "Ot.prp. nr. 84", "Prop. 74 L (2018–2019)")),
          entry("criticism-ban-public-employees", List.of("lov nr. 557", "meddelarfrihet", "§100")),
          entry("us-policy-needs-rights-notice", List.of("NLRA §7")),
          entry("profile-disclosure-not-enough", List.of("255.5")),
          entry(
              "pharma-advocacy-of-products", List.of("2001/83/EC", "reg. 284(1)", "PMCPA", "2026")),
          entry(
              "broker-posts-need-archiving",
              List.of("17a-4", "4511", "10-06", "17-18", "secondary")),
          entry("regulated-sector-needs-compliance", List.of("FINRA Rule 2210", "HIPAA")),
          entry("pharma-interactions-count", List.of("PMCPA", "2026")),
          entry("anonymity-vs-us-rights", List.of("NLRA §7")));

  @Test
  void ids_and_listed_severities_match_the_table_in_order() {
    Map<String, Severity> actual = new LinkedHashMap<>();
    StandardRules.all().forEach(rule -> actual.put(rule.id(), rule.severity()));
    assertThat(actual.entrySet()).containsExactlyElementsOf(TABLE);
    assertThat(StandardRules.all()).hasSize(36);
  }

  @Test
  void ids_are_unique_and_kebab_case() {
    List<String> ids = StandardRules.all().stream().map(Rule::id).toList();
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
  }

  @Test
  void every_rule_has_a_source() {
    assertThat(StandardRules.all()).allSatisfy(rule -> assertThat(rule.source()).isNotBlank());
  }

  @Test
  void sources_name_what_a_reader_can_find_not_the_project_s_own_notes() {
    assertThat(StandardRules.all())
        .allSatisfy(
            rule ->
                assertThat(rule.source())
                    .as("source of %s", rule.id())
                    .doesNotContainIgnoringCase("seed")
                    .doesNotContainIgnoringCase("design brief"));
    assertThat(StandardRules.checker().rule("advocacy-vs-working-hours-ban").orElseThrow().source())
        .isEqualTo(
            "practice: \"8 ting din virksomhed bør overveje når I benytter de sociale medier\""
                + " (Danish article), point 8; the two choices contradict each other");
  }

  @Test
  void legal_rules_cite_the_sources_of_the_table() {
    CITATIONS.forEach(
        (id, citations) -> {
          Rule rule = StandardRules.checker().rule(id).orElseThrow();
          assertThat(rule.source()).as("source of %s", id).contains(citations);
        });
  }

  @Test
  void every_summary_resolves_in_english() {
    for (Rule rule : StandardRules.all()) {
      String key = "rule." + rule.id() + ".summary";
      assertThat(MessageBundle.standard().has(key)).as(key).isTrue();
      assertThat(rule.summary().key()).isEqualTo(key);
      assertThat(rule.summary().format(Language.ENGLISH)).as(key).isNotBlank().doesNotContain("{");
    }
  }

  @Test
  void every_summary_and_message_formats_in_every_language() {
    for (Rule rule : StandardRules.all()) {
      for (Language language : Language.standard()) {
        assertThat(rule.summary().format(language)).as("%s in %s", rule, language).isNotBlank();
        assertThat(MessageBundle.standard().has("rule." + rule.id() + ".message"))
            .as("message of %s", rule)
            .isTrue();
      }
    }
  }

  @Test
  void the_standard_checker_has_exactly_the_standard_rules() {
    assertThat(StandardRules.checker().rules()).isEqualTo(StandardRules.all());
    for (Rule rule : StandardRules.all()) {
      assertThat(StandardRules.checker().rule(rule.id())).containsSame(rule);
    }
  }

  @Test
  void every_rule_prints_as_its_id_first() {
    assertThat(StandardRules.all())
        .allSatisfy(rule -> assertThat(rule.toString()).startsWith(rule.id()));
  }

  @Test
  void the_list_is_immutable() {
    List<Rule> rules = StandardRules.all();
    assertThatThrownBy(() -> rules.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }
}
