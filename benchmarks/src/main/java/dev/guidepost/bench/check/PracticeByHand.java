package dev.guidepost.bench.check;

import static dev.guidepost.bench.check.ByHand.country;
import static dev.guidepost.bench.check.ByHand.coversEmployeesOwnUse;
import static dev.guidepost.bench.check.ByHand.decided;
import static dev.guidepost.bench.check.ByHand.decision;
import static dev.guidepost.bench.check.ByHand.finding;
import static dev.guidepost.bench.check.ByHand.is;
import static dev.guidepost.bench.check.ByHand.missing;
import static dev.guidepost.bench.check.ByHand.parameter;
import static dev.guidepost.bench.check.ByHand.state;
import static dev.guidepost.bench.check.ByHand.value;

import dev.guidepost.bench.check.FindingView.Fix;
import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.Connections;
import dev.guidepost.policy.standard.Consequences;
import dev.guidepost.policy.standard.Covers;
import dev.guidepost.policy.standard.Criticism;
import dev.guidepost.policy.standard.Review;
import dev.guidepost.policy.standard.Sanction;
import dev.guidepost.policy.standard.Topic;
import dev.guidepost.policy.standard.WorkingHours;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The rules of good practice, the time limit and the overdue review, by hand. */
final class PracticeByHand {
  private PracticeByHand() {}

  static boolean noObligationToConnect(Policy p) {
    return is(p, Connections.EXPECTED_TO_CONNECT) && coversEmployeesOwnUse(p);
  }

