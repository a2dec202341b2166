package dev.guidepost.policy.rules;

import static dev.guidepost.policy.condition.Conditions.all;
import static dev.guidepost.policy.condition.Conditions.any;
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
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
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

/** Rules that rest on law: employees' rights, consent to monitoring, and passwords. */
final class LegalRules {
  private LegalRules() {}

  private static final EmployeeRepresentation[] REPRESENTED = {
    EmployeeRepresentation.WORKS_COUNCIL, EmployeeRepresentation.UNION, EmployeeRepresentation.BOTH
  };

  /** A works council, alone or beside a union: in NL and DE the rights below are its rights. */
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
          .source(
              "a little over half of the US states forbid asking for access to personal accounts"
                  + " (Justia, 50-state survey, secondary), e.g. Md. Code, Lab. & Empl. §3-712;"
                  + " Cal. Lab. Code §980; Nev. Rev. Stat. §613.135; EU Article 29 Working Party,"
                  + " Opinion 2/2017 on data processing at work")
          .when(is(EmployerAccess.CREDENTIALS_REQUESTED))
          .suggest(EmployerAccess.neverRequested())
          .build();

  static final Rule MONITORING_NEEDS_CONSENT =
      DeclarativeRule.builder("monitoring-needs-consent")
          .severity(Severity.INFO)
          .severityWhen(
              all(country(Country.NL, Country.DE), representation(WORKS_COUNCIL)), Severity.ERROR)
          .severityWhen(country(Country.DK, Country.NO, Country.SE), Severity.WARNING)
          .severityWhen(representation(REPRESENTED), Severity.WARNING)
          .source(
              "NL WOR art. 27(1)(k),(l): the works council's consent (Autoriteit"
                  + " Persoonsgegevens, \"De OR en personeelsvolgsystemen\"); DE BetrVG §87(1)"
                  + " no. 6: the works council's co-determination (BAG 13.12.2016, 1 ABR 7/15);"
                  + " DK DA/LO aftale om kontrolforanstaltninger; NO arbeidsmiljøloven §§9-1, 9-2;"
                  + " SE MBL §11")
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
   * such a page is a technical facility to monitor them (BAG 13.12.2016, 1 ABR 7/15).
   */
  static final Rule DE_COMPANY_ACCOUNTS_NEED_WORKS_COUNCIL =
      DeclarativeRule.builder("de-company-accounts-need-works-council")
          .severity(Severity.WARNING)
          .source(
              "DE BetrVG §87(1) no. 6; BAG 13.12.2016, 1 ABR 7/15: a company Facebook page on"
                  + " which visitors can post about the behaviour or performance of employees is a"
                  + " technical facility for monitoring them, and providing that function is"
                  + " subject to the works council's co-determination")
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
          .source(
              Practice.point(Practice.SEVEN_POINTS, 6)
                  + "; "
                  + Practice.GROUND_RULES
                  + "; NL Wet bescherming klokkenluiders art. 2: employers with 50 or more"
                  + " employees must have an internal reporting procedure (Pels Rijcken, 2023,"
                  + " secondary)")
          .when(is(Criticism.PROHIBITED))
          .suggest(Criticism.raiseInternallyFirst())
          .build();

  static final Rule CRITICISM_BAN_US_NLRA =
      DeclarativeRule.builder("criticism-ban-us-nlra")
          .severity(Severity.ERROR)
          .source(
              "US NLRA §7, §8(a)(1) (29 U.S.C. §157, §158(a)(1)); Stericycle, Inc., 372 NLRB No. 113"
                  + " (2 Aug 2023): the Board's current test for work rules, not overruled when"
                  + " NLRB General Counsel Memo GC 26-03 (27 Feb 2026) told regions to prioritise"
                  + " facially unlawful rules, and expected to be revisited by the Board; Three D, LLC, 361 NLRB 308 (2014), aff'd 629 F. App'x 33 (2d Cir."
                  + " 2015) (summary order). Last reviewed 2026-12-03")
          .when(
              all(country(Country.US), not(sector(Sector.PUBLIC_SECTOR)), is(Criticism.PROHIBITED)))
          .suggest(Criticism.raiseInternallyFirst(), RightsNotice.included())
          .build();

  static final Rule CRITICISM_BAN_NEEDS_WHISTLEBLOWING =
      DeclarativeRule.builder("criticism-ban-needs-whistleblowing-carve-out")
          .severity(Severity.WARNING)
          .source(
              "GB Employment Rights Act 1996 s.43J(1) (a term that purports to preclude a"
                  + " protected disclosure is void); DE Hinweisgeberschutzgesetz, HinSchG §39 (agreements"
                  + " that restrict whistleblowers' rights are void; it implements Directive (EU)"
                  + " 2019/1937 art. 24); NL Wet bescherming klokkenluiders art. 17e (a reporter"
                  + " may not be disadvantaged); DK lov nr. 1436 af 29/06/2021 om beskyttelse af"
                  + " whistleblowere §8 (a whistleblower may not be hindered from reporting); SE"
                  + " lag (2021:890) om skydd för personer som rapporterar om missförhållanden,"
                  + " 3 kap. (protection against obstruction and reprisals); NO"
                  + " arbeidsmiljøloven §2 A-1 (the right to report) and §1-9 (no derogation by"
                  + " agreement to the employee's detriment). Last reviewed 2026-12-04")
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

