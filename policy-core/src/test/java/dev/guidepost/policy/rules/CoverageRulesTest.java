package dev.guidepost.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Reads;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.condition.DeclarativeRule;
import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.CompanyPresence;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.Covers;
import dev.guidepost.policy.standard.Network;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the document covers (issue 12): realistic guidelines for employees' own use, on which no
 * rule about the organisation's accounts and no spurious {@code core-areas-addressed} fires, and
 * handbooks for the accounts, on which no rule about employees' own use fires. Each document,
 * stripped of its {@code covers} decision, fires the rules again, so the corpus proves the area is
 * what keeps them silent.
 */
class CoverageRulesTest {
  private static final Checker CHECKER = RuleCorpusTest.CHECKER;

  /** The rules of good practice about the organisation's accounts. */
  static final Set<String> ACCOUNT_RULES =
      Set.of(
          "company-accounts-need-ownership",
          "company-accounts-need-offboarding",
          "company-accounts-need-owner",
          "presence-needs-purpose",
          "purpose-needs-measurement",
          "broker-posts-need-archiving",
          "de-company-accounts-need-works-council");

  /** The rules of good practice about employees' own use. */
  static final Set<String> OWN_USE_RULES =
      Set.of(
          "advocacy-vs-working-hours-ban",
          "advocacy-vs-central-communication",
          "advocacy-needs-shareable-content",
          "speaking-for-company-needs-disclosure",
          "no-obligation-to-connect",
          "public-sector-impartiality",
          "pharma-interactions-count");

  private static final Path CORPUS =
      Path.of(System.getProperty("basedir", "."))
          .resolve("src/test/resources/dev/guidepost/policy/rules/coverage");

  private final PolicyJson json = PolicyJson.standard();

  @Test
  void no_account_rule_and_no_core_area_gap_fires_on_guidelines_for_employees_own_use()
      throws IOException {
    List<Path> files = files("employees-own-use");
    assertThat(files).hasSizeGreaterThanOrEqualTo(4);
    for (Path file : files) {
      Policy policy = json.read(file);
      assertThat(policy.decision(Covers.ID)).hasValue(Covers.employeesOwnUse());
      Report report = CHECKER.check(policy);
      assertThat(rules(report))
          .as("%s", file.getFileName())
          .doesNotContainAnyElementsOf(ACCOUNT_RULES);
      assertThat(rules(report)).as("%s", file.getFileName()).doesNotContain("core-areas-addressed");
      assertThat(report.errors()).as("%s", file.getFileName()).isEmpty();

      Report unsaid = CHECKER.check(withoutCoverage(policy));
      assertThat(rules(unsaid))
          .as("%s without its coverage", file.getFileName())
          .contains("company-accounts-need-ownership", "company-accounts-need-offboarding");
    }
  }

  @Test
  void no_own_use_rule_and_no_core_area_gap_fires_on_handbooks_for_the_accounts()
      throws IOException {
    List<Path> files = files("official-accounts");
    assertThat(files).hasSizeGreaterThanOrEqualTo(2);
    for (Path file : files) {
      Policy policy = json.read(file);
      assertThat(policy.decision(Covers.ID)).hasValue(Covers.officialAccounts());
      Report report = CHECKER.check(policy);
      assertThat(rules(report))
          .as("%s", file.getFileName())
          .doesNotContainAnyElementsOf(OWN_USE_RULES);
      assertThat(rules(report))
          .as("%s", file.getFileName())
          .doesNotContainAnyElementsOf(ACCOUNT_RULES);
      assertThat(rules(report)).as("%s", file.getFileName()).doesNotContain("core-areas-addressed");

      Report unsaid = CHECKER.check(withoutCoverage(policy));
      Policy unsaidInDenmark =
          Policy.builder()
              .from(withoutCoverage(policy))
              .organisation(policy.organisation().in(Country.DK))
              .build();
      assertThat(rules(CHECKER.check(unsaidInDenmark)))
          .as("%s without its coverage, in Denmark", file.getFileName())
          .contains("core-areas-addressed");
      assertThat(rules(unsaid))
          .as("%s without its coverage", file.getFileName())
          .containsAnyElementsOf(OWN_USE_RULES);
    }
  }

  @Test
  void a_handbook_for_the_accounts_still_needs_its_confidentiality() {
    Policy handbook =
        Policy.builder()
            .organisation(Organisation.of("Acme A/S", Country.DK))
            .decide(Covers.officialAccounts())
            .build();

    List<Finding> findings = CHECKER.check(handbook).findingsOf("core-areas-addressed");

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).facts())
        .extracting(Fact::subject)
        .containsExactly(Confidentiality.ID);
    assertThat(findings.get(0).fixes()).hasSize(1);
    assertThat(findings.get(0).fixes().get(0).decisions())
        .extracting(Decision::area)
        .containsExactly(Confidentiality.ID);
  }

  @Test
  void a_finding_says_the_same_whether_the_coverage_is_both_or_not_decided() {
    Policy both =
        Policy.builder()
            .organisation(Organisation.of("Acme A/S", Country.DK))
            .decide(Covers.both())
            .decide(CompanyPresence.officialAccounts(Network.LINKEDIN))
            .build();

    Finding decided = CHECKER.check(both).findingsOf("company-accounts-need-owner").get(0);
    Finding unsaid =
        CHECKER.check(withoutCoverage(both)).findingsOf("company-accounts-need-owner").get(0);

    assertThat(decided.facts().stream().map(Fact::toString))
        .containsExactly("company-presence = official-accounts", "governance = not-addressed");
    assertThat(decided.facts()).isEqualTo(unsaid.facts());
    assertThat(decided.areas()).isEqualTo(unsaid.areas()).doesNotContain(Covers.ID);
    assertThat(decided.fixes()).isEqualTo(unsaid.fixes());
  }

  @Test
  void every_rule_that_reads_the_coverage_declares_it() {
    Set<String> gated = new LinkedHashSet<>(ACCOUNT_RULES);
    gated.addAll(OWN_USE_RULES);
    gated.add("core-areas-addressed");
    for (Rule rule : StandardRules.all()) {
      if (!(rule instanceof DeclarativeRule declarative)) {
        continue;
      }
      boolean reads = declarative.condition().areas().contains(Covers.ID);
      assertThat(reads).as("%s reads coverage", rule.id()).isEqualTo(gated.contains(rule.id()));
      Set<String> areas = new LinkedHashSet<>(declarative.condition().areas());
      assertThat(rule.reads()).as("%s", rule.id()).isEqualTo(Reads.areas(areas));
    }
  }

  private static Policy withoutCoverage(Policy policy) {
    Map<String, Decision> decisions = new LinkedHashMap<>(policy.decisions());
    decisions.remove(Covers.ID);
    return policy.toBuilder().decisions(decisions).build();
  }

  private static List<String> rules(Report report) {
    return report.findings().stream().map(Finding::rule).toList();
  }

  private static List<Path> files(String kind) {
    try (Stream<Path> files = Files.list(CORPUS.resolve(kind))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
