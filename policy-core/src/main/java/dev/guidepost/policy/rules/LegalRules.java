package dev.guidepost.policy.rules;

import static dev.guidepost.policy.condition.Conditions.all;
import static dev.guidepost.policy.condition.Conditions.any;
import static dev.guidepost.policy.condition.Conditions.boundTo;
import static dev.guidepost.policy.condition.Conditions.contains;
import static dev.guidepost.policy.condition.Conditions.country;
import static dev.guidepost.policy.condition.Conditions.is;
import static dev.guidepost.policy.condition.Conditions.missing;
import static dev.guidepost.policy.condition.Conditions.not;
import static dev.guidepost.policy.condition.Conditions.representation;
import static dev.guidepost.policy.condition.Conditions.sector;

import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.condition.Condition;
import dev.guidepost.policy.condition.DeclarativeRule;
import dev.guidepost.policy.model.Audience;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Rules that rest on law: employees' rights, consent to monitoring, and passwords. */
final class LegalRules {
  private LegalRules() {}

  private static final EmployeeRepresentation[] REPRESENTED = {
    EmployeeRepresentation.WORKS_COUNCIL, EmployeeRepresentation.UNION, EmployeeRepresentation.BOTH
  };

  /** A works council, alone or beside a union: in NL and DE the rights below are its rights. */
  /**
   * The guidelines say they take effect only once they have gone through the employee
   * representatives ({@code consultation = before-adoption}). A pending approval is not an approval
   * given, so the rules that ask for the representatives' involvement keep their finding; but as
   * the draft itself defers to that involvement, the finding is an info reminding the organisation
   * to obtain it before the guidelines (and any monitoring they announce) take effect, in its own
   * words.
   */
  static final Condition APPROVAL_PENDING = is(Consultation.BEFORE_ADOPTION);

  private static final EmployeeRepresentation[] WORKS_COUNCIL = {
    EmployeeRepresentation.WORKS_COUNCIL, EmployeeRepresentation.BOTH
  };

  /**
   * Where the law asks that monitoring be announced, discussed or negotiated with the employee
   * representatives rather than approved by them (DK, NO, SE).
   */
  private static final Condition DISCUSSION_SUFFICES = country(Country.DK, Country.NO, Country.SE);

  static final Rule CREDENTIALS_NEVER_REQUESTED =
      DeclarativeRule.builder("credentials-never-requested")
          .severity(Severity.ERROR)
          .sources(
              Sources.of(
                      Source.law(Laws.US, "Md. Code, Lab. & Empl.", "§ 3-712"),
                      Source.law(Laws.US, "Cal. Lab. Code", "§ 980"),
                      Source.law(Laws.US, "Nev. Rev. Stat.", "§ 613.135"),
                      Source.law(Laws.US, "N.Y. Lab. Law", "§ 201-i(2)(a)")
                          .link("https://www.nysenate.gov/legislation/laws/LAB/201-I"),
                      Source.law(Laws.US, "state laws on employer access to personal accounts", "")
                          .readIn("Justia, 50-state survey"),
                      Source.guidance(
                          Laws.EU,
                          "Article 29 Working Party, Opinion 2/2017 on data processing at work (WP 249)"))
                  .reviewed(Laws.REVIEWED_3_DEC_2026))
          .when(is(EmployerAccess.CREDENTIALS_REQUESTED))
          .suggest(EmployerAccess.neverRequested())
          .build();

