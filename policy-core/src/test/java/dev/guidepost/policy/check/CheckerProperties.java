package dev.guidepost.policy.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.guidepost.policy.generate.Property;
import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the checker over seeded random policies; see {@link Property} for seeds and
 * shrinking. The clock is fixed so that review-overdue does not depend on the day of the run.
 */
class CheckerProperties {
  private static final Checker CHECKER =
      StandardRules.checker().toBuilder()
          .clock(Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC))
          .build();

  @Test
  void checking_never_throws() {
    Property.forAll(
        policy ->
            assertThatCode(
                    () -> {
                      Report report = CHECKER.check(policy);
                      for (Finding finding : report.findings()) {
                        assertThat(finding.facts()).as("facts of %s", finding).isNotEmpty();
                        finding.message().format(Language.ENGLISH);
                        finding.advice().ifPresent(a -> a.format(Language.ENGLISH));
                        finding.facts().forEach(f -> f.message().format(Language.ENGLISH));
                        finding
                            .suggestions()
                            .forEach(s -> s.messages().forEach(m -> m.format(Language.ENGLISH)));
                      }
                      report.describe(Language.ENGLISH);
                    })
                .doesNotThrowAnyException());
  }

  @Test
  void the_report_is_deterministic() {
    PolicyJson json = PolicyJson.standard();
    Property.forAll(
        policy -> {
          Report first = CHECKER.check(policy);
          Report second = CHECKER.check(policy);
          assertThat(second).isEqualTo(first);
          assertThat(second.findings()).containsExactlyElementsOf(first.findings());
          assertThat(CHECKER.check(reversed(policy)).findings())
              .as("an equal policy with its decisions in another order")
              .containsExactlyElementsOf(first.findings());
          assertThat(CHECKER.check(json.read(json.write(policy)))).isEqualTo(first);
        });
  }

  @Test
  void every_verified_suggestion_clears_its_finding_and_adds_no_error_or_warning() {
    Property.forAll(
        policy -> {
          Report report = CHECKER.check(policy);
          for (Finding finding : report.findings()) {
            for (Suggestion fix : finding.fixes()) {
              Report after = CHECKER.check(fix.applyTo(policy));
              assertThat(keys(after.findings()))
                  .as("%s after applying %s", finding, fix)
                  .doesNotContain(key(finding));
              assertThat(Objections.added(report, after))
                  .as("new errors and warnings after applying %s for %s", fix, finding)
                  .isEmpty();
            }
          }
        });
  }

  @Test
  void every_unverified_suggestion_leaves_its_finding_or_adds_an_error_or_a_warning() {
    Property.forAll(
        policy -> {
          Report report = CHECKER.check(policy);
          for (Finding finding : report.findings()) {
            for (Suggestion suggestion : finding.suggestions()) {
              if (suggestion.verified()) {
                continue;
              }
              Report after = CHECKER.check(suggestion.applyTo(policy));
              boolean cleared = !keys(after.findings()).contains(key(finding));
              boolean noNewObjection = Objections.added(report, after).isEmpty();
              assertThat(cleared && noNewObjection)
                  .as("%s after applying the unverified %s", finding, suggestion)
                  .isFalse();
            }
          }
        });
  }

  @Test
  void fix_leaves_no_verified_fix() {
    Property.forAll(
        100,
        policy -> {
          Policy fixed = CHECKER.fix(policy);
          Report report = CHECKER.check(fixed);
          assertThat(report.findings().stream().flatMap(f -> f.fixes().stream()).toList())
              .as("verified fixes left after fix: %s", report)
              .isEmpty();
          assertThat(report.errors().size())
              .isLessThanOrEqualTo(CHECKER.check(policy).errors().size());
        });
  }

  private static Policy reversed(Policy policy) {
    List<Decision> decisions = new ArrayList<>(policy.decisions().values());
    java.util.Collections.reverse(decisions);
    Map<String, Decision> map = new LinkedHashMap<>();
    decisions.forEach(d -> map.put(d.area(), d));
    return policy.toBuilder().decisions(map).build();
  }

  private static String key(Finding finding) {
    return finding.rule() + finding.areas() + finding.message();
  }

  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(CheckerProperties::key).toList();
  }
}