  static final Rule NO_CRITICISM_BAN_PRIVATE_EMPLOYEES =
      DeclarativeRule.builder("no-criticism-ban-private-employees")
          .severity(Severity.WARNING)
          .source(
              "NO Grunnloven §100 binds private as well as public employers (Ot.prp. nr. 84"
                  + " (2005–2006) ch. 4.1.2); employees may in principle speak critically about"
                  + " conditions at work, even where the business suffers, within their duty of"
                  + " loyalty (Prop. 74 L (2018–2019) ch. 5.1). Last reviewed 2026-12-04")
          .when(
              all(country(Country.NO), not(sector(Sector.PUBLIC_SECTOR)), is(Criticism.PROHIBITED)))
          .suggest(Criticism.raiseInternallyFirst(), RightsNotice.included())
          .build();

  static final Rule US_CRITICISM_BAN_PUBLIC_EMPLOYEES =
      DeclarativeRule.builder("us-criticism-ban-public-employees")
          .severity(Severity.WARNING)
          .source(
              "US First Amendment: Garcetti v. Ceballos, 547 U.S. 410 (2006), opinion of the Court"
                  + " (slip op. 7-9): so long as public employees speak as citizens about matters of"
                  + " public concern, they may face only those speech restrictions that are"
                  + " necessary for their employers to operate efficiently and effectively; building"
                  + " on Pickering v. Board of Education, 391 U.S. 563 (1968). Last reviewed"
                  + " 2026-12-04")
          .when(all(country(Country.US), sector(Sector.PUBLIC_SECTOR), is(Criticism.PROHIBITED)))
          .suggest(Criticism.raiseInternallyFirst(), RightsNotice.included())
          .build();

  static final Rule SE_CRITICISM_BAN_PUBLICLY_FUNDED =
      DeclarativeRule.builder("se-criticism-ban-publicly-funded-providers")
          .severity(Severity.WARNING)
          .source(
              "SE lag (2017:151) om meddelarskydd i vissa enskilda verksamheter 1-2 §§: staff of"
                  + " privately run schools, health care and social care that are to some part"
                  + " publicly funded are protected against investigation and intervention when they"
                  + " give information about the activities for publication in media under the"
                  + " Freedom of the Press Act or the Fundamental Law on Freedom of Expression (text"
                  + " at lagboken.se, as amended to SFS 2019:974); Prop. 2016/17:31. Last reviewed"
                  + " 2026-12-04")
          .when(
              all(
                  country(Country.SE),
                  sector(Sector.HEALTHCARE, Sector.EDUCATION),
                  is(Criticism.PROHIBITED)))
          .suggest(Criticism.raiseInternallyFirst(), RightsNotice.included())
          .build();

  static final Rule US_RIGHTS_NOTICE =
      DeclarativeRule.builder("us-policy-needs-rights-notice")
          .severity(Severity.WARNING)
          .source(
              "practice: US NLRA §7 (29 U.S.C. §157) gives private-sector employees the rights"
                  + " such a notice states; no statute requires the notice, and it does not cure"
                  + " an overbroad rule")
          .when(
              all(
                  country(Country.US),
                  not(sector(Sector.PUBLIC_SECTOR)),
                  not(is(RightsNotice.INCLUDED))))
          .suggest(RightsNotice.included())
          .build();

  static final Rule ANONYMITY_VS_US_RIGHTS =
      DeclarativeRule.builder("anonymity-vs-us-rights")
          .severity(Severity.WARNING)
          .source(
              "US NLRA §7 (29 U.S.C. §157); Stericycle, Inc., 372 NLRB No. 113 (2023): a work"
                  + " rule is presumptively unlawful if it could reasonably tend to chill"
                  + " employees in exercising their §7 rights")
          .when(
              all(
                  country(Country.US),
                  not(sector(Sector.PUBLIC_SECTOR)),
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

  // --- lawful fixes (issue 13) ---

  /** The organisations that rule M3 speaks to: US private employers, GB and the EU countries. */
  private static final Condition PAY_TALK_COUNTRIES =
      any(
          all(country(Country.US), not(sector(Sector.PUBLIC_SECTOR))),
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
          .source(
              "US NLRA §7 (29 U.S.C. §157); NLRB General Counsel Memo GC 26-03 (27 Feb 2026): an"
                  + " outright ban on discussing wages is a clear, facial violation; GB Equality"
                  + " Act 2010 s.77 (pay secrecy terms unenforceable against a relevant pay"
                  + " disclosure); EU Pay Transparency Directive (EU) 2023/970 art. 7 (workers may"
                  + " disclose their pay; contract terms that stop them are prohibited),"
                  + " transposition due 7 June 2026 and late in most member states (Lewis Silkin,"
                  + " June 2026, secondary). Last reviewed 2026-12-03")
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
                              CarveOut.OWN_PAY_AND_CONDITIONS.id())))))
          .suggest(LegalRules::withPayCarveOut)
          .build();

  static final Rule US_WORKING_TIME_WORDING =
      DeclarativeRule.builder("us-working-time-wording")
          .severity(Severity.WARNING)
          .source(
              "US NLRA §7; T.R.W. Bearings Division (NLRB, 31 July 1981, case 10-CA-15080),"
                  + " applying Essex International: a rule against solicitation during \"working"
                  + " hours\" is presumptively invalid, as employees may read it to cover meal and"
                  + " break times; applied here to social media by analogy. Last reviewed"
                  + " 2026-12-03")
          .when(
              all(
                  country(Country.US),
                  not(sector(Sector.PUBLIC_SECTOR)),
                  is(WorkingHours.PROHIBITED, WorkingHours.TIME_LIMITED)))
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
}
