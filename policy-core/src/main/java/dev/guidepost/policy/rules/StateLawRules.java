package dev.guidepost.policy.rules;

import static dev.guidepost.policy.condition.Conditions.all;
import static dev.guidepost.policy.condition.Conditions.country;
import static dev.guidepost.policy.condition.Conditions.is;
import static dev.guidepost.policy.condition.Conditions.not;
import static dev.guidepost.policy.condition.Conditions.sector;

import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.condition.DeclarativeRule;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import dev.guidepost.policy.standard.PoliticalActivity;

/** Rules on US state laws that protect employees' lawful activity outside work. */
final class StateLawRules {
  private StateLawRules() {}

  /**
   * Several US states forbid an employer to control employees' political activities or to punish
   * lawful political activity off duty: Cal. Lab. Code §§ 1101–1102 (any rule or policy
   * "controlling or directing" them), N.Y. Lab. Law § 201-d(2)(a), Colo. Rev. Stat. §
   * 24-34-402.5(1) and Conn. Gen. Stat. § 31-51q(b). A policy that asks impartiality of some roles
   * should be checked against them; public bodies and the media have their own rules of
   * impartiality.
   */
  static final Rule US_POLITICAL_ACTIVITY_STATE_LAWS =
      DeclarativeRule.builder("us-political-activity-state-laws")
          .severity(Severity.INFO)
          .sources(
              Sources.of(
                      Source.law(Laws.US, "Cal. Lab. Code", "§§ 1101–1102"),
                      Source.law(Laws.US, "N.Y. Lab. Law", "§ 201-d(2)(a)"),
                      Source.law(Laws.US, "Colo. Rev. Stat.", "§ 24-34-402.5(1)"),
                      Source.law(Laws.US, "Conn. Gen. Stat.", "§ 31-51q(b)"))
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(
              all(
                  country(Country.US),
                  not(sector(Sector.PUBLIC_SECTOR, Sector.MEDIA)),
                  is(PoliticalActivity.IMPARTIALITY_REQUIRED)))
          .suggest(PoliticalActivity.privateCapacityOnly())
          .build();
}
