package dev.guidepost.bench.check;

import static dev.guidepost.bench.check.ByHand.country;
import static dev.guidepost.bench.check.ByHand.coversEmployeesOwnUse;
import static dev.guidepost.bench.check.ByHand.coversOfficialAccounts;
import static dev.guidepost.bench.check.ByHand.decided;
import static dev.guidepost.bench.check.ByHand.finding;
import static dev.guidepost.bench.check.ByHand.is;
import static dev.guidepost.bench.check.ByHand.missing;
import static dev.guidepost.bench.check.ByHand.parameter;
import static dev.guidepost.bench.check.ByHand.representation;
import static dev.guidepost.bench.check.ByHand.sector;
import static dev.guidepost.bench.check.ByHand.state;
import static dev.guidepost.bench.check.ByHand.value;

import dev.guidepost.bench.check.FindingView.Fix;
import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.model.Audience;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.standard.Accuracy;
import dev.guidepost.policy.standard.Anonymity;
import dev.guidepost.policy.standard.CarveOut;
import dev.guidepost.policy.standard.CompanyPresence;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.Consultation;
import dev.guidepost.policy.standard.Criticism;
import dev.guidepost.policy.standard.EmployerAccess;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.PoliticalActivity;
import dev.guidepost.policy.standard.RightsNotice;
import dev.guidepost.policy.standard.Topic;
import dev.guidepost.policy.standard.WorkingHours;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The rules that rest on law, by hand: each a test and the finding it makes. */
final class LegalByHand {
  private LegalByHand() {}

  /** The countries whose whistleblowing laws the criticism-ban rule cites. */
  private static final List<Country> WHISTLEBLOWING_COUNTRIES =
      List.of(Country.GB, Country.DE, Country.NL, Country.DK, Country.SE, Country.NO);

  static boolean credentials(Policy p) {
    return is(p, EmployerAccess.CREDENTIALS_REQUESTED);
  }

