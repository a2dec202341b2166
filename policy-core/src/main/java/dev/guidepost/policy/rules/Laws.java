package dev.guidepost.policy.rules;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.source.Jurisdiction;
import dev.guidepost.policy.source.Source;
import java.time.LocalDate;

/**
 * The jurisdictions of the legal rules and the sources more than one rule cites, each read in a
 * stored copy of the statute, decision or guidance unless it says where it was read instead.
 */
final class Laws {
  private Laws() {}

  static final Jurisdiction DK = Jurisdiction.of(Country.DK);
  static final Jurisdiction SE = Jurisdiction.of(Country.SE);
  static final Jurisdiction NO = Jurisdiction.of(Country.NO);
  static final Jurisdiction NL = Jurisdiction.of(Country.NL);
  static final Jurisdiction DE = Jurisdiction.of(Country.DE);
  static final Jurisdiction GB = Jurisdiction.of(Country.GB);
  static final Jurisdiction US = Jurisdiction.of(Country.US);
  static final Jurisdiction EU = Jurisdiction.EU;

  /** The day the citations of the rules marked with it were last checked against the law. */
  static final LocalDate REVIEWED_3_DEC_2026 = LocalDate.of(2026, 12, 3);

  /** The day the citations of the rules marked with it were last checked against the law. */
  static final LocalDate REVIEWED_4_DEC_2026 = LocalDate.of(2026, 12, 4);

  /** Employees' right to act together for mutual aid or protection (29 U.S.C. § 157). */
  static final Source NLRA_7 =
      Source.law(US, "National Labor Relations Act", "§ 7 (29 U.S.C. § 157)");

  /**
   * The employer's unfair labour practice of interfering with § 7 rights (29 U.S.C. § 158(a)(1)).
   */
  static final Source NLRA_8_A_1 =
      Source.law(US, "National Labor Relations Act", "§ 8(a)(1) (29 U.S.C. § 158(a)(1))");

  /**
   * The NLRB's current test for work rules: a rule is presumptively unlawful if it could reasonably
   * tend to chill employees in exercising their § 7 rights. Not overruled when GC 26-03 told the
   * regions to prioritise facially unlawful rules, and expected to be revisited by the Board.
   */
  static final Source STERICYCLE =
      Source.decision(US, "Stericycle, Inc., 372 NLRB No. 113 (2023)")
          .dated(LocalDate.of(2023, 8, 2))
          .underReview();

  /** The NLRB General Counsel's memo of 27 February 2026 on facially unlawful rules. */
  static final Source GC_26_03 =
      Source.guidance(US, "NLRB General Counsel, Memo GC 26-03").dated(LocalDate.of(2026, 2, 27));

  /** The works council's co-determination of technical facilities to monitor employees. */
  static final Source BETRVG_87_1_6 = Source.law(DE, "BetrVG", "§ 87 Abs. 1 Nr. 6");

  /**
   * A company Facebook page on which visitors can post about the behaviour or performance of
   * employees is a technical facility for monitoring them.
   */
  static final Source BAG_1_ABR_7_15 =
      Source.decision(DE, "BAG, Beschluss vom 13.12.2016 – 1 ABR 7/15")
          .dated(LocalDate.of(2016, 12, 13));

  /**
   * The Dutch works council's consent to every regulation on employees' personal data (k) and on
   * facilities to observe or check their presence, behaviour or performance (l).
   */
  static final Source WOR_27_1_K_L = Source.law(NL, "WOR", "artikel 27 lid 1 onder k en l");

  /**
   * No consent is needed in so far as the matter is already settled in substance for the company in
   * a collective agreement or in terms of employment set by a public body.
   */
  static final Source WOR_27_3 = Source.law(NL, "WOR", "artikel 27 lid 3");

  /**
   * A decision taken without consent is void if the works council invokes this in writing, within a
   * month.
   */
  static final Source WOR_27_5 = Source.law(NL, "WOR", "artikel 27 lid 5");

  /** The Swedish co-determination act, as its own title names it. */
  private static final String MBL = "lagen (1976:580) om medbestämmande i arbetslivet (MBL)";

  /**
   * Before deciding on a major change of its business, or of the working or employment conditions
   * of a union's members, an employer bound by a collective agreement with the union must negotiate
   * with it.
   */
  static final Source MBL_11 = Source.law(SE, MBL, "11 §");

  /**
   * Where a matter particularly concerns the working or employment conditions of members of a union
   * the employer has no collective agreement with, the employer must negotiate with that union
   * under 11 and 12 §§.
   */
  static final Source MBL_13 = Source.law(SE, MBL, "13 §");

  /** Freedom of expression, binding public and private employers alike. */
  static final Source GRUNNLOVEN_100 = Source.law(NO, "Grunnloven", "§ 100");

  /** Hidden advertising: the commercial intent of a communication must be clear. */
  static final Source MARKEDSFORINGSLOVEN_6_4 =
      Source.law(DK, "markedsføringsloven", "§ 6, stk. 4");

  /**
   * The Consumer Ombudsman's case on employees' posts on their own Facebook profiles: it must
   * always be clear when an employee advertises on behalf of a business; mark the post itself.
   */
  static final Source FORBRUGEROMBUDSMANDEN_18_05035 =
      Source.decision(DK, "Forbrugerombudsmanden, sag 18/05035");

  /** The PMCPA's social media guidance for the pharmaceutical industry, revised in 2026. */
  static final Source PMCPA_SOCIAL_MEDIA =
      Source.guidance(GB, "PMCPA, social media guidance").dated(LocalDate.of(2026, 2, 4));

  /**
   * An NLRB administrative law judge's decision on General Motors' social media policy, whose
   * findings were read in secondary summaries (the decision's opening pages with the rule text were
   * read in a stored copy).
   */
  static final Source GENERAL_MOTORS_ALJ_2012 =
      Source.decision(US, "General Motors LLC, JD-27-12, Case 07-CA-053570 (NLRB ALJ 2012)")
          .dated(LocalDate.of(2012, 5, 30))
          .readIn("LexisNexis Labor & Employment blog, 8 June 2012; HR Morning");

  /**
   * A Facebook comment on pay is protected, and a rule against "inappropriate discussions about the
   * company, management, and/or co-workers" is unlawful.
   */
  static final Source THREE_D =
      Source.decision(
          US, "Three D, LLC, 361 NLRB 308 (2014), aff'd, 629 F. App'x 33 (2d Cir. 2015)");
}
