package dev.guidepost.policy.rules;

import static dev.guidepost.policy.condition.Conditions.all;
import static dev.guidepost.policy.condition.Conditions.country;
import static dev.guidepost.policy.condition.Conditions.is;

import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.condition.DeclarativeRule;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.Monitoring;
import java.time.LocalDate;

/** Rules on the notices US law asks an employer to give its employees. */
final class NoticeRules {
  private NoticeRules() {}

  /**
   * New York (private employers), Connecticut and Delaware (private and public employers) require
   * written notice before an employer monitors employees' telephone, e-mail or internet use on its
   * systems: N.Y. Civ. Rights Law § 52-c (L. 2021, ch. 583), Conn. Gen. Stat. § 31-48d(b), Del.
   * Code tit. 19, § 705(b).
   */
  static final Rule US_MONITORING_NEEDS_NOTICE =
      DeclarativeRule.builder("us-monitoring-needs-notice")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(
                      Source.law(Laws.US, "N.Y. Civ. Rights Law", "§ 52-c"),
                      Source.law(Laws.US, "Conn. Gen. Stat.", "§ 31-48d(b)"),
                      Source.law(Laws.US, "Del. Code tit. 19,", "§ 705(b)"))
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(all(country(Country.US), is(Monitoring.ACTIVE_MONITORING)))
          .suggest(Monitoring.publicContentOnly())
          .suggest(Monitoring.none())
          .build();

  /**
   * An employer must give notice of the immunity for disclosing trade secrets to officials or
   * attorneys in any agreement with an employee that governs confidential information, or refer to
   * a policy that sets out how to report suspected violations of law; otherwise it cannot recover
   * exemplary damages or attorney fees from that employee (18 U.S.C. § 1833(b)(3), for agreements
   * made or updated after 11 May 2016).
   */
  static final Rule US_CONFIDENTIALITY_NEEDS_IMMUNITY_NOTICE =
      DeclarativeRule.builder("us-confidentiality-needs-immunity-notice")
          .severity(Severity.INFO)
          .sources(
              Sources.of(
                      Source.law(Laws.US, "18 U.S.C.", "§ 1833(b)"),
                      Source.law(Laws.US, "Defend Trade Secrets Act of 2016, Pub. L. 114-153", "")
                          .dated(LocalDate.of(2016, 5, 11)))
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(
              all(
                  country(Country.US),
                  is(Confidentiality.LISTED_TOPICS, Confidentiality.ALL_INTERNAL_INFORMATION)))
          .build();
}
