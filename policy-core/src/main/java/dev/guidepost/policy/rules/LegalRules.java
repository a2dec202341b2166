package dev.guidepost.policy.rules;

import static dev.guidepost.policy.condition.Conditions.all;
import static dev.guidepost.policy.condition.Conditions.any;
import static dev.guidepost.policy.condition.Conditions.country;
import static dev.guidepost.policy.condition.Conditions.is;
import static dev.guidepost.policy.condition.Conditions.missing;
import static dev.guidepost.policy.condition.Conditions.not;
import static dev.guidepost.policy.condition.Conditions.representation;
import static dev.guidepost.policy.condition.Conditions.sector;

import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.condition.DeclarativeRule;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.standard.Anonymity;
import dev.guidepost.policy.standard.Consultation;
import dev.guidepost.policy.standard.Criticism;
import dev.guidepost.policy.standard.EmployerAccess;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.PoliticalActivity;
import dev.guidepost.policy.standard.RightsNotice;

/** Rules that rest on law: employees' rights, consent to monitoring, and passwords. */
final class LegalRules {
  private LegalRules() {}

  private static final EmployeeRepresentation[] REPRESENTED = {
    EmployeeRepresentation.WORKS_COUNCIL, EmployeeRepresentation.UNION, EmployeeRepresentation.BOTH
  };

  static final Rule CREDENTIALS_NEVER_REQUESTED =
      DeclarativeRule.builder("credentials-never-requested")
          .severity(Severity.ERROR)
          .source(
              "seed 003; about 27 US states ban it (e.g. Md. Code, Lab. & Empl. §3-712; Cal. Lab."
                  + " Code §980); EU Article 29 Working Party, Opinion 2/2017")
          .when(is(EmployerAccess.CREDENTIALS_REQUESTED))
          .suggest(EmployerAccess.neverRequested())
          .build();

  static final Rule MONITORING_NEEDS_CONSENT =
      DeclarativeRule.builder("monitoring-needs-consent")
          .severity(Severity.INFO)
          .severityWhen(
              all(country(Country.NL, Country.DE), representation(REPRESENTED)), Severity.ERROR)
          .severityWhen(country(Country.DK, Country.NO, Country.SE), Severity.WARNING)
          .severityWhen(representation(REPRESENTED), Severity.WARNING)
          .source(
              "seed 003 (comments); NL WOR art. 27(1)(k),(l); DE BetrVG §87(1) no. 6; DK DA/LO"
                  + " aftale om kontrolforanstaltninger; NO arbeidsmiljøloven §§9-1, 9-2; SE MBL §11")
          .when(
              all(
                  is(Monitoring.PUBLIC_CONTENT_ONLY, Monitoring.ACTIVE_MONITORING),
                  not(is(Consultation.REPRESENTATIVES_APPROVED))))
          .suggest(Consultation.representativesApproved())
          .suggest(Monitoring.none())
          .build();

  static final Rule CRITICISM_BAN_WITHOUT_CHANNEL =
      DeclarativeRule.builder("criticism-ban-without-internal-channel")
          .severity(Severity.WARNING)
          .source("seed 000 item 6; seed 002")
          .when(is(Criticism.PROHIBITED))
          .suggest(Criticism.raiseInternallyFirst())
          .build();

  static final Rule CRITICISM_BAN_US_NLRA =
      DeclarativeRule.builder("criticism-ban-us-nlra")
          .severity(Severity.ERROR)
          .source(
              "US NLRA §7, §8(a)(1); Stericycle, 372 NLRB No. 113 (2023); Three D, 361 NLRB No. 31"
                  + " (2014)")
          .when(
              all(country(Country.US), not(sector(Sector.PUBLIC_SECTOR)), is(Criticism.PROHIBITED)))
          .suggest(Criticism.raiseInternallyFirst(), RightsNotice.included())
          .build();

  static final Rule CRITICISM_BAN_PUBLIC_EMPLOYEES =
      DeclarativeRule.builder("criticism-ban-public-employees")
          .severity(Severity.ERROR)
          .source(
              "DK lov nr. 557 af 27/05/2025 om offentligt ansattes ytringsfrihed; SE"
                  + " meddelarfrihet (Tryckfrihetsförordningen); NO Grunnloven §100")
          .when(
              all(
                  sector(Sector.PUBLIC_SECTOR),
                  country(Country.DK, Country.SE, Country.NO),
                  is(Criticism.PROHIBITED)))
          .suggest(Criticism.raiseInternallyFirst(), RightsNotice.included())
          .build();

  static final Rule US_RIGHTS_NOTICE =
      DeclarativeRule.builder("us-policy-needs-rights-notice")
          .severity(Severity.WARNING)
          .source("US NLRA §7 (a notice does not cure an overbroad rule)")
          .when(all(country(Country.US), not(is(RightsNotice.INCLUDED))))
          .suggest(RightsNotice.included())
          .build();

  static final Rule ANONYMITY_VS_US_RIGHTS =
      DeclarativeRule.builder("anonymity-vs-us-rights")
          .severity(Severity.WARNING)
          .source("US NLRA §7; GitLab's carve-out for review sites")
          .when(
              all(
                  country(Country.US),
                  is(Anonymity.NO_ANONYMOUS_POSTS_ABOUT_WORK),
                  not(is(RightsNotice.INCLUDED))))
          .suggest(RightsNotice.included())
          .build();

  static final Rule PUBLIC_SECTOR_IMPARTIALITY =
      DeclarativeRule.builder("public-sector-impartiality")
          .severity(Severity.INFO)
          .source("UK Civil Service Code; BBC and NPR social media guidance")
          .when(
              all(
                  sector(Sector.PUBLIC_SECTOR, Sector.MEDIA),
                  any(missing(PoliticalActivity.ID), is(PoliticalActivity.NOT_ADDRESSED)),
                  CoversCondition.employeesOwnUse()))
          .suggest(PoliticalActivity.impartialityRequired())
          .suggest(PoliticalActivity.privateCapacityOnly())
          .build();
}