  /**
   * Monitoring needs the employee representatives' approval (NL, DE) or a discussion with them (DK,
   * NO, SE). Where the organisation has representatives and the guidelines take effect only once
   * they have gone through them ({@link #APPROVAL_PENDING}), the finding is an info with its own
   * message: the monitoring must wait for that step, which the draft itself announces, but nothing
   * has been given yet. Without representatives the pending clause names no body, so the finding
   * keeps its severity. A Dutch works council's consent is not needed in so far as a collective
   * agreement already settles the monitoring in substance (WOR art. 27(3)); the model cannot tell
   * that, so the Dutch message names the exception. A Swedish employer negotiates under MBL 11 §
   * with a union it has a collective agreement with, and under 13 § with one it has none with when
   * the matter particularly concerns that union's members. In Great Britain the ICO's guidance on
   * monitoring workers asks the employer to consider a DPIA, to consider seeking the views of
   * workers and their representatives, and to tell workers about the monitoring; the British
   * message says so.
   */
  static final Rule MONITORING_NEEDS_CONSENT =
      DeclarativeRule.builder("monitoring-needs-consent")
          .severity(Severity.INFO)
          .severityWhen(all(APPROVAL_PENDING, representation(REPRESENTED)), Severity.INFO)
          .messageWhen(all(APPROVAL_PENDING, representation(REPRESENTED)), "before-adoption")
          .severityWhen(
              all(country(Country.NL, Country.DE), representation(WORKS_COUNCIL)), Severity.ERROR)
          .severityWhen(country(Country.DK, Country.NO, Country.SE), Severity.WARNING)
          .severityWhen(representation(REPRESENTED), Severity.WARNING)
          .sources(
              Sources.of(
                      Laws.WOR_27_1_K_L,
                      Laws.WOR_27_3,
                      Laws.WOR_27_5,
                      Source.guidance(
                              Laws.NL,
                              "Autoriteit Persoonsgegevens, \"De OR en personeelsvolgsystemen\"")
                          .link(
                              "https://autoriteitpersoonsgegevens.nl/nl/onderwerpen/werk-en-uitkering/ondernemingsraad-or"),
                      Laws.BETRVG_87_1_6,
                      Laws.BAG_1_ABR_7_15,
                      Source.law(Laws.DK, "DA/LO-aftalen om kontrolforanstaltninger", "")
                          .readIn(
                              "HORESTA, \"Krav ved indførelse af kontrolforanstaltning\"; Dansk"
                                  + " Industri, \"Ny skabelon til varsling af"
                                  + " kontrolforanstaltninger\", 9 August 2022"),
                      Source.law(Laws.NO, "arbeidsmiljøloven", "§§ 9-1 og 9-2"),
                      Laws.MBL_11,
                      Laws.MBL_13,
                      Source.guidance(
                              Laws.GB,
                              "Information Commissioner's Office, \"Monitoring workers\","
                                  + " checklists")
                          .link(
                              "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/employment/monitoring-workers/checklists/"))
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(
              all(
                  is(Monitoring.PUBLIC_CONTENT_ONLY, Monitoring.ACTIVE_MONITORING),
                  any(
                      not(
                          is(
                              Consultation.REPRESENTATIVES_APPROVED,
                              Consultation.REPRESENTATIVES_CONSULTED)),
                      all(is(Consultation.REPRESENTATIVES_CONSULTED), not(DISCUSSION_SUFFICES)))))
          .suggest(LegalRules::involveRepresentatives)
          .suggest(Monitoring.none())
          .build();

  /**
   * A German works council co-determines a company page on which visitors can post about employees:
   * such a page is a technical facility to monitor them (BAG 13.12.2016, 1 ABR 7/15). While the
   * guidelines wait for the works council ({@link #APPROVAL_PENDING}), the finding is an info
   * reminding the organisation that the page needs its approval.
   */
  static final Rule DE_COMPANY_ACCOUNTS_NEED_WORKS_COUNCIL =
      DeclarativeRule.builder("de-company-accounts-need-works-council")
          .severity(Severity.WARNING)
          .severityWhen(APPROVAL_PENDING, Severity.INFO)
          .messageWhen(APPROVAL_PENDING, "before-adoption")
          .sources(
              Sources.of(Laws.BETRVG_87_1_6, Laws.BAG_1_ABR_7_15)
                  .reviewed(Laws.REVIEWED_3_DEC_2026))
          .when(
              all(
                  country(Country.DE),
                  representation(WORKS_COUNCIL),
                  is(CompanyPresence.OFFICIAL_ACCOUNTS),
                  not(is(Consultation.REPRESENTATIVES_APPROVED)),
                  CoversCondition.officialAccounts()))
          .suggest(Consultation.representativesApproved())
          .build();

  static final Rule CRITICISM_BAN_WITHOUT_CHANNEL =
      DeclarativeRule.builder("criticism-ban-without-internal-channel")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(
                  Practice.SEVEN_POINTS.at("6"),
                  Practice.GROUND_RULES,
                  Source.law(Laws.NL, "Wet bescherming klokkenluiders", "artikel 2")
                      .readIn("Pels Rijcken, 2023")))
          .when(is(Criticism.PROHIBITED))
          .suggest(Criticism.raiseInternallyFirst())
          .build();

