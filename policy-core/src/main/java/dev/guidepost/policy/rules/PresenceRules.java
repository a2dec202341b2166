package dev.guidepost.policy.rules;

import static dev.guidepost.policy.condition.Conditions.all;
import static dev.guidepost.policy.condition.Conditions.any;
import static dev.guidepost.policy.condition.Conditions.country;
import static dev.guidepost.policy.condition.Conditions.is;
import static dev.guidepost.policy.condition.Conditions.missing;
import static dev.guidepost.policy.condition.Conditions.not;
import static dev.guidepost.policy.condition.Conditions.notTrue;
import static dev.guidepost.policy.condition.Conditions.sector;

import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.condition.DeclarativeRule;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
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

/** Rules about the organisation's own accounts, their purpose, and regulated sectors. */
final class PresenceRules {
  private PresenceRules() {}

  static final Rule NEED_OWNERSHIP =
      DeclarativeRule.builder("company-accounts-need-ownership")
          .severity(Severity.WARNING)
          .sources(Sources.of(Practice.EIGHT_QUESTIONS.at("2")))
          .when(
              all(
                  is(CompanyPresence.OFFICIAL_ACCOUNTS),
                  not(is(AccountOwnership.COMPANY_OWNS)),
                  CoversCondition.officialAccounts()))
          .suggest(AccountOwnership.companyOwns())
          .build();

  static final Rule NEED_OFFBOARDING =
      DeclarativeRule.builder("company-accounts-need-offboarding")
          .severity(Severity.WARNING)
          .sources(Sources.of(Practice.EIGHT_QUESTIONS.at("4")))
          .when(
              all(
                  is(CompanyPresence.OFFICIAL_ACCOUNTS),
                  not(is(AccessManagement.ON_AND_OFFBOARDING_PROCEDURE)),
                  CoversCondition.officialAccounts()))
          .suggest(AccessManagement.onAndOffboardingProcedure())
          .build();

  static final Rule NEED_OWNER =
      DeclarativeRule.builder("company-accounts-need-owner")
          .severity(Severity.WARNING)
          .sources(Sources.of(Practice.THREE_TIPS))
          .when(
              all(
                  is(CompanyPresence.OFFICIAL_ACCOUNTS),
                  any(is(Governance.NO_OWNER), missing(Governance.ID)),
                  CoversCondition.officialAccounts()))
          .suggest(Governance.socialMediaManager())
          .suggest(Governance.communicationsTeam())
          .build();

  static final Rule NEEDS_PURPOSE =
      DeclarativeRule.builder("presence-needs-purpose")
          .severity(Severity.WARNING)
          .sources(Sources.of(Practice.EIGHT_QUESTIONS.at("1")))
          .when(
              all(
                  is(CompanyPresence.OFFICIAL_ACCOUNTS),
                  not(is(Purpose.DEFINED)),
                  CoversCondition.officialAccounts()))
          .suggest(Purpose.defined(true, Goal.BRAND_AWARENESS, Goal.RECRUITMENT))
          .build();

  static final Rule PURPOSE_NEEDS_MEASUREMENT =
      DeclarativeRule.builder("purpose-needs-measurement")
          .severity(Severity.INFO)
          .sources(Sources.of(Practice.EIGHT_QUESTIONS.at("1")))
          .when(all(notTrue(Purpose.DEFINED, Purpose.MEASURED), CoversCondition.officialAccounts()))
          .suggest(PresenceRules::measured)
          .build();

  static final Rule REGULATED_SECTOR =
      DeclarativeRule.builder("regulated-sector-needs-compliance")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(
                  Practice.EIGHT_QUESTIONS.at("5"),
                  Source.law(Laws.US, "FINRA Rule 2210", ""),
                  Source.law(Laws.US, "SEC Regulation FD", ""),
                  Source.law(Laws.US, "HIPAA", "")))
          .when(
              all(
                  sector(
                      Sector.FINANCIAL_SERVICES,
                      Sector.HEALTHCARE,
                      Sector.PHARMA,
                      Sector.PUBLIC_SECTOR),
                  not(is(LegalCompliance.SECTOR_RULES_APPLY))))
          .suggest(LegalCompliance.sectorRulesApply())
          .build();

  static final Rule BROKER_ARCHIVING =
      DeclarativeRule.builder("broker-posts-need-archiving")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(
                      Source.law(Laws.US, "SEC Rules 17a-3 and 17a-4", ""),
                      Source.law(Laws.US, "FINRA Rule 4511", ""),
                      Source.guidance(Laws.US, "FINRA Regulatory Notice 17-18 (2017)")
                          .readIn("JD Supra; ThinkAdvisor, 1 May 2017"),
                      Source.guidance(Laws.US, "FINRA Regulatory Notice 10-06"))
                  .reviewed(Laws.REVIEWED_3_DEC_2026))
          .when(
              all(
                  country(Country.US),
                  sector(Sector.FINANCIAL_SERVICES),
                  is(CompanyPresence.OFFICIAL_ACCOUNTS),
                  not(is(RecordKeeping.BUSINESS_POSTS_ARCHIVED)),
                  CoversCondition.officialAccounts()))
          .suggest(RecordKeeping.businessPostsArchived())
          .build();

  static final Rule PHARMA_INTERACTIONS =
      DeclarativeRule.builder("pharma-interactions-count")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(
                      Laws.PMCPA_SOCIAL_MEDIA,
                      Source.guidance(Laws.GB, "PMCPA: likes, tags and shares as dissemination")
                          .readIn("Morgan Lewis, February 2026"))
                  .reviewed(Laws.REVIEWED_3_DEC_2026))
          .when(
              all(
                  sector(Sector.PHARMA),
                  not(is(Interactions.COUNT_AS_STATEMENTS)),
                  CoversCondition.employeesOwnUse()))
          .suggest(Interactions.countAsStatements())
          .build();

  private static List<Decision> measured(Policy policy) {
    return policy
        .decision(Purpose.ID)
        .map(d -> List.of(d.withValue(Purpose.MEASURED, ParameterValue.ofBoolean(true))))
        .orElse(List.of());
  }
}
