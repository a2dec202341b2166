package dev.guidepost.bench.check;

import static dev.guidepost.bench.check.ByHand.country;
import static dev.guidepost.bench.check.ByHand.decided;
import static dev.guidepost.bench.check.ByHand.finding;
import static dev.guidepost.bench.check.ByHand.is;
import static dev.guidepost.bench.check.ByHand.sector;
import static dev.guidepost.bench.check.ByHand.state;

import dev.guidepost.bench.check.FindingView.Fix;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.PoliticalActivity;
import java.util.List;

/** The rules on US notices and state laws, by hand: each a test and the finding it makes. */
final class NoticeByHand {
  private NoticeByHand() {}

  static boolean usMonitoring(Policy p) {
    return p.organisation().country().equals(Country.US) && is(p, Monitoring.ACTIVE_MONITORING);
  }

  static void usMonitoring(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "us-monitoring-needs-notice",
            Severity.WARNING,
            p,
            List.of(country(p), decided(Monitoring.ACTIVE_MONITORING)),
            List.of(Fix.of(Monitoring.publicContentOnly()), Fix.of(Monitoring.none()))));
  }

  static boolean usImmunityNotice(Policy p) {
    return p.organisation().country().equals(Country.US)
        && (is(p, Confidentiality.LISTED_TOPICS)
            || is(p, Confidentiality.ALL_INTERNAL_INFORMATION));
  }

  static void usImmunityNotice(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "us-confidentiality-needs-immunity-notice",
            Severity.INFO,
            p,
            List.of(country(p), state(p, Confidentiality.ID)),
            List.of()));
  }

  static boolean usPolitics(Policy p) {
    Sector sector = p.organisation().sector();
    return p.organisation().country().equals(Country.US)
        && sector != Sector.PUBLIC_SECTOR
        && sector != Sector.MEDIA
        && is(p, PoliticalActivity.IMPARTIALITY_REQUIRED);
  }

  static void usPolitics(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "us-political-activity-state-laws",
            Severity.INFO,
            p,
            List.of(country(p), sector(p), decided(PoliticalActivity.IMPARTIALITY_REQUIRED)),
            List.of(Fix.of(PoliticalActivity.privateCapacityOnly()))));
  }
}