  static final Rule CRITICISM_BAN_US_NLRA =
      DeclarativeRule.builder("criticism-ban-us-nlra")
          .severity(Severity.ERROR)
          .sources(
              Sources.of(Laws.NLRA_7, Laws.NLRA_8_A_1, Laws.STERICYCLE, Laws.GC_26_03, Laws.THREE_D)
                  .reviewed(Laws.REVIEWED_3_DEC_2026))
          .when(all(UsWorkRules.US_PRIVATE, is(Criticism.PROHIBITED)))
          .suggest(Criticism.raiseInternallyFirst(), RightsNotice.included())
          .build();

  static final Rule CRITICISM_BAN_NEEDS_WHISTLEBLOWING =
      DeclarativeRule.builder("criticism-ban-needs-whistleblowing-carve-out")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(
                      Source.law(Laws.GB, "Employment Rights Act 1996", "s. 43J(1)"),
                      Source.law(Laws.DE, "HinSchG", "§ 39"),
                      Source.law(Laws.NL, "Wet bescherming klokkenluiders", "artikel 17e"),
                      Source.law(
                          Laws.DK,
                          "lov nr. 1436 af 29. juni 2021 om beskyttelse af whistleblowere",
                          "§ 8"),
                      Source.law(
                          Laws.SE,
                          "lagen (2021:890) om skydd för personer som rapporterar om missförhållanden",
                          "3 kap."),
                      Source.law(Laws.NO, "arbeidsmiljøloven", "§ 2 A-1 og § 1-9"))
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(
              all(
                  country(Country.GB, Country.DE, Country.NL, Country.DK, Country.SE, Country.NO),
                  is(Criticism.PROHIBITED),
                  not(is(RightsNotice.INCLUDED))))
          .suggest(RightsNotice.included())
          .build();

  static final Rule CRITICISM_BAN_PUBLIC_EMPLOYEES =
      DeclarativeRule.builder("criticism-ban-public-employees")
          .severity(Severity.ERROR)
          .sources(
              Sources.of(
                  Source.law(
                      Laws.DK,
                      "lov nr. 557 af 27. maj 2025 om offentligt ansattes ytringsfrihed",
                      ""),
                  Source.law(Laws.SE, "regeringsformen", "2 kap. 1 §"),
                  Source.law(Laws.SE, "tryckfrihetsförordningen", ""),
                  Laws.GRUNNLOVEN_100))
          .when(
              all(
                  sector(Sector.PUBLIC_SECTOR),
                  country(Country.DK, Country.SE, Country.NO),
                  is(Criticism.PROHIBITED)))
          .suggest(Criticism.raiseInternallyFirst(), RightsNotice.included())
          .build();

  static final Rule NO_CRITICISM_BAN_PRIVATE_EMPLOYEES =
      DeclarativeRule.builder("no-criticism-ban-private-employees")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(
                      Laws.GRUNNLOVEN_100,
                      Source.law(Laws.NO, "Ot.prp. nr. 84 (2005–2006)", "kap. 4.1.2")
                          .link(
                              "https://regjeringen.no/no/dokumenter/otprp-nr-84-2005-2006-/id189449/?ch=4"),
                      Source.law(Laws.NO, "Prop. 74 L (2018–2019)", "kap. 5.1"))
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(
              all(country(Country.NO), not(sector(Sector.PUBLIC_SECTOR)), is(Criticism.PROHIBITED)))
          .suggest(Criticism.raiseInternallyFirst(), RightsNotice.included())
          .build();

  static final Rule US_CRITICISM_BAN_PUBLIC_EMPLOYEES =
      DeclarativeRule.builder("us-criticism-ban-public-employees")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(
                      Source.law(Laws.US, "U.S. Constitution", "First Amendment"),
                      Source.decision(Laws.US, "Garcetti v. Ceballos, 547 U.S. 410 (2006)"),
                      Source.decision(
                          Laws.US, "Pickering v. Board of Education, 391 U.S. 563 (1968)"))
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(all(country(Country.US), sector(Sector.PUBLIC_SECTOR), is(Criticism.PROHIBITED)))
          .suggest(Criticism.raiseInternallyFirst(), RightsNotice.included())
          .build();