  static void credentials(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "credentials-never-requested",
            Severity.ERROR,
            p,
            List.of(decided(EmployerAccess.CREDENTIALS_REQUESTED)),
            List.of(Fix.of(EmployerAccess.neverRequested()))));
  }

  static boolean monitoringConsent(Policy p) {
    return (is(p, Monitoring.PUBLIC_CONTENT_ONLY) || is(p, Monitoring.ACTIVE_MONITORING))
        && !is(p, Consultation.REPRESENTATIVES_APPROVED)
        && !(is(p, Consultation.REPRESENTATIVES_CONSULTED) && discussionSuffices(p));
  }

  /** Where a discussion with the representatives is what the law asks: DK, NO, SE. */
  private static boolean discussionSuffices(Policy p) {
    Country country = p.organisation().country();
    return country.equals(Country.DK) || country.equals(Country.NO) || country.equals(Country.SE);
  }

  static void monitoringConsent(Policy p, List<FindingView> out) {
    Country country = p.organisation().country();
    EmployeeRepresentation representation = p.organisation().employeeRepresentation();
    boolean represented = representation != EmployeeRepresentation.NONE;
    boolean worksCouncil = worksCouncil(p);
    boolean council = country.equals(Country.NL) || country.equals(Country.DE);
    boolean nordic = discussionSuffices(p);
    // consulted where that is not enough: the country is a fact of the condition itself
    boolean consulted = is(p, Consultation.REPRESENTATIVES_CONSULTED);
    List<Fact> facts = new ArrayList<>();
    facts.add(state(p, Monitoring.ID));
    facts.add(state(p, Consultation.ID));
    if (consulted) {
      facts.add(country(p));
    }
    Severity severity = Severity.INFO;
    // the guidelines wait for the representatives they have: an info with its own message
    boolean pending = represented && is(p, Consultation.BEFORE_ADOPTION);
    if (pending) {
      facts.add(representation(p));
    } else if (council && worksCouncil) {
      severity = Severity.ERROR;
      if (!consulted) {
        facts.add(country(p));
      }
      facts.add(representation(p));
    } else if (nordic) {
      severity = Severity.WARNING;
      facts.add(country(p));
    } else if (represented) {
      severity = Severity.WARNING;
      facts.add(representation(p));
    }
    String message = "rule.monitoring-needs-consent.message";
    String advice = "rule.monitoring-needs-consent.advice";
    // Great Britain has its own texts (the ICO's guidance), as the Nordic countries do
    boolean ownTexts = nordic || country.equals(Country.GB);
    if (pending) {
      message += ".before-adoption";
      if (ownTexts) {
        advice += "." + country.code();
      }
    } else if (council) {
      message += "." + country.code();
      if (representation == EmployeeRepresentation.NONE
          || representation == EmployeeRepresentation.UNION) {
        message += "." + representation.id();
      }
    } else if (ownTexts) {
      message += "." + country.code();
      advice += "." + country.code();
    }
    out.add(
        finding(
            "monitoring-needs-consent",
            message,
            advice,
            severity,
            p,
            facts,
            List.of(
                Fix.of(
                    nordic
                        ? Consultation.representativesConsulted()
                        : Consultation.representativesApproved()),
                Fix.of(Monitoring.none()))));
  }

  /** A works council, alone or beside a union: in NL and DE co-determination is its right. */
  private static boolean worksCouncil(Policy p) {
    EmployeeRepresentation representation = p.organisation().employeeRepresentation();
    return representation == EmployeeRepresentation.WORKS_COUNCIL
        || representation == EmployeeRepresentation.BOTH;
  }

  static boolean deCompanyAccounts(Policy p) {
    return p.organisation().country().equals(Country.DE)
        && worksCouncil(p)
        && is(p, CompanyPresence.OFFICIAL_ACCOUNTS)
        && !is(p, Consultation.REPRESENTATIVES_APPROVED)
        && coversOfficialAccounts(p);
  }

  static void deCompanyAccounts(Policy p, List<FindingView> out) {
    boolean pending = is(p, Consultation.BEFORE_ADOPTION);
    out.add(
        finding(
            "de-company-accounts-need-works-council",
            "rule.de-company-accounts-need-works-council.message"
                + (pending ? ".before-adoption" : ""),
            pending ? Severity.INFO : Severity.WARNING,
            p,
            List.of(
                country(p),
                representation(p),
                decided(CompanyPresence.OFFICIAL_ACCOUNTS),
                state(p, Consultation.ID)),
            List.of(Fix.of(Consultation.representativesApproved()))));
  }

  static boolean whistleblowing(Policy p) {
    return WHISTLEBLOWING_COUNTRIES.contains(p.organisation().country())
        && is(p, Criticism.PROHIBITED)
        && !is(p, RightsNotice.INCLUDED);
  }

  static void whistleblowing(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "criticism-ban-needs-whistleblowing-carve-out",
            "rule.criticism-ban-needs-whistleblowing-carve-out.message."
                + p.organisation().country().code(),
            Severity.WARNING,
            p,
            List.of(country(p), decided(Criticism.PROHIBITED), state(p, RightsNotice.ID)),
            List.of(Fix.of(RightsNotice.included()))));
  }

  static boolean criticismWithoutChannel(Policy p) {
    return is(p, Criticism.PROHIBITED);
  }

  static void criticismWithoutChannel(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "criticism-ban-without-internal-channel",
            Severity.WARNING,
            p,
            List.of(decided(Criticism.PROHIBITED)),
            List.of(Fix.of(Criticism.raiseInternallyFirst()))));
  }

  static boolean criticismUsNlra(Policy p) {
    return p.organisation().country().equals(Country.US)
        && p.organisation().sector() != Sector.PUBLIC_SECTOR
        && is(p, Criticism.PROHIBITED);
  }

  static void criticismUsNlra(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "criticism-ban-us-nlra",
            Severity.ERROR,
            p,
            List.of(country(p), sector(p), decided(Criticism.PROHIBITED)),
            List.of(Fix.of(Criticism.raiseInternallyFirst(), RightsNotice.included()))));
  }

  static boolean criticismPublicEmployees(Policy p) {
    Country country = p.organisation().country();
    return p.organisation().sector() == Sector.PUBLIC_SECTOR
        && (country.equals(Country.DK) || country.equals(Country.SE) || country.equals(Country.NO))
        && is(p, Criticism.PROHIBITED);
  }

  static void criticismPublicEmployees(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "criticism-ban-public-employees",
            Severity.ERROR,
            p,
            List.of(sector(p), country(p), decided(Criticism.PROHIBITED)),
            List.of(Fix.of(Criticism.raiseInternallyFirst(), RightsNotice.included()))));
  }

  static boolean criticismPrivateEmployeesNorway(Policy p) {
    return p.organisation().country().equals(Country.NO)
        && p.organisation().sector() != Sector.PUBLIC_SECTOR
        && is(p, Criticism.PROHIBITED);
  }

  static void criticismPrivateEmployeesNorway(Policy p, List<FindingView> out) {
    out.add(criticismBanWarning("no-criticism-ban-private-employees", p));
  }

  static boolean criticismUsPublicEmployees(Policy p) {
    return p.organisation().country().equals(Country.US)
        && p.organisation().sector() == Sector.PUBLIC_SECTOR
        && is(p, Criticism.PROHIBITED);
  }

  static void criticismUsPublicEmployees(Policy p, List<FindingView> out) {
    out.add(criticismBanWarning("us-criticism-ban-public-employees", p));
  }

  static boolean criticismPubliclyFundedSweden(Policy p) {
    Sector sector = p.organisation().sector();
    return p.organisation().country().equals(Country.SE)
        && (sector == Sector.HEALTHCARE || sector == Sector.EDUCATION)
        && is(p, Criticism.PROHIBITED);
  }

  static void criticismPubliclyFundedSweden(Policy p, List<FindingView> out) {
    out.add(criticismBanWarning("se-criticism-ban-publicly-funded-providers", p));
  }

  /**
   * The finding of a rule that warns of a criticism ban where the country's and sector's law
   * protect employees who speak out: its facts are the country, the sector and the ban, its fix the
   * internal route with the rights notice.
   */
  private static FindingView criticismBanWarning(String rule, Policy p) {
    return finding(
        rule,
        Severity.WARNING,
        p,
        List.of(country(p), sector(p), decided(Criticism.PROHIBITED)),
        List.of(Fix.of(Criticism.raiseInternallyFirst(), RightsNotice.included())));
  }

  static boolean usRightsNotice(Policy p) {
    return usPrivate(p) && !is(p, RightsNotice.INCLUDED);
  }

  static void usRightsNotice(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "us-policy-needs-rights-notice",
            Severity.WARNING,
            p,
            List.of(country(p), sector(p), state(p, RightsNotice.ID)),
            List.of(Fix.of(RightsNotice.included()))));
  }

  static boolean anonymityVsUsRights(Policy p) {
    return usPrivate(p)
        && is(p, Anonymity.NO_ANONYMOUS_POSTS_ABOUT_WORK)
        && !is(p, RightsNotice.INCLUDED);
  }

  static void anonymityVsUsRights(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "anonymity-vs-us-rights",
            Severity.WARNING,
            p,
            List.of(
                country(p),
                sector(p),
                decided(Anonymity.NO_ANONYMOUS_POSTS_ABOUT_WORK),
                state(p, RightsNotice.ID)),
            List.of(Fix.of(RightsNotice.included()))));
  }

  static boolean publicSectorImpartiality(Policy p) {
    Sector sector = p.organisation().sector();
    return (sector == Sector.PUBLIC_SECTOR || sector == Sector.MEDIA)
        && (missing(p, PoliticalActivity.ID) || is(p, PoliticalActivity.NOT_ADDRESSED))
        && coversEmployeesOwnUse(p);
  }

  static void publicSectorImpartiality(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "public-sector-impartiality",
            Severity.INFO,
            p,
            List.of(sector(p), state(p, PoliticalActivity.ID)),
            List.of(
                Fix.of(PoliticalActivity.impartialityRequired()),
                Fix.of(PoliticalActivity.privateCapacityOnly()))));
  }

  // --- lawful fixes (issue 13) ---

  private static boolean usPrivate(Policy p) {
    return p.organisation().country().equals(Country.US)
        && p.organisation().sector() != Sector.PUBLIC_SECTOR;
  }

  private static boolean listedTopic(Policy p, Topic topic) {
    ParameterValue topics = value(p, Confidentiality.LISTED_TOPICS, Confidentiality.TOPICS);
    return topics != null && topics.asList().contains(topic.id());
  }

  private static @Nullable ParameterValue carveOuts(Policy p) {
    ParameterValue listed = value(p, Confidentiality.LISTED_TOPICS, Confidentiality.CARVE_OUTS);
    return listed != null
        ? listed
        : value(p, Confidentiality.ALL_INTERNAL_INFORMATION, Confidentiality.CARVE_OUTS);
  }

  static boolean payTalk(Policy p) {
    Country country = p.organisation().country();
    boolean speaksTo =
        usPrivate(p)
            || List.of(Country.GB, Country.NL, Country.DE, Country.DK, Country.SE)
                .contains(country);
    boolean reachesPay =
        is(p, Confidentiality.ALL_INTERNAL_INFORMATION)
            || listedTopic(p, Topic.COLLEAGUES)
            || listedTopic(p, Topic.PAY_AND_WORKING_CONDITIONS);
    ParameterValue carveOuts = carveOuts(p);
    boolean carvedOut =
        carveOuts != null
            && (carveOuts.asList().contains(CarveOut.OWN_PAY_AND_CONDITIONS.id())
                || carveOuts.asList().contains(CarveOut.DISCUSSING_PAY_AND_CONDITIONS.id()));
    return speaksTo && reachesPay && !carvedOut;
  }

  static void payTalk(Policy p, List<FindingView> out) {
    Country country = p.organisation().country();
    boolean us = country.equals(Country.US);
    List<Fact> facts = new ArrayList<>();
    facts.add(country(p));
    if (us) {
      facts.add(sector(p));
    }
    Decision decision = ByHand.decision(p, Confidentiality.ID);
    facts.add(state(p, Confidentiality.ID));
    if (is(p, Confidentiality.LISTED_TOPICS)) {
      facts.add(
          parameter(
              Confidentiality.LISTED_TOPICS,
              Confidentiality.TOPICS,
              value(p, Confidentiality.LISTED_TOPICS, Confidentiality.TOPICS)));
    }
    facts.add(
        parameter(
            is(p, Confidentiality.LISTED_TOPICS)
                ? Confidentiality.LISTED_TOPICS
                : Confidentiality.ALL_INTERNAL_INFORMATION,
            Confidentiality.CARVE_OUTS,
            carveOuts(p)));
    Severity severity =
        us && listedTopic(p, Topic.PAY_AND_WORKING_CONDITIONS) ? Severity.ERROR : Severity.WARNING;
    String key = "rule.confidentiality-must-allow-pay-talk.message";
    if (us || country.equals(Country.GB)) {
      key += "." + country.code();
    }
    List<String> withPay = new ArrayList<>();
    ParameterValue carveOuts = carveOuts(p);
    if (carveOuts != null) {
      withPay.addAll(carveOuts.asList());
    }
    withPay.add(CarveOut.OWN_PAY_AND_CONDITIONS.id());
    out.add(
        finding(
            "confidentiality-must-allow-pay-talk",
            key,
            severity,
            p,
            facts,
            List.of(
                Fix.of(
                    decision.withValue(
                        Confidentiality.CARVE_OUTS, ParameterValue.ofChoices(withPay))))));
  }

  static boolean usWorkingTime(Policy p) {
    return usPrivate(p) && (is(p, WorkingHours.PROHIBITED) || is(p, WorkingHours.TIME_LIMITED));
  }

  static void usWorkingTime(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "us-working-time-wording",
            Severity.WARNING,
            p,
            List.of(country(p), sector(p), state(p, WorkingHours.ID)),
            List.of(Fix.of(WorkingHours.breaksOnly()))));
  }

  static boolean usAccuracy(Policy p) {
    return usPrivate(p)
        && is(p, Accuracy.TRUE_AND_NOT_MISLEADING)
        && p.decision(Accuracy.ID).flatMap(Decision::binds).orElse(null) != Audience.SPOKESPERSONS;
  }

  static void usAccuracy(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "us-accuracy-rule-too-broad",
            Severity.WARNING,
            p,
            List.of(
                country(p),
                sector(p),
                decided(Accuracy.TRUE_AND_NOT_MISLEADING),
                Fact.parameter(
                    Accuracy.ID,
                    "binds",
                    p.decision(Accuracy.ID)
                        .flatMap(Decision::binds)
                        .map(Audience::id)
                        .orElse("everyone"))),
            List.of(Fix.of(Accuracy.noFalseStatements()))));
  }
}
