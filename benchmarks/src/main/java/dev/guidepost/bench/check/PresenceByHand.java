package dev.guidepost.bench.check;

import static dev.guidepost.bench.check.ByHand.country;
import static dev.guidepost.bench.check.ByHand.coversEmployeesOwnUse;
import static dev.guidepost.bench.check.ByHand.coversOfficialAccounts;
import static dev.guidepost.bench.check.ByHand.decided;
import static dev.guidepost.bench.check.ByHand.decision;
import static dev.guidepost.bench.check.ByHand.finding;
import static dev.guidepost.bench.check.ByHand.is;
import static dev.guidepost.bench.check.ByHand.missing;
import static dev.guidepost.bench.check.ByHand.parameter;
import static dev.guidepost.bench.check.ByHand.sector;
import static dev.guidepost.bench.check.ByHand.state;
import static dev.guidepost.bench.check.ByHand.value;

import dev.guidepost.bench.check.FindingView.Fix;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.standard.AccessManagement;
import dev.guidepost.policy.standard.AccountOwnership;
import dev.guidepost.policy.standard.CompanyPresence;
import dev.guidepost.policy.standard.Goal;
import dev.guidepost.policy.standard.Governance;
import dev.guidepost.policy.standard.Interactions;
import dev.guidepost.policy.standard.LegalCompliance;
import dev.guidepost.policy.standard.Purpose;
import dev.guidepost.policy.standard.RecordKeeping;
import java.util.List;

/** The rules on the company's own accounts and regulated sectors, by hand. */
final class PresenceByHand {
  private PresenceByHand() {}

  private static boolean official(Policy p) {
    return is(p, CompanyPresence.OFFICIAL_ACCOUNTS);
  }

  static boolean needOwnership(Policy p) {
    return (official(p) && !is(p, AccountOwnership.COMPANY_OWNS)) && coversOfficialAccounts(p);
  }

  static void needOwnership(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "company-accounts-need-ownership",
            Severity.WARNING,
            p,
            List.of(decided(CompanyPresence.OFFICIAL_ACCOUNTS), state(p, AccountOwnership.ID)),
            List.of(Fix.of(AccountOwnership.companyOwns()))));
  }

  static boolean needOffboarding(Policy p) {
    return (official(p) && !is(p, AccessManagement.ON_AND_OFFBOARDING_PROCEDURE))
        && coversOfficialAccounts(p);
  }

  static void needOffboarding(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "company-accounts-need-offboarding",
            Severity.WARNING,
            p,
            List.of(decided(CompanyPresence.OFFICIAL_ACCOUNTS), state(p, AccessManagement.ID)),
            List.of(Fix.of(AccessManagement.onAndOffboardingProcedure()))));
  }

  static boolean needOwner(Policy p) {
    return (official(p) && (is(p, Governance.NO_OWNER) || missing(p, Governance.ID)))
        && coversOfficialAccounts(p);
  }

  static void needOwner(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "company-accounts-need-owner",
            Severity.WARNING,
            p,
            List.of(decided(CompanyPresence.OFFICIAL_ACCOUNTS), state(p, Governance.ID)),
            List.of(
                Fix.of(Governance.socialMediaManager()), Fix.of(Governance.communicationsTeam()))));
  }

  static boolean needsPurpose(Policy p) {
    return (official(p) && !is(p, Purpose.DEFINED)) && coversOfficialAccounts(p);
  }

  static void needsPurpose(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "presence-needs-purpose",
            Severity.WARNING,
            p,
            List.of(decided(CompanyPresence.OFFICIAL_ACCOUNTS), state(p, Purpose.ID)),
            List.of(Fix.of(Purpose.defined(true, Goal.BRAND_AWARENESS, Goal.RECRUITMENT)))));
  }

  static boolean purposeNeedsMeasurement(Policy p) {
    return (is(p, Purpose.DEFINED) && !measured(p)) && coversOfficialAccounts(p);
  }

  private static boolean measured(Policy p) {
    ParameterValue measured = value(p, Purpose.DEFINED, Purpose.MEASURED);
    return measured != null && measured.asBoolean();
  }

  static void purposeNeedsMeasurement(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "purpose-needs-measurement",
            Severity.INFO,
            p,
            List.of(
                decided(Purpose.DEFINED),
                parameter(
                    Purpose.DEFINED,
                    Purpose.MEASURED,
                    value(p, Purpose.DEFINED, Purpose.MEASURED))),
            List.of(
                Fix.of(
                    decision(p, Purpose.ID)
                        .withValue(Purpose.MEASURED, ParameterValue.ofBoolean(true))))));
  }

  static boolean regulatedSector(Policy p) {
    Sector sector = p.organisation().sector();
    return (sector == Sector.FINANCIAL_SERVICES
            || sector == Sector.HEALTHCARE
            || sector == Sector.PHARMA
            || sector == Sector.PUBLIC_SECTOR)
        && !is(p, LegalCompliance.SECTOR_RULES_APPLY);
  }

  static void regulatedSector(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "regulated-sector-needs-compliance",
            Severity.WARNING,
            p,
            List.of(sector(p), state(p, LegalCompliance.ID)),
            List.of(Fix.of(LegalCompliance.sectorRulesApply()))));
  }

  static boolean brokerArchiving(Policy p) {
    return (p.organisation().country().equals(Country.US)
            && p.organisation().sector() == Sector.FINANCIAL_SERVICES
            && official(p)
            && !is(p, RecordKeeping.BUSINESS_POSTS_ARCHIVED))
        && coversOfficialAccounts(p);
  }

  static void brokerArchiving(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "broker-posts-need-archiving",
            Severity.WARNING,
            p,
            List.of(
                country(p),
                sector(p),
                decided(CompanyPresence.OFFICIAL_ACCOUNTS),
                state(p, RecordKeeping.ID)),
            List.of(Fix.of(RecordKeeping.businessPostsArchived()))));
  }

  static boolean pharmaInteractions(Policy p) {
    return (p.organisation().sector() == Sector.PHARMA && !is(p, Interactions.COUNT_AS_STATEMENTS))
        && coversEmployeesOwnUse(p);
  }

  static void pharmaInteractions(Policy p, List<FindingView> out) {
    out.add(
        finding(
            "pharma-interactions-count",
            Severity.WARNING,
            p,
            List.of(sector(p), state(p, Interactions.ID)),
            List.of(Fix.of(Interactions.countAsStatements()))));
  }
}