  static final Rule SE_CRITICISM_BAN_PUBLICLY_FUNDED =
      DeclarativeRule.builder("se-criticism-ban-publicly-funded-providers")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(
                      Source.law(
                          Laws.SE,
                          "lagen (2017:151) om meddelarskydd i vissa enskilda verksamheter",
                          "1–2 §§"),
                      Source.law(Laws.SE, "prop. 2016/17:31", ""))
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(
              all(
                  country(Country.SE),
                  sector(Sector.HEALTHCARE, Sector.EDUCATION),
                  is(Criticism.PROHIBITED)))
          .suggest(Criticism.raiseInternallyFirst(), RightsNotice.included())
          .build();

  /**
   * No statute requires a US policy to state that it leaves employees' rights intact; it is common
   * practice. Such a notice does not by itself cure an overbroad rule: in First Transit (2014) the
   * NLRB held that the handbook's "freedom of association" clause did not save its overbroad rules
   * (as reported by Practical Law). The rule asks for the notice; {@code criticism-ban-us-nlra}
   * fires whether or not it is there.
   */
  static final Rule US_RIGHTS_NOTICE =
      DeclarativeRule.builder("us-policy-needs-rights-notice")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(
                      Source.commonPractice(),
                      Laws.NLRA_7,
                      Source.decision(Laws.US, "First Transit, Inc., 360 NLRB 619 (2014)")
                          .dated(LocalDate.of(2014, 4, 2))
                          .readIn("Practical Law Labor & Employment, 8 April 2014"))
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(all(UsWorkRules.US_PRIVATE, not(is(RightsNotice.INCLUDED))))
          .suggest(RightsNotice.included())
          .build();

  static final Rule ANONYMITY_VS_US_RIGHTS =
      DeclarativeRule.builder("anonymity-vs-us-rights")
          .severity(Severity.WARNING)
          .sources(Sources.of(Laws.NLRA_7, Laws.STERICYCLE).reviewed(Laws.REVIEWED_3_DEC_2026))
          .when(
              all(
                  UsWorkRules.US_PRIVATE,
                  is(Anonymity.NO_ANONYMOUS_POSTS_ABOUT_WORK),
                  not(is(RightsNotice.INCLUDED))))
          .suggest(RightsNotice.included())
          .build();

  static final Rule PUBLIC_SECTOR_IMPARTIALITY =
      DeclarativeRule.builder("public-sector-impartiality")
          .severity(Severity.INFO)
          .sources(
              Sources.of(
                  Source.guidance(Laws.GB, "Civil Service Code"),
                  Source.practice("BBC social media guidance"),
                  Source.practice("NPR social media guidance")))
          .when(
              all(
                  sector(Sector.PUBLIC_SECTOR, Sector.MEDIA),
                  any(missing(PoliticalActivity.ID), is(PoliticalActivity.NOT_ADDRESSED)),
                  CoversCondition.employeesOwnUse()))
          .suggest(PoliticalActivity.impartialityRequired())
          .suggest(PoliticalActivity.privateCapacityOnly())
          .build();

  // --- lawful fixes (issue 13) ---

  /** The organisations that rule M3 speaks to: US private employers, GB and the EU countries. */
  private static final Condition PAY_TALK_COUNTRIES =
      any(
          UsWorkRules.US_PRIVATE,
          country(Country.GB, Country.NL, Country.DE, Country.DK, Country.SE));

