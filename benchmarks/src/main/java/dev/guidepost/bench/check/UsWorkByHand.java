package dev.guidepost.bench.check;

import static dev.guidepost.bench.check.ByHand.country;
import static dev.guidepost.bench.check.ByHand.decided;
import static dev.guidepost.bench.check.ByHand.finding;
import static dev.guidepost.bench.check.ByHand.is;
import static dev.guidepost.bench.check.ByHand.parameter;
import static dev.guidepost.bench.check.ByHand.sector;
import static dev.guidepost.bench.check.ByHand.state;
import static dev.guidepost.bench.check.ByHand.value;

import dev.guidepost.bench.check.FindingView.Fix;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.standard.AskFirst;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.Disparagement;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The US work rules (approval, legal matters, disparagement) written out by hand. */
final class UsWorkByHand {
  private UsWorkByHand() {}

  private static boolean usPrivate(Policy p) {
    return p.organisation().country().equals(Country.US)
        && p.organisation().sector() != Sector.PUBLIC_SECTOR;
  }

  static boolean approval(Policy p) {
    return usPrivate(p)
        && p.organisation().sector() != Sector.FINANCIAL_SERVICES
        && is(p, AskFirst.APPROVAL_REQUIRED);
  }

  static void approval(Policy p, List<FindingView> out) {
    Decision advice = Decision.of(AskFirst.ADVICE);
    for (Map.Entry<String, ParameterValue> value :
        ByHand.decision(p, AskFirst.ID).values().entrySet()) {
      advice = advice.withValue(value.getKey(), value.getValue());
    }
    out.add(
        finding(
            "us-approval-before-posting",
            Severity.WARNING,
            p,
            List.of(country(p), sector(p), decided(AskFirst.APPROVAL_REQUIRED)),
            List.of(Fix.of(advice))));
  }

  static boolean legalMatters(Policy p) {
    ParameterValue topics = value(p, Confidentiality.LISTED_TOPICS, Confidentiality.TOPICS);
    return usPrivate(p) && topics != null && topics.asList().contains(Topic.LEGAL_MATTERS.id());
  }

  static void legalMatters(Policy p, List<FindingView> out) {
    ParameterValue topics =
        Objects.requireNonNull(value(p, Confidentiality.LISTED_TOPICS, Confidentiality.TOPICS));
    List<String> rest = new ArrayList<>(topics.asList());
    rest.remove(Topic.LEGAL_MATTERS.id());
    Decision decision = ByHand.decision(p, Confidentiality.ID);
    out.add(
        finding(
            "us-legal-matters-confidentiality",
            Severity.WARNING,
            p,
            List.of(
                country(p),
                sector(p),
                state(p, Confidentiality.ID),
                parameter(Confidentiality.LISTED_TOPICS, Confidentiality.TOPICS, topics)),
            rest.isEmpty()
                ? List.of()
                : List.of(
                    Fix.of(
                        decision.withValue(
                            Confidentiality.TOPICS, ParameterValue.ofChoices(rest))))));
  }

  static boolean disparagement(Policy p) {
    return usPrivate(p) && is(p, Disparagement.COMPANY_OR_PEOPLE);
  }

  static void disparagement(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "us-disparagement-ban-too-broad",
            Severity.WARNING,
            p,
            List.of(country(p), sector(p), decided(Disparagement.COMPANY_OR_PEOPLE)),
            List.of(Fix.of(Disparagement.productsAndServices()))));
  }

  static boolean monitoring(Policy p) {
    return usPrivate(p)
        && (is(p, Monitoring.PUBLIC_CONTENT_ONLY) || is(p, Monitoring.ACTIVE_MONITORING));
  }

  static void monitoring(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "us-monitoring-vs-concerted-activity",
            Severity.INFO,
            p,
            List.of(country(p), sector(p), state(p, Monitoring.ID)),
            List.of()));
  }
}