  static void noObligationToConnect(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "no-obligation-to-connect",
            Severity.WARNING,
            p,
            List.of(decided(Connections.EXPECTED_TO_CONNECT)),
            List.of(
                Fix.of(Connections.freeToDecline()), Fix.of(Connections.managersDoNotInitiate()))));
  }

  /** Listed sanctions that name a dismissal but neither a conversation nor a written warning. */
  private static boolean dismissalListedFirst(Policy p) {
    ParameterValue listed = value(p, Consequences.LISTED_SANCTIONS, Consequences.SANCTIONS);
    if (listed == null) {
      return false;
    }
    List<String> ids = listed.asList();
    return (ids.contains(Sanction.ORDINARY_DISMISSAL.id())
            || ids.contains(Sanction.SUMMARY_DISMISSAL.id()))
        && !ids.contains(Sanction.CONVERSATION.id())
        && !ids.contains(Sanction.WRITTEN_WARNING.id());
  }

  static boolean sanctionsProportionality(Policy p) {
    return is(p, Consequences.DISMISSAL_POSSIBLE) || dismissalListedFirst(p);
  }

  static void sanctionsProportionality(Policy p, List<FindingView> out) {
    List<Fact> facts = new ArrayList<>();
    if (is(p, Consequences.DISMISSAL_POSSIBLE)) {
      facts.add(decided(Consequences.DISMISSAL_POSSIBLE));
    } else {
      facts.add(decided(Consequences.LISTED_SANCTIONS));
      facts.add(
          parameter(
              Consequences.LISTED_SANCTIONS,
              Consequences.SANCTIONS,
              value(p, Consequences.LISTED_SANCTIONS, Consequences.SANCTIONS)));
    }
    out.add(
        finding(
            "sanctions-need-proportionality",
            Severity.INFO,
            p,
            facts,
            List.of(Fix.of(Consequences.graduated()))));
  }

  /**
   * Criticism not decided, or chosen as not addressed by a policy that does not say what it covers
   * (one that does has chosen it deliberately).
   */
  private static boolean criticismOpen(Policy p) {
    return missing(p, Criticism.ID) || (is(p, Criticism.NOT_ADDRESSED) && missing(p, Covers.ID));
  }

  /** Working hours not decided, where the practice articles that name them were written. */
  private static boolean workingHoursGap(Policy p) {
    Country country = p.organisation().country();
    return (country.equals(Country.DK) || country.equals(Country.NL))
        && missing(p, WorkingHours.ID);
  }

  /** Criticism open, where the practice articles that name it were written. */
  private static boolean criticismGap(Policy p) {
    Country country = p.organisation().country();
    return (country.equals(Country.DK) || country.equals(Country.NO) || country.equals(Country.NL))
        && criticismOpen(p);
  }

  /** Working hours or criticism open, in a document that covers employees' own use. */
  private static boolean ownUseOpen(Policy p) {
    return coversEmployeesOwnUse(p) && (workingHoursGap(p) || criticismGap(p));
  }

  static boolean coreAreas(Policy p) {
    return missing(p, Confidentiality.ID) || ownUseOpen(p);
  }

  static void coreAreas(Policy p, List<FindingView> out) {
    List<Fact> facts = new ArrayList<>();
    List<Decision> fix = new ArrayList<>();
    if (missing(p, Confidentiality.ID)) {
      facts.add(state(p, Confidentiality.ID));
      fix.add(
          Confidentiality.listedTopics(
              Topic.CUSTOMERS, Topic.FINANCIALS, Topic.COMPANY_INFORMATION, Topic.PERSONAL_DATA));
    }
    if (ownUseOpen(p)) {
      if (workingHoursGap(p)) {
        facts.add(country(p));
        facts.add(state(p, WorkingHours.ID));
        fix.add(WorkingHours.breaksOnly());
      }
      if (criticismGap(p)) {
        if (!facts.contains(country(p))) {
          facts.add(country(p));
        }
        facts.add(state(p, Criticism.ID));
        fix.add(Criticism.raiseInternallyFirst());
      }
    }
    out.add(
        finding("core-areas-addressed", Severity.WARNING, p, facts, List.of(new Fix(fix, false))));
  }

  static boolean needsReview(Policy p) {
    return missing(p, Review.ID)
        || is(p, Review.NONE)
        || is(p, Review.CHECK_BACK)
        || is(p, Review.CHANGED_WITHOUT_NOTICE);
  }

  static void needsReview(Policy p, List<FindingView> out) {
    String message = "rule.policy-needs-review.message";
    if (is(p, Review.CHECK_BACK)) {
      message += ".check-back";
    } else if (is(p, Review.CHANGED_WITHOUT_NOTICE)) {
      message += ".changed-without-notice";
    } else if (missing(p, Review.ID)) {
      message += ".not-addressed";
    }
    out.add(
        finding(
            "policy-needs-review",
            message,
            Severity.INFO,
            p,
            List.of(state(p, Review.ID)),
            List.of(Fix.of(Review.every(12)))));
  }

  static boolean timeLimit(Policy p) {
    ParameterValue minutes = value(p, WorkingHours.TIME_LIMITED, WorkingHours.MINUTES_PER_DAY);
    return minutes != null && (minutes.asInteger() < 1 || minutes.asInteger() > 480);
  }

  static void timeLimit(Policy p, List<FindingView> out) {
    ParameterValue minutes = value(p, WorkingHours.TIME_LIMITED, WorkingHours.MINUTES_PER_DAY);
    long clamped = Math.min(Math.max(minutes == null ? 1 : minutes.asInteger(), 1), 480);
    out.add(
        finding(
            "time-limit-in-range",
            Severity.ERROR,
            p,
            List.of(
                decided(WorkingHours.TIME_LIMITED),
                parameter(WorkingHours.TIME_LIMITED, WorkingHours.MINUTES_PER_DAY, minutes)),
            List.of(
                Fix.of(
                    decision(p, WorkingHours.ID)
                        .withValue(
                            WorkingHours.MINUTES_PER_DAY, ParameterValue.ofInteger(clamped))))));
  }

  /** The date a review every N months falls due, if that is before today. */
  private static @Nullable LocalDate overdue(Policy p, LocalDate today) {
    ParameterValue months = value(p, Review.EVERY, Review.MONTHS);
    if (p.effectiveFrom().isEmpty() || months == null || months.asInteger() <= 0) {
      return null;
    }
    LocalDate due = p.effectiveFrom().get().plusMonths(Math.min(months.asInteger(), 1200));
    return due.isBefore(today) ? due : null;
  }

  static boolean reviewOverdue(Policy p, LocalDate today) {
    return overdue(p, today) != null;
  }

  static void reviewOverdue(Policy p, LocalDate today, List<FindingView> out) {
    LocalDate due = overdue(p, today);
    ParameterValue months = value(p, Review.EVERY, Review.MONTHS);
    if (due == null || months == null) {
      return;
    }
    LocalDate effective = p.effectiveFrom().orElseThrow();
    out.add(
        new FindingView(
            "review-overdue",
            Severity.INFO,
            List.of(Review.ID),
            List.of(decided(Review.EVERY), parameter(Review.EVERY, Review.MONTHS, months)),
            Message.of("rule.review-overdue.message", "due", Message.date(due))
                .with("effective", Message.date(effective)),
            Message.of("rule.review-overdue.advice"),
            ByHand.source("review-overdue"),
            List.of()));
  }
}
