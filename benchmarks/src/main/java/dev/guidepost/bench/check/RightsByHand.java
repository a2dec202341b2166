package dev.guidepost.bench.check;

import static dev.guidepost.bench.check.ByHand.country;
import static dev.guidepost.bench.check.ByHand.decided;
import static dev.guidepost.bench.check.ByHand.encourages;
import static dev.guidepost.bench.check.ByHand.finding;
import static dev.guidepost.bench.check.ByHand.is;
import static dev.guidepost.bench.check.ByHand.missing;
import static dev.guidepost.bench.check.ByHand.parameter;
import static dev.guidepost.bench.check.ByHand.representation;
import static dev.guidepost.bench.check.ByHand.state;
import static dev.guidepost.bench.check.ByHand.value;

import dev.guidepost.bench.check.FindingView.Fix;
import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.CompanyPresence;
import dev.guidepost.policy.standard.Consequences;
import dev.guidepost.policy.standard.Consultation;
import dev.guidepost.policy.standard.Criticism;
import dev.guidepost.policy.standard.HarassmentAndDiscrimination;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.PhotosAndContent;
import dev.guidepost.policy.standard.PolicyKind;
import dev.guidepost.policy.standard.PoliticalActivity;
import dev.guidepost.policy.standard.PrivateUse;
import dev.guidepost.policy.standard.RelatedPolicies;
import dev.guidepost.policy.standard.Review;
import java.util.ArrayList;
import java.util.List;

/** The rules on employees' rights beyond speech, by hand: each a test and the finding it makes. */
final class RightsByHand {
  private RightsByHand() {}

  static boolean deConductRules(Policy p) {
    EmployeeRepresentation representation = p.organisation().employeeRepresentation();
    return p.organisation().country().equals(Country.DE)
        && (representation == EmployeeRepresentation.WORKS_COUNCIL
            || representation == EmployeeRepresentation.BOTH)
        && (is(p, Consequences.GRADUATED)
            || is(p, Consequences.DISMISSAL_POSSIBLE)
            || is(p, Consequences.LISTED_SANCTIONS)
            || is(p, Consequences.CONTACT_FIRST_UP_TO_DISMISSAL))
        && !is(p, Consultation.REPRESENTATIVES_APPROVED);
  }

  static void deConductRules(Policy p, List<FindingView> out) {
    boolean pending = is(p, Consultation.BEFORE_ADOPTION);
    out.add(
        finding(
            "de-conduct-rules-need-works-council",
            "rule.de-conduct-rules-need-works-council.message"
                + (pending ? ".before-adoption" : ""),
            pending ? Severity.INFO : Severity.WARNING,
            p,
            List.of(
                country(p),
                representation(p),
                state(p, Consequences.ID),
                state(p, Consultation.ID)),
            List.of(Fix.of(Consultation.representativesApproved()))));
  }

  static boolean photos(Policy p) {
    Country country = p.organisation().country();
    return (country.equals(Country.DE) || country.equals(Country.NO))
        && (is(p, CompanyPresence.OFFICIAL_ACCOUNTS) || encourages(p))
        && (missing(p, PhotosAndContent.ID) || is(p, PhotosAndContent.NOT_ADDRESSED));
  }

  static void photos(Policy p, List<FindingView> out) {
    List<Fact> facts = new ArrayList<>();
    facts.add(country(p));
    if (is(p, CompanyPresence.OFFICIAL_ACCOUNTS)) {
      facts.add(decided(CompanyPresence.OFFICIAL_ACCOUNTS));
    }
    if (encourages(p)) {
      facts.add(state(p, Advocacy.ID));
    }
    facts.add(state(p, PhotosAndContent.ID));
    String code = p.organisation().country().code();
    out.add(
        finding(
            "photos-need-consent",
            "rule.photos-need-consent.message." + code,
            code.equals("DE")
                ? "rule.photos-need-consent.advice.DE"
                : "rule.photos-need-consent.advice",
            Severity.WARNING,
            p,
            facts,
            List.of(Fix.of(PhotosAndContent.consentRequired()))));
  }

  static boolean privateUseVsMonitoring(Policy p) {
    return is(p, PrivateUse.PRIVATE_MATTER)
        && (is(p, Monitoring.PUBLIC_CONTENT_ONLY) || is(p, Monitoring.ACTIVE_MONITORING));
  }

