package dev.guidepost.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Objections;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.check.Suggestion;
import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.Criticism;
import dev.guidepost.policy.standard.PoliticalActivity;
import dev.guidepost.policy.standard.WorkingHours;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks the rule corpus in {@code src/test/resources/dev/guidepost/policy/rules/corpus}: one folder
 * per rule id, holding {@code bad-<severity>-<case>.json} policies that must fire the rule with
 * that severity and {@code ok-<case>.json} near misses that must not.
 */
class RuleCorpusTest {
  /** The corpus clock: review-overdue cases are dated against 2026-11-21. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

  static final Checker CHECKER = StandardRules.checker().toBuilder().clock(CLOCK).build();

  /** Rules whose table row gives advice only, no concrete decisions to suggest. */
  private static final Set<String> NO_SUGGESTION =
      Set.of(
          "review-overdue",
          "us-confidentiality-needs-immunity-notice",
          "us-monitoring-vs-concerted-activity");

  private static final Path CORPUS =
      Path.of(System.getProperty("basedir", "."))
          .resolve("src/test/resources/dev/guidepost/policy/rules/corpus");

  private final PolicyJson json = PolicyJson.standard();

  @TestFactory
  Stream<DynamicNode> every_corpus_case() throws IOException {
    List<Path> folders = folders();
    assertThat(folders).isNotEmpty();
    return folders.stream()
        .map(
            folder -> {
              String rule = folder.getFileName().toString();
              return DynamicContainer.dynamicContainer(
                  rule,
                  cases(folder).stream()
                      .map(
                          file ->
                              dynamicTest(file.getFileName().toString(), () -> run(rule, file))));
            });
  }

  @Test
  void every_rule_has_a_corpus_folder_with_a_bad_and_an_ok_case() throws IOException {
    for (Rule rule : StandardRules.all()) {
      Path folder = CORPUS.resolve(rule.id());
      assertThat(folder).as("corpus folder of %s", rule.id()).isDirectory();
      List<String> names = cases(folder).stream().map(f -> f.getFileName().toString()).toList();
      assertThat(names).as("bad cases of %s", rule.id()).anyMatch(n -> n.startsWith("bad-"));
      assertThat(names).as("ok cases of %s", rule.id()).anyMatch(n -> n.startsWith("ok-"));
    }
  }

