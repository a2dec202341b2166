package dev.guidepost.policy.rules;

import static dev.guidepost.policy.condition.Conditions.all;
import static dev.guidepost.policy.condition.Conditions.any;
import static dev.guidepost.policy.condition.Conditions.contains;
import static dev.guidepost.policy.condition.Conditions.country;
import static dev.guidepost.policy.condition.Conditions.is;
import static dev.guidepost.policy.condition.Conditions.missing;
import static dev.guidepost.policy.condition.Conditions.not;
import static dev.guidepost.policy.condition.Conditions.representation;

import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.condition.DeclarativeRule;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
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
import java.time.LocalDate;

/**
 * Rules on employees' rights beyond speech: the German works council's say over binding rules of
 * conduct, consent to pictures of people, monitoring of what the policy calls private, and the
 * British duty to prevent sexual harassment.
 */
final class EmployeeRightsRules {
  private EmployeeRightsRules() {}

  /** A works council, alone or beside a union. */
  private static final EmployeeRepresentation[] WORKS_COUNCIL = {
    EmployeeRepresentation.WORKS_COUNCIL, EmployeeRepresentation.BOTH
  };

  /**
   * A German works council co-determines rules on employees' conduct in the workplace; rules whose
   * breach the policy sanctions are such rules, while a guide that only advises is not (ArbG
   * Düsseldorf 21.06.2013 – 14 BVGa 16/13, whose reasoning was read in a secondary summary). While
   * the guidelines wait for the works council ({@link LegalRules#APPROVAL_PENDING}), the finding is
   * an info reminding the organisation that the sanctioned rules need its approval.
   */
  static final Rule DE_CONDUCT_RULES_NEED_WORKS_COUNCIL =
      DeclarativeRule.builder("de-conduct-rules-need-works-council")
          .severity(Severity.WARNING)
          .severityWhen(LegalRules.APPROVAL_PENDING, Severity.INFO)
          .messageWhen(LegalRules.APPROVAL_PENDING, "before-adoption")
          .sources(
              Sources.of(
                      Source.law(Laws.DE, "BetrVG", "§ 87 Abs. 1 Nr. 1"),
                      Source.decision(
                              Laws.DE, "ArbG Düsseldorf, Beschluss vom 21.06.2013 – 14 BVGa 16/13")
                          .dated(LocalDate.of(2013, 6, 21))
                          .readIn("jurablogs.com, 19.05.2014"))
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(
              all(
                  country(Country.DE),
                  representation(WORKS_COUNCIL),
                  is(
                      Consequences.GRADUATED,
                      Consequences.DISMISSAL_POSSIBLE,
                      Consequences.LISTED_SANCTIONS,
                      Consequences.CONTACT_FIRST_UP_TO_DISMISSAL),
                  not(is(Consultation.REPRESENTATIVES_APPROVED))))
          .suggest(Consultation.representativesApproved())
          .build();

  /**
   * Pictures of a person need that person's consent in Germany (§ 22 KUG; an employee's in writing,
   * BAG 11.12.2014 – 8 AZR 1010/13) and Norway (åndsverkloven § 104, read as quoted by ndla.no).
   */
  static final Rule PHOTOS_NEED_CONSENT =
      DeclarativeRule.builder("photos-need-consent")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(
                      Source.law(Laws.DE, "KUG", "§ 22"),
                      Source.decision(Laws.DE, "BAG, Urteil vom 11.12.2014 – 8 AZR 1010/13")
                          .dated(LocalDate.of(2014, 12, 11)),
                      Source.law(Laws.NO, "åndsverkloven", "§ 104")
                          .readIn("ndla.no, \"Regler for publisering av bilder\""))
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(
              all(
                  country(Country.DE, Country.NO),
                  any(
                      is(CompanyPresence.OFFICIAL_ACCOUNTS),
                      is(Advocacy.ENCOURAGED, Advocacy.ENCOURAGED_VOLUNTARY)),
                  any(missing(PhotosAndContent.ID), is(PhotosAndContent.NOT_ADDRESSED))))
          .suggest(PhotosAndContent.consentRequired())
          .build();

  /**
   * A policy that calls employees' own use their own affair and also follows their posts
   * contradicts itself; monitoring employees' profiles is the subject of the Article 29 Working
   * Party's opinion on data processing at work, section 5.2.
   */
  static final Rule PRIVATE_USE_VS_MONITORING =
      DeclarativeRule.builder("private-use-vs-monitoring")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(
                  Source.guidance(
                          Laws.EU,
                          "Article 29 Working Party, Opinion 2/2017 on data processing at work"
                              + " (WP 249)")
                      .at("sect. 5.2")
                      .dated(LocalDate.of(2017, 6, 8))))
          .when(
              all(
                  is(PrivateUse.PRIVATE_MATTER),
                  is(Monitoring.PUBLIC_CONTENT_ONLY, Monitoring.ACTIVE_MONITORING)))
          .suggest(Monitoring.none())
          .suggest(PrivateUse.guidelinesApplyWhenIdentifiable())
          .build();

  /**
   * A British employer must take reasonable steps to prevent sexual harassment of its employees in
   * the course of their employment (Equality Act 2010 s.40A, inserted by the Worker Protection
   * (Amendment of Equality Act 2010) Act 2023 s.1, in force from 26 October 2024 under its s.5(3)).
   * A policy that names the organisation's anti-harassment policy among its related policies has
   * taken that step elsewhere, so the rule stays silent.
   */
  static final Rule GB_HARASSMENT_PREVENTION =
      DeclarativeRule.builder("gb-harassment-prevention")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(
                      Source.law(Laws.GB, "Equality Act 2010", "s. 40A"),
                      Source.law(
                          Laws.GB,
                          "Worker Protection (Amendment of Equality Act 2010) Act 2023",
                          "ss. 1 and 5(3)"))
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(
              all(
                  country(Country.GB),
                  any(
                      missing(HarassmentAndDiscrimination.ID),
                      is(HarassmentAndDiscrimination.NOT_ADDRESSED)),
                  not(
                      contains(
                          RelatedPolicies.LISTED,
                          RelatedPolicies.POLICIES,
                          PolicyKind.ANTI_HARASSMENT.id()))))
          .suggest(HarassmentAndDiscrimination.prohibited())
          .build();

  /**
   * Dismissing an employee for Facebook posts that manifested a protected belief was held
   * disproportionate and so unlawful direct discrimination (Higgs v Farmor's School [2025] EWCA Civ
   * 109, 12 February 2025; the judgment was read only in secondary summaries). A British policy
   * that threatens dismissal and bans criticism or asks for political impartiality is noted: a
   * sanction for a post needs a proportionate, case-by-case response.
   */
  static final Rule GB_PROTECTED_BELIEF_SANCTIONS =
      DeclarativeRule.builder("gb-protected-belief-sanctions")
          .severity(Severity.INFO)
          .sources(
              Sources.of(
                      Source.law(Laws.GB, "Equality Act 2010", "s. 13"),
                      Source.decision(Laws.GB, "Higgs v Farmor's School [2025] EWCA Civ 109")
                          .dated(LocalDate.of(2025, 2, 12))
                          .readIn("Pump Court Chambers, case summary, 11 March 2025"))
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(
              all(
                  country(Country.GB),
                  is(Consequences.DISMISSAL_POSSIBLE),
                  any(is(Criticism.PROHIBITED), is(PoliticalActivity.IMPARTIALITY_REQUIRED))))
          .suggest(Consequences.graduated())
          .build();
}