  static final Rule CONFIDENTIALITY_MUST_ALLOW_PAY_TALK =
      DeclarativeRule.builder("confidentiality-must-allow-pay-talk")
          .severity(Severity.WARNING)
          .severityWhen(
              all(
                  country(Country.US),
                  contains(
                      Confidentiality.LISTED_TOPICS,
                      Confidentiality.TOPICS,
                      Topic.PAY_AND_WORKING_CONDITIONS.id())),
              Severity.ERROR)
          .sources(
              Sources.of(
                      Laws.NLRA_7,
                      Laws.GC_26_03,
                      Source.law(Laws.GB, "Equality Act 2010", "s. 77"),
                      Source.law(Laws.EU, "Directive (EU) 2023/970", "art. 7"))
                  .reviewed(Laws.REVIEWED_3_DEC_2026))
          .when(
              all(
                  PAY_TALK_COUNTRIES,
                  any(
                      is(Confidentiality.ALL_INTERNAL_INFORMATION),
                      contains(
                          Confidentiality.LISTED_TOPICS,
                          Confidentiality.TOPICS,
                          Topic.COLLEAGUES.id()),
                      contains(
                          Confidentiality.LISTED_TOPICS,
                          Confidentiality.TOPICS,
                          Topic.PAY_AND_WORKING_CONDITIONS.id())),
                  not(
                      any(
                          contains(
                              Confidentiality.LISTED_TOPICS,
                              Confidentiality.CARVE_OUTS,
                              CarveOut.OWN_PAY_AND_CONDITIONS.id()),
                          contains(
                              Confidentiality.ALL_INTERNAL_INFORMATION,
                              Confidentiality.CARVE_OUTS,
                              CarveOut.OWN_PAY_AND_CONDITIONS.id()),
                          contains(
                              Confidentiality.LISTED_TOPICS,
                              Confidentiality.CARVE_OUTS,
                              CarveOut.DISCUSSING_PAY_AND_CONDITIONS.id()),
                          contains(
                              Confidentiality.ALL_INTERNAL_INFORMATION,
                              Confidentiality.CARVE_OUTS,
                              CarveOut.DISCUSSING_PAY_AND_CONDITIONS.id())))))
          .suggest(LegalRules::withPayCarveOut)
          .build();

  static final Rule US_WORKING_TIME_WORDING =
      DeclarativeRule.builder("us-working-time-wording")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(
                      Laws.NLRA_7,
                      Source.decision(
                              Laws.US, "T.R.W. Bearings Division, case 10-CA-15080 (NLRB 1981)")
                          .dated(LocalDate.of(1981, 7, 31)))
                  .reviewed(Laws.REVIEWED_3_DEC_2026))
          .when(all(UsWorkRules.US_PRIVATE, is(WorkingHours.PROHIBITED, WorkingHours.TIME_LIMITED)))
          .suggest(WorkingHours.breaksOnly())
          .build();

  /**
   * The policy's confidentiality decision with {@code own-pay-and-conditions} added to its
   * carve-outs, every other choice kept.
   */
  private static List<Decision> withPayCarveOut(Policy policy) {
    return policy
        .decision(Confidentiality.ID)
        .map(
            decision -> {
              List<String> carveOuts =
                  new ArrayList<>(
                      decision
                          .value(Confidentiality.CARVE_OUTS)
                          .map(ParameterValue::asList)
                          .orElse(List.of()));
              carveOuts.add(CarveOut.OWN_PAY_AND_CONDITIONS.id());
              return List.of(
                  decision.withValue(
                      Confidentiality.CARVE_OUTS, ParameterValue.ofChoices(carveOuts)));
            })
        .orElse(List.of());
  }

  /**
   * Returns the involvement of the employee representatives the law asks for monitoring in the
   * organisation's country: a discussion where it suffices, their approval elsewhere.
   */
  private static List<Decision> involveRepresentatives(Policy policy) {
    return List.of(
        DISCUSSION_SUFFICES.test(policy)
            ? Consultation.representativesConsulted()
            : Consultation.representativesApproved());
  }

  /**
   * A demand that every post be "completely accurate and not misleading" was held unlawful by an
   * NLRB administrative law judge in General Motors (JD-27-12, 2012; the findings read in secondary
   * summaries): an inaccurate post does not by itself lose the Act's protection. The lawful form
   * asks only that employees not post what they know to be false. A rule that binds only those who
   * speak on the organisation's behalf, when they do so, governs the organisation's own voice, not
   * employees' own posts, and is not read here (the project's review of Coca-Cola's policy).
   */
  static final Rule US_ACCURACY_RULE_TOO_BROAD =
      DeclarativeRule.builder("us-accuracy-rule-too-broad")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(Laws.NLRA_7, Laws.STERICYCLE, Laws.GENERAL_MOTORS_ALJ_2012)
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(
              all(
                  UsWorkRules.US_PRIVATE,
                  is(Accuracy.TRUE_AND_NOT_MISLEADING),
                  not(boundTo(Accuracy.ID, Audience.SPOKESPERSONS))))
          .suggest(Accuracy.noFalseStatements())
          .build();
}
