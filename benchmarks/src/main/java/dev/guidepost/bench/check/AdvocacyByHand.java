package dev.guidepost.bench.check;

import static dev.guidepost.bench.check.ByHand.country;
import static dev.guidepost.bench.check.ByHand.coversEmployeesOwnUse;
import static dev.guidepost.bench.check.ByHand.decided;
import static dev.guidepost.bench.check.ByHand.decision;
import static dev.guidepost.bench.check.ByHand.encourages;
import static dev.guidepost.bench.check.ByHand.finding;
import static dev.guidepost.bench.check.ByHand.is;
import static dev.guidepost.bench.check.ByHand.missing;
import static dev.guidepost.bench.check.ByHand.parameter;
import static dev.guidepost.bench.check.ByHand.sector;
import static dev.guidepost.bench.check.ByHand.state;
import static dev.guidepost.bench.check.ByHand.value;

import dev.guidepost.bench.check.FindingView.Fix;
import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.DisclosureMethod;
import dev.guidepost.policy.standard.Shareable;
import dev.guidepost.policy.standard.Spokespersons;
import dev.guidepost.policy.standard.Topic;
import dev.guidepost.policy.standard.Transparency;
import dev.guidepost.policy.standard.WorkingHours;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The advocacy and disclosure rules, by hand: each a test and the finding it makes. */
final class AdvocacyByHand {
  private AdvocacyByHand() {}

  static boolean vsWorkingHoursBan(Policy p) {
    return (encourages(p) && is(p, WorkingHours.PROHIBITED)) && coversEmployeesOwnUse(p);
  }