  static void privateUseVsMonitoring(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "private-use-vs-monitoring",
            Severity.WARNING,
            p,
            List.of(decided(PrivateUse.PRIVATE_MATTER), state(p, Monitoring.ID)),
            List.of(
                Fix.of(Monitoring.none()), Fix.of(PrivateUse.guidelinesApplyWhenIdentifiable()))));
  }

  static boolean gbHarassment(Policy p) {
    return p.organisation().country().equals(Country.GB)
        && (missing(p, HarassmentAndDiscrimination.ID)
            || is(p, HarassmentAndDiscrimination.NOT_ADDRESSED))
        && !listsAntiHarassmentPolicy(p);
  }

  private static boolean listsAntiHarassmentPolicy(Policy p) {
    ParameterValue policies = value(p, RelatedPolicies.LISTED, RelatedPolicies.POLICIES);
    return policies != null && policies.asList().contains(PolicyKind.ANTI_HARASSMENT.id());
  }

  static void gbHarassment(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "gb-harassment-prevention",
            Severity.WARNING,
            p,
            harassmentFacts(p),
            List.of(Fix.of(HarassmentAndDiscrimination.prohibited()))));
  }

  private static List<Fact> harassmentFacts(Policy p) {
    List<Fact> facts = new ArrayList<>();
    facts.add(country(p));
    facts.add(state(p, HarassmentAndDiscrimination.ID));
    facts.add(state(p, RelatedPolicies.ID));
    if (is(p, RelatedPolicies.LISTED)) {
      facts.add(
          parameter(
              RelatedPolicies.LISTED,
              RelatedPolicies.POLICIES,
              value(p, RelatedPolicies.LISTED, RelatedPolicies.POLICIES)));
    }
    return facts;
  }

  static boolean gbProtectedBelief(Policy p) {
    return p.organisation().country().equals(Country.GB)
        && is(p, Consequences.DISMISSAL_POSSIBLE)
        && (is(p, Criticism.PROHIBITED) || is(p, PoliticalActivity.IMPARTIALITY_REQUIRED));
  }

  static void gbProtectedBelief(Policy p, List<FindingView> out) {
    List<Fact> facts = new ArrayList<>();
    facts.add(country(p));
    facts.add(decided(Consequences.DISMISSAL_POSSIBLE));
    facts.add(
        is(p, Criticism.PROHIBITED) ? state(p, Criticism.ID) : state(p, PoliticalActivity.ID));
    out.add(
        finding(
            "gb-protected-belief-sanctions",
            Severity.INFO,
            p,
            facts,
            List.of(Fix.of(Consequences.graduated()))));
  }

  static boolean audienceOnARuleForEveryone(Policy p) {
    return p.decisions().values().stream()
        .anyMatch(d -> !d.bindsEveryone() && FOR_EVERYONE.contains(d.area()));
  }

  static void audienceOnARuleForEveryone(Policy p, List<FindingView> out) {
    List<Fact> facts = new ArrayList<>();
    List<Decision> unbound = new ArrayList<>();
    for (String area : FOR_EVERYONE) {
      Decision d = p.decisions().get(area);
      if (d != null && !d.bindsEveryone()) {
        facts.add(state(p, area));
        facts.add(Fact.parameter(area, "binds", d.binds().orElseThrow().id()));
        unbound.add(Decision.builder().option(d.option()).putAllValues(d.values()).build());
      }
    }
    out.add(
        finding(
            "audience-on-a-rule-for-everyone",
            Severity.ERROR,
            p,
            facts,
            List.of(Fix.of(unbound.toArray(new Decision[0])))));
  }

  /** {@code changes-need-representatives}: which of its three cases hold, in the rule's order. */
  private static boolean[] changeCases(Policy p) {
    Country country = p.organisation().country();
    EmployeeRepresentation representation = p.organisation().employeeRepresentation();
    boolean worksCouncil =
        representation == EmployeeRepresentation.WORKS_COUNCIL
            || representation == EmployeeRepresentation.BOTH;
    boolean monitors = is(p, Monitoring.PUBLIC_CONTENT_ONLY) || is(p, Monitoring.ACTIVE_MONITORING);
    boolean binding =
        is(p, Consequences.GRADUATED)
            || is(p, Consequences.DISMISSAL_POSSIBLE)
            || is(p, Consequences.LISTED_SANCTIONS)
            || is(p, Consequences.CONTACT_FIRST_UP_TO_DISMISSAL);
    boolean nordic =
        country.equals(Country.DK) || country.equals(Country.NO) || country.equals(Country.SE);
    return new boolean[] {
      (country.equals(Country.NL) || country.equals(Country.DE)) && worksCouncil && monitors,
      country.equals(Country.DE) && worksCouncil && binding,
      nordic && representation != EmployeeRepresentation.NONE && monitors
    };
  }

  static boolean changesNeedRepresentatives(Policy p) {
    boolean[] cases = changeCases(p);
    return is(p, Review.CHANGED_WITHOUT_NOTICE) && (cases[0] || cases[1] || cases[2]);
  }

  static void changesNeedRepresentatives(Policy p, List<FindingView> out) {
    boolean[] cases = changeCases(p);
    List<Fact> facts = new ArrayList<>();
    facts.add(decided(Review.CHANGED_WITHOUT_NOTICE));
    for (int i = 0; i < cases.length; i++) {
      if (cases[i]) {
        facts.add(country(p));
        facts.add(representation(p));
        facts.add(state(p, i == 1 ? Consequences.ID : Monitoring.ID));
      }
    }
    String code = p.organisation().country().code();
    out.add(
        finding(
            "changes-need-representatives",
            "rule.changes-need-representatives.message." + code,
            "rule.changes-need-representatives.advice." + code,
            cases[2] ? Severity.INFO : Severity.WARNING,
            p,
            facts,
            List.of(Fix.of(Review.every(12)))));
  }

  private static final List<String> FOR_EVERYONE =
      List.of(
          "scope",
          "people-in-scope",
          "company-presence",
          "purpose",
          "related-policies",
          "governance",
          "account-ownership",
          "official-page",
          "access-management",
          "record-keeping",
          "moderation",
          "promotions",
          "account-opening",
          "account-standards",
          "private-use",
          "employer-access",
          "monitoring",
          "consultation",
          "consequences",
          "review",
          "training",
          "rights-notice");
}
