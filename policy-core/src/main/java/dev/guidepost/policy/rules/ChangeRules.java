package dev.guidepost.policy.rules;

import static dev.guidepost.policy.condition.Conditions.all;
import static dev.guidepost.policy.condition.Conditions.any;
import static dev.guidepost.policy.condition.Conditions.country;
import static dev.guidepost.policy.condition.Conditions.is;
import static dev.guidepost.policy.condition.Conditions.representation;

import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.condition.Condition;
import dev.guidepost.policy.condition.DeclarativeRule;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import dev.guidepost.policy.standard.Consequences;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.Review;
import java.time.LocalDate;

/**
 * Rules on how the policy itself may change. A policy that says it may change at any time without
 * notice promises what an employer with employee representatives cannot always do alone: where the
 * policy monitors employees or sets binding rules of conduct, the representatives have a say in
 * changes to those parts.
 */
final class ChangeRules {
  private ChangeRules() {}

  /** A works council, alone or beside a union: in NL and DE the consent right is its right. */
  private static final EmployeeRepresentation[] WORKS_COUNCIL = {
    EmployeeRepresentation.WORKS_COUNCIL, EmployeeRepresentation.BOTH
  };

  /** Any form of representation: in DK, NO and SE notice, discussion or negotiation is owed. */
  private static final EmployeeRepresentation[] REPRESENTED = {
    EmployeeRepresentation.WORKS_COUNCIL, EmployeeRepresentation.UNION, EmployeeRepresentation.BOTH
  };

  /** The policy monitors employees' social media: a control measure. */
  private static final Condition MONITORS =
      is(Monitoring.PUBLIC_CONTENT_ONLY, Monitoring.ACTIVE_MONITORING);

  /** The policy's rules carry sanctions: binding rules of conduct, not advice. */
  private static final Condition BINDING =
      is(
          Consequences.GRADUATED,
          Consequences.DISMISSAL_POSSIBLE,
          Consequences.LISTED_SANCTIONS,
          Consequences.CONTACT_FIRST_UP_TO_DISMISSAL);

  /**
   * {@code review = changed-without-notice} at a represented employer whose policy holds what the
   * representatives have a say in. A Dutch works council must consent to every establishment,
   * change or withdrawal of a regulation on monitoring or on employees' personal data, and a
   * decision taken without it is void once the council invokes that in writing (WOR art. 27(1)(k),
   * (l) and (5)), unless a collective agreement already settles the monitoring in substance (art.
   * 27(3)); a German works council co-determines rules of conduct and technical monitoring, and
   * where the two sides do not agree the conciliation board decides (BetrVG § 87(1) Nr. 1 and 6,
   * (2)). Both are warnings, for a works council only. In Denmark new control measures must be
   * announced to employees beforehand under the DA/LO agreement (pkt. 2; the Labour Court fined an
   * employer for monitoring without notice, AR2014.0228); in Norway the employer must discuss major
   * changes of control measures with the tillitsvalgte as early as possible (aml § 9-2(1)); in
   * Sweden an employer bound by a collective agreement must negotiate before a major change in
   * working conditions (MBL 11 §), and one without a collective agreement with a union must
   * negotiate with it when the matter particularly concerns its members (MBL 13 §). There the
   * employer still decides, so these are notes (info), for any representation. The fix is a fixed
   * review, which promises nothing the law forbids.
   */
  static final Rule CHANGES_NEED_REPRESENTATIVES =
      DeclarativeRule.builder("changes-need-representatives")
          .severity(Severity.WARNING)
          .severityWhen(country(Country.DK, Country.NO, Country.SE), Severity.INFO)
          .sources(
              Sources.of(
                      Laws.WOR_27_1_K_L,
                      Laws.WOR_27_3,
                      Laws.WOR_27_5,
                      Source.law(Laws.DE, "BetrVG", "§ 87 Abs. 1 Nr. 1"),
                      Laws.BETRVG_87_1_6,
                      Source.law(Laws.DE, "BetrVG", "§ 87 Abs. 2"),
                      Source.law(
                              Laws.DK,
                              "DA/LO-aftalen om kontrolforanstaltninger af 27. oktober 2006",
                              "pkt. 2")
                          .readIn("Dansk Industri, \"Kontrolforanstaltninger\""),
                      Source.decision(Laws.DK, "Arbejdsretten, dom af 30. juni 2015, AR2014.0228")
                          .dated(LocalDate.of(2015, 6, 30))
                          .link(
                              "https://arbejdsretten.dk/afgoerelser/afgoerelser/2015/arbejdsrettens-dom-af-30-juni-2015-i-sag-ar20140228/"),
                      Source.law(Laws.NO, "arbeidsmiljøloven", "§ 9-2"),
                      Laws.MBL_11,
                      Laws.MBL_13)
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(
              all(
                  is(Review.CHANGED_WITHOUT_NOTICE),
                  any(
                      all(country(Country.NL, Country.DE), representation(WORKS_COUNCIL), MONITORS),
                      all(country(Country.DE), representation(WORKS_COUNCIL), BINDING),
                      all(
                          country(Country.DK, Country.NO, Country.SE),
                          representation(REPRESENTED),
                          MONITORS))))
          .suggest(Review.every(12))
          .build();
}