  @Test
  void every_corpus_folder_is_a_rule_and_every_file_is_named_by_the_convention()
      throws IOException {
    Set<String> ids = Set.copyOf(StandardRules.all().stream().map(Rule::id).toList());
    for (Path folder : folders()) {
      assertThat(ids).contains(folder.getFileName().toString());
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .allMatch(n -> n.matches("(bad-(error|warning|info)|ok)-[a-z0-9-]+\\.json"));
      }
    }
  }

  /** The rules that rest on law: every suggestion they make must itself be lawful. */
  private static final Set<String> LEGAL =
      Set.of(
          "credentials-never-requested",
          "criticism-ban-without-internal-channel",
          "criticism-ban-us-nlra",
          "criticism-ban-public-employees",
          "us-policy-needs-rights-notice",
          "anonymity-vs-us-rights",
          "confidentiality-must-allow-pay-talk",
          "us-working-time-wording",
          "us-approval-before-posting",
          "us-legal-matters-confidentiality",
          "us-disparagement-ban-too-broad",
          "changes-need-representatives");

  @Test
  void every_suggestion_of_a_legal_rule_adds_no_error_or_warning_in_the_country_of_its_bad_case()
      throws IOException {
    int applied = 0;
    for (String rule : LEGAL) {
      for (Path file : cases(CORPUS.resolve(rule))) {
        if (!file.getFileName().toString().startsWith("bad-")) {
          continue;
        }
        Policy policy = json.read(file);
        Report report = CHECKER.check(policy);
        for (Finding finding : report.findingsOf(rule)) {
          for (Suggestion suggestion : finding.suggestions()) {
            Report after = CHECKER.check(suggestion.applyTo(policy));
            assertThat(after.findingsOf(rule))
                .as("%s after %s on %s", rule, suggestion, file)
                .isEmpty();
            assertThat(Objections.added(report, after))
                .as("new errors and warnings after %s on %s", suggestion, file)
                .isEmpty();
            assertThat(suggestion.verified()).as("%s on %s", suggestion, file).isTrue();
            applied++;
          }
        }
      }
    }
    assertThat(applied).isGreaterThan(LEGAL.size());
  }

  @Test
  void criticism_chosen_as_not_addressed_is_a_missing_core_area() {
    Policy policy =
        Policy.builder()
            .organisation(Organisation.of("Acme", Country.DK))
            .decide(Confidentiality.allInternalInformation())
            .decide(WorkingHours.breaksOnly())
            .decide(Criticism.notAddressed())
            .build();
    assertThat(CHECKER.check(policy).findingsOf("core-areas-addressed")).hasSize(1);
  }

  @Test
  void political_activity_chosen_as_not_addressed_fires_impartiality() {
    Policy policy =
        Policy.builder()
            .organisation(
                Organisation.builder()
                    .name("Acme")
                    .country(Country.DK)
                    .sector(Sector.PUBLIC_SECTOR)
                    .build())
            .decide(PoliticalActivity.notAddressed())
            .build();
    assertThat(CHECKER.check(policy).findingsOf("public-sector-impartiality")).hasSize(1);
  }

  private void run(String rule, Path file) throws IOException {
    String name = file.getFileName().toString();
    Policy policy = json.read(file);
    Report report = CHECKER.check(policy);
    List<Finding> findings = report.findingsOf(rule);
    if (name.startsWith("ok-")) {
      assertThat(findings).as("%s must not fire on %s", rule, name).isEmpty();
      return;
    }
    String severity = name.substring("bad-".length(), name.indexOf('-', "bad-".length()));
    Severity expected = Severity.fromId(severity).orElseThrow();
    assertThat(findings).as("%s must fire once on %s: %s", rule, name, report).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.severity()).as("severity of %s on %s", rule, name).isEqualTo(expected);
    assertThat(finding.facts()).as("facts").isNotEmpty();
    assertThat(finding.sources())
        .isEqualTo(StandardRules.checker().rule(rule).orElseThrow().sources());
    finding.facts().forEach(fact -> assertTrue(policy, fact));
    for (Language language : Language.standard()) {
      assertThat(finding.message().format(language)).isNotBlank();
      finding.advice().ifPresent(advice -> assertThat(advice.format(language)).isNotBlank());
      finding.facts().forEach(fact -> assertThat(fact.message().format(language)).isNotBlank());
    }
    if (NO_SUGGESTION.contains(rule)) {
      return;
    }
    assertThat(finding.fixes()).as("verified fixes of %s on %s", rule, name).isNotEmpty();
    for (Suggestion fix : finding.fixes()) {
      Report after = CHECKER.check(fix.applyTo(policy));
      assertThat(after.findingsOf(rule)).as("%s after applying %s", rule, fix).isEmpty();
      assertThat(Objections.added(report, after))
          .as("new errors and warnings in %s after %s", policy.organisation().country(), fix)
          .isEmpty();
    }
  }

  /** A fact must describe the policy as it is. */
  private static void assertTrue(Policy policy, Fact fact) {
    Organisation organisation = policy.organisation();
    switch (fact.kind()) {
      case DECISION ->
          assertThat(policy.decision(fact.subject()).map(d -> d.option().id()))
              .as("fact %s", fact)
              .hasValue(fact.value());
      case NOT_ADDRESSED -> assertThat(policy.decision(fact.subject())).as("%s", fact).isEmpty();
      case PARAMETER -> assertThat(policy.decision(fact.subject())).as("%s", fact).isPresent();
      case COUNTRY ->
          assertThat(organisation.countries().stream().map(Country::code))
              .as("%s", fact)
              .contains(fact.value());
      case SECTOR -> assertThat(fact.value()).isEqualTo(organisation.sector().id());
      case EMPLOYEE_REPRESENTATION ->
          assertThat(fact.value()).isEqualTo(organisation.employeeRepresentation().id());
    }
  }

  static List<String> keys(List<Finding> findings) {
    return findings.stream().map(f -> f.rule() + f.areas() + f.message()).toList();
  }

  private static List<Path> folders() throws IOException {
    try (Stream<Path> folders = Files.list(CORPUS)) {
      return folders.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static List<Path> cases(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