  static void vsWorkingHoursBan(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "advocacy-vs-working-hours-ban",
            Severity.WARNING,
            p,
            List.of(state(p, Advocacy.ID), decided(WorkingHours.PROHIBITED)),
            List.of(Fix.of(WorkingHours.workRelatedOnly()), Fix.of(WorkingHours.breaksOnly()))));
  }

  static boolean vsCentralCommunication(Policy p) {
    return (encourages(p) && is(p, Spokespersons.COMMUNICATIONS_ONLY)) && coversEmployeesOwnUse(p);
  }

  static void vsCentralCommunication(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "advocacy-vs-central-communication",
            Severity.WARNING,
            p,
            List.of(state(p, Advocacy.ID), decided(Spokespersons.COMMUNICATIONS_ONLY)),
            List.of(
                Fix.of(Spokespersons.allEmployeesWithinGuidelines()),
                Fix.of(Spokespersons.authorizedEmployees()))));
  }

  static boolean needsShareableContent(Policy p) {
    return (is(p, Advocacy.ENCOURAGED) && (noShareable(p) || missing(p, Confidentiality.ID)))
        && coversEmployeesOwnUse(p);
  }

  static void needsShareableContent(Policy p, List<FindingView> out) {
    List<Fact> facts = new ArrayList<>();
    facts.add(decided(Advocacy.ENCOURAGED));
    if (noShareable(p)) {
      facts.add(
          parameter(
              Advocacy.ENCOURAGED,
              Advocacy.SHAREABLE,
              value(p, Advocacy.ENCOURAGED, Advocacy.SHAREABLE)));
    }
    if (missing(p, Confidentiality.ID)) {
      facts.add(state(p, Confidentiality.ID));
    }
    List<Decision> fix = new ArrayList<>();
    if (noShareable(p)) {
      fix.add(Advocacy.encouraged(Shareable.NEWS, Shareable.JOB_POSTINGS, Shareable.EVENTS));
    }
    if (missing(p, Confidentiality.ID)) {
      fix.add(
          Confidentiality.listedTopics(
              Topic.CUSTOMERS, Topic.FINANCIALS, Topic.COMPANY_INFORMATION, Topic.PERSONAL_DATA));
    }
    out.add(
        finding(
            "advocacy-needs-shareable-content",
            Severity.WARNING,
            p,
            facts,
            fix.isEmpty() ? List.of() : List.of(new Fix(fix, false))));
  }

  private static boolean noShareable(Policy p) {
    ParameterValue shareable = value(p, Advocacy.ENCOURAGED, Advocacy.SHAREABLE);
    return shareable == null || shareable.asList().isEmpty();
  }

  static boolean needsDisclosure(Policy p) {
    return encourages(p)
        && (is(p, Transparency.NOT_REQUIRED) || is(p, Transparency.DISCLAIMER_NO_PROTECTION));
  }

  static void needsDisclosure(Policy p, List<FindingView> out) {
    Country country = p.organisation().country();
    boolean byLaw = country.equals(Country.US) || country.equals(Country.DK);
    List<Fact> facts = new ArrayList<>();
    facts.add(state(p, Advocacy.ID));
    facts.add(state(p, Transparency.ID));
    if (byLaw) {
      facts.add(country(p));
    }
    out.add(
        finding(
            "advocacy-needs-disclosure",
            byLaw
                ? "rule.advocacy-needs-disclosure.message." + country.code()
                : "rule.advocacy-needs-disclosure.message",
            byLaw ? Severity.ERROR : Severity.WARNING,
            p,
            facts,
            List.of(Fix.of(Transparency.discloseAndDisclaim(DisclosureMethod.IN_POST)))));
  }

  static boolean speakingNeedsDisclosure(Policy p) {
    return (is(p, Spokespersons.ALL_EMPLOYEES_WITHIN_GUIDELINES)
            && !is(p, Transparency.DISCLOSE_AND_DISCLAIM))
        && coversEmployeesOwnUse(p);
  }

  static void speakingNeedsDisclosure(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "speaking-for-company-needs-disclosure",
            Severity.WARNING,
            p,
            List.of(
                decided(Spokespersons.ALL_EMPLOYEES_WITHIN_GUIDELINES), state(p, Transparency.ID)),
            List.of(Fix.of(Transparency.discloseAndDisclaim(DisclosureMethod.IN_POST)))));
  }

  static boolean profileDisclosureNotEnough(Policy p) {
    Country country = p.organisation().country();
    return (country.equals(Country.US) || country.equals(Country.DK))
        && encourages(p)
        && profileMethod(p) != null;
  }

  static void profileDisclosureNotEnough(Policy p, List<FindingView> out) {
    Decision transparency = decision(p, Transparency.ID);
    out.add(
        finding(
            "profile-disclosure-not-enough",
            "rule.profile-disclosure-not-enough.message." + p.organisation().country().code(),
            Severity.WARNING,
            p,
            List.of(
                country(p),
                state(p, Advocacy.ID),
                state(p, Transparency.ID),
                parameter(transparency.option(), Transparency.METHOD, profileMethod(p))),
            List.of(
                Fix.of(withMethod(transparency, DisclosureMethod.IN_POST)),
                Fix.of(withMethod(transparency, DisclosureMethod.HASHTAG)))));
  }

  private static @Nullable ParameterValue profileMethod(Policy p) {
    for (var option : List.of(Transparency.DISCLOSE_AND_DISCLAIM, Transparency.DISCLOSE_ONLY)) {
      ParameterValue method = value(p, option, Transparency.METHOD);
      if (method != null
          && (method.asText().equals(DisclosureMethod.PROFILE.id())
              || method.asText().equals(DisclosureMethod.EMPLOYEES_CHOICE.id()))) {
        return method;
      }
    }
    return null;
  }

  private static Decision withMethod(Decision transparency, DisclosureMethod method) {
    return transparency.withValue(Transparency.METHOD, ParameterValue.ofChoice(method.id()));
  }

  static boolean pharmaProducts(Policy p) {
    ParameterValue shareable = value(p, Advocacy.ENCOURAGED, Advocacy.SHAREABLE);
    return p.organisation().sector() == Sector.PHARMA
        && shareable != null
        && shareable.asList().contains(Shareable.PRODUCT_LAUNCHES.id());
  }

  static void pharmaProducts(Policy p, List<FindingView> out) {
    ParameterValue shareable = value(p, Advocacy.ENCOURAGED, Advocacy.SHAREABLE);
    List<String> kept = new ArrayList<>(shareable == null ? List.of() : shareable.asList());
    kept.remove(Shareable.PRODUCT_LAUNCHES.id());
    out.add(
        finding(
            "pharma-advocacy-of-products",
            Severity.WARNING,
            p,
            List.of(
                sector(p),
                decided(Advocacy.ENCOURAGED),
                parameter(Advocacy.ENCOURAGED, Advocacy.SHAREABLE, shareable)),
            List.of(
                Fix.of(
                    decision(p, Advocacy.ID)
                        .withValue(Advocacy.SHAREABLE, ParameterValue.ofChoices(kept))))));
  }
}
