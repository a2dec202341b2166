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
import dev.guidepost.policy.source.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
          entry("audience-on-a-rule-for-everyone", ERROR),
          entry("confidentiality-must-allow-pay-talk", WARNING), // error in the US for a pay topic
          entry("us-working-time-wording", WARNING),
          entry("de-company-accounts-need-works-council", WARNING),
          entry("criticism-ban-needs-whistleblowing-carve-out", WARNING),
          entry("no-criticism-ban-private-employees", WARNING),
          entry("us-criticism-ban-public-employees", WARNING),
          entry("se-criticism-ban-publicly-funded-providers", WARNING),
          entry("de-conduct-rules-need-works-council", WARNING),
          entry("photos-need-consent", WARNING),
          entry("private-use-vs-monitoring", WARNING),
          entry("gb-harassment-prevention", WARNING),
          entry("gb-protected-belief-sanctions", INFO),
          entry("us-monitoring-needs-notice", WARNING),
          entry("us-confidentiality-needs-immunity-notice", INFO),
          entry("us-accuracy-rule-too-broad", WARNING),
          entry("us-political-activity-state-laws", INFO),
          entry("us-approval-before-posting", WARNING),
          entry("us-legal-matters-confidentiality", WARNING),
          entry("us-disparagement-ban-too-broad", WARNING),
          entry("us-monitoring-vs-concerted-activity", INFO),
          entry("changes-need-representatives", WARNING)); // info in DK, NO, SE

  /** What each legal rule's sources must cite, as each jurisdiction writes it. */
  private static final Map<String, List<String>> CITATIONS =
      Map.ofEntries(
          entry(
              "advocacy-needs-disclosure",
              List.of(
                  "16 CFR Part 255",
                  "16 CFR § 465.5(b)(1)",
                  "§ 6, stk. 4, i markedsføringsloven",
                  "sag 18/05035")),
          entry(
              "credentials-never-requested",
              List.of(
                  "Md. Code, Lab. & Empl. § 3-712",
                  "Cal. Lab. Code § 980",
                  "N.Y. Lab. Law § 201-i(2)(a)",
                  "2/2017")),
          entry(
              "de-company-accounts-need-works-council",
              List.of("§ 87 Abs. 1 Nr. 6 BetrVG", "BAG, Beschluss vom 13.12.2016 – 1 ABR 7/15")),
          entry(
              "criticism-ban-needs-whistleblowing-carve-out",
              List.of(
                  "Employment Rights Act 1996, s. 43J(1)",
                  "§ 39 HinSchG",
                  "artikel 17e Wet bescherming klokkenluiders",
                  "§ 8 i lov nr. 1436 af 29. juni 2021",
                  "3 kap. lagen (2021:890)",
                  "arbeidsmiljøloven § 2 A-1")),
          entry(
              "monitoring-needs-consent",
              List.of(
                  "artikel 27 lid 1 onder k en l WOR",
                  "artikel 27 lid 3 WOR",
                  "artikel 27 lid 5 WOR",
                  "§ 87 Abs. 1 Nr. 6 BetrVG",
                  "kontrolforanstaltninger",
                  "arbeidsmiljøloven §§ 9-1 og 9-2",
                  "11 § lagen (1976:580) om medbestämmande i arbetslivet (MBL)",
                  "13 § lagen (1976:580) om medbestämmande i arbetslivet (MBL)",
                  "\"Monitoring workers\", checklists")),
          entry(
              "criticism-ban-us-nlra",
              List.of(
                  "National Labor Relations Act § 7",
                  "372 NLRB No. 113",
                  "GC 26-03",
                  "361 NLRB 308",
                  "629 F. App'x 33")),
          entry(
              "confidentiality-must-allow-pay-talk",
              List.of(
                  "National Labor Relations Act § 7",
                  "GC 26-03",
                  "Equality Act 2010, s. 77",
                  "Directive (EU) 2023/970, art. 7")),
          entry("us-working-time-wording", List.of("T.R.W. Bearings Division", "10-CA-15080")),
          entry(
              "se-criticism-ban-publicly-funded-providers",
              List.of("1–2 §§ lagen (2017:151)", "prop. 2016/17:31")),
          entry(
              "us-criticism-ban-public-employees",
              List.of("547 U.S. 410 (2006)", "391 U.S. 563 (1968)")),
          entry(
              "no-criticism-ban-private-employees",
              List.of(
                  "Grunnloven § 100",
                  "Ot.prp. nr. 84 (2005–2006) kap. 4.1.2",
                  "Prop. 74 L (2018–2019) kap. 5.1")),
          entry(
              "criticism-ban-public-employees",
              List.of(
                  "lov nr. 557",
                  "2 kap. 1 § regeringsformen",
                  "tryckfrihetsförordningen",
                  "Grunnloven § 100")),
          entry(
              "us-policy-needs-rights-notice",
              List.of("National Labor Relations Act § 7", "360 NLRB 619 (2014)")),
          entry(
              "profile-disclosure-not-enough",
              List.of("16 CFR § 255.5", "§ 6, stk. 4, i markedsføringsloven", "sag 18/05035")),
          entry(
              "pharma-advocacy-of-products",
              List.of(
                  "Directive 2001/83/EC, art. 88(1)",
                  "Human Medicines Regulations 2012, reg. 284(1)",
                  "PMCPA")),
          entry(
              "broker-posts-need-archiving", List.of("17a-4", "FINRA Rule 4511", "10-06", "17-18")),
          entry("regulated-sector-needs-compliance", List.of("FINRA Rule 2210", "HIPAA")),
          entry("pharma-interactions-count", List.of("PMCPA")),
          entry("anonymity-vs-us-rights", List.of("National Labor Relations Act § 7")),
          entry(
              "de-conduct-rules-need-works-council",
              List.of("§ 87 Abs. 1 Nr. 1 BetrVG", "14 BVGa 16/13")),
          entry("photos-need-consent", List.of("§ 22 KUG", "8 AZR 1010/13", "åndsverkloven § 104")),
          entry("private-use-vs-monitoring", List.of("Opinion 2/2017", "sect. 5.2")),
          entry(
              "gb-harassment-prevention",
              List.of("Equality Act 2010, s. 40A", "Act 2023, ss. 1 and 5(3)")),
          entry(
              "gb-protected-belief-sanctions",
              List.of("Equality Act 2010, s. 13", "[2025] EWCA Civ 109")),
          entry(
              "us-monitoring-needs-notice",
              List.of(
                  "N.Y. Civ. Rights Law § 52-c",
                  "Conn. Gen. Stat. § 31-48d(b)",
                  "Del. Code tit. 19, § 705(b)")),
          entry("us-confidentiality-needs-immunity-notice", List.of("18 U.S.C. § 1833(b)")),
          entry("us-accuracy-rule-too-broad", List.of("JD-27-12", "372 NLRB No. 113")),
          entry(
              "us-approval-before-posting",
              List.of("364 NLRB No. 92", "JD-27-12", "372 NLRB No. 113", "§ 7 (29 U.S.C. § 157)")),
          entry(
              "us-legal-matters-confidentiality",
              List.of("364 NLRB No. 92", "372 NLRB No. 113", "§ 7 (29 U.S.C. § 157)")),
          entry(
              "us-disparagement-ban-too-broad",
              List.of("361 NLRB 308", "629 F. App'x 33", "372 NLRB No. 113")),
          entry(
              "us-monitoring-vs-concerted-activity",
              List.of("§ 8(a)(1) (29 U.S.C. § 158(a)(1))", "366 NLRB No. 133")),
          entry(
              "changes-need-representatives",
              List.of(
                  "artikel 27 lid 1 onder k en l WOR",
                  "artikel 27 lid 3 WOR",
                  "artikel 27 lid 5 WOR",
                  "§ 87 Abs. 1 Nr. 1 BetrVG",
                  "§ 87 Abs. 1 Nr. 6 BetrVG",
                  "§ 87 Abs. 2 BetrVG",
                  "pkt. 2",
                  "AR2014.0228",
                  "arbeidsmiljøloven § 9-2",
                  "11 § lagen (1976:580)",
                  "13 § lagen (1976:580)")),
          entry(
              "us-political-activity-state-laws",
              List.of(
                  "Cal. Lab. Code §§ 1101–1102",
                  "N.Y. Lab. Law § 201-d(2)(a)",
                  "Colo. Rev. Stat. § 24-34-402.5(1)",
                  "Conn. Gen. Stat. § 31-51q(b)")));

  /** The legal rules whose citations carry the day they were last checked against the law. */
  private static final Set<String> REVIEWED =
      Set.of(
          "advocacy-needs-disclosure",
          "profile-disclosure-not-enough",
          "pharma-advocacy-of-products",
          "credentials-never-requested",
          "monitoring-needs-consent",
          "de-company-accounts-need-works-council",
          "criticism-ban-us-nlra",
          "criticism-ban-needs-whistleblowing-carve-out",
          "no-criticism-ban-private-employees",
          "us-criticism-ban-public-employees",
          "se-criticism-ban-publicly-funded-providers",
          "us-policy-needs-rights-notice",
          "anonymity-vs-us-rights",
          "confidentiality-must-allow-pay-talk",
          "us-working-time-wording",
          "broker-posts-need-archiving",
          "pharma-interactions-count",
          "de-conduct-rules-need-works-council",
          "photos-need-consent",
          "gb-harassment-prevention",
          "gb-protected-belief-sanctions",
          "us-monitoring-needs-notice",
          "us-confidentiality-needs-immunity-notice",
          "us-accuracy-rule-too-broad",
          "us-political-activity-state-laws",
          "us-approval-before-posting",
          "us-legal-matters-confidentiality",
          "us-disparagement-ban-too-broad",
          "us-monitoring-vs-concerted-activity",
          "changes-need-representatives");

  @Test
  void ids_and_listed_severities_match_the_table_in_order() {
    Map<String, Severity> actual = new LinkedHashMap<>();
    StandardRules.all().forEach(rule -> actual.put(rule.id(), rule.severity()));
    assertThat(actual.entrySet()).containsExactlyElementsOf(TABLE);
    assertThat(StandardRules.all()).hasSize(53);
  }

  @Test
  void ids_are_unique_and_kebab_case() {
    List<String> ids = StandardRules.all().stream().map(Rule::id).toList();
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
  }

  @Test
  void sources_name_what_a_reader_can_find_not_the_project_s_own_notes() {
    for (Rule rule : StandardRules.all()) {
      for (Language language : Language.standard()) {
        assertThat(rule.sources().message().format(language))
            .as("sources of %s in %s", rule.id(), language)
            .isNotBlank()
            .doesNotContainIgnoringCase("seed")
            .doesNotContainIgnoringCase("design brief");
      }
    }
  }

  @Test
  void sources_are_written_in_the_reader_s_language_around_the_citation() {
    Rule rule = StandardRules.checker().rule("advocacy-vs-working-hours-ban").orElseThrow();
    assertThat(rule.sources().message().format(Language.DANISH))
        .isEqualTo(
            "praksis: \"8 ting din virksomhed bør overveje når I benytter de sociale medier\","
                + " punkt 8");
    Rule nlra = StandardRules.checker().rule("anonymity-vs-us-rights").orElseThrow();
    assertThat(nlra.sources().message().format(Language.SWEDISH))
        .isEqualTo(
            "National Labor Relations Act § 7 (29 U.S.C. § 157) (USA); Stericycle, Inc., 372 NLRB"
                + " No. 113 (2023) (USA, väntas ändras). Senast granskad den 3 december 2026");
    for (Rule each : StandardRules.all()) {
      for (Language language : List.of(Language.DANISH, Language.SWEDISH, Language.NORWEGIAN)) {
        assertThat(each.sources().message().format(language))
            .as("sources of %s in %s", each.id(), language)
            .doesNotContain("practice:", "point ", "Last reviewed", "under review", "read in");
      }
    }
  }

  @Test
  void legal_rules_cite_the_sources_of_the_table() {
    CITATIONS.forEach(
        (id, citations) -> {
          Rule rule = StandardRules.checker().rule(id).orElseThrow();
          List<String> cited = rule.sources().all().stream().map(Source::citation).toList();
          assertThat(String.join("; ", cited)).as("sources of %s", id).contains(citations);
        });
  }

  @Test
  void the_legal_rules_reviewed_against_the_law_say_when() {
    for (Rule rule : StandardRules.all()) {
      assertThat(rule.sources().reviewed().isPresent())
          .as("%s says when its citations were last reviewed", rule.id())
          .isEqualTo(REVIEWED.contains(rule.id()));
    }
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
