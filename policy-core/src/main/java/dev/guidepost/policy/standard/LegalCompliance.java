package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterKind;
import dev.guidepost.policy.model.ParameterValue;
import java.util.List;

/**
 * Which law of the field applies ({@code 004} 5).
 *
 * <p>The typed handles of the standard {@code legal-compliance} area: its options as constants and
 * its decisions as factories.
 */
public final class LegalCompliance {
  /** The area id, {@value}. */
  public static final String ID = "legal-compliance";

  /** The name of the {@code regulations} parameter. */
  public static final String REGULATIONS = "regulations";

  /** {@code sector-rules-apply}: The sector's own rules apply, as listed. */
  public static final Option SECTOR_RULES_APPLY =
      Option.of(
          ID,
          "sector-rules-apply",
          Parameter.of("regulations", ParameterKind.TEXTS, false).withVariant("regulations"));

  /** {@code general-law-only}: Only the general law applies. */
  public static final Option GENERAL_LAW_ONLY = Option.of(ID, "general-law-only");

  /**
   * {@code local-law-prevails}: The general law applies, and where local law requires something
   * other than the policy, local law prevails (issue 12: GitLab).
   */
  public static final Option LOCAL_LAW_PREVAILS = Option.of(ID, "local-law-prevails");

  /**
   * {@code traditional-media-rules}: What applies to statements in newspapers, radio, television
   * and other media applies on social media too (issue 12: Coca-Cola).
   */
  public static final Option TRADITIONAL_MEDIA_RULES = Option.of(ID, "traditional-media-rules");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(
          ID, SECTOR_RULES_APPLY, GENERAL_LAW_ONLY, LOCAL_LAW_PREVAILS, TRADITIONAL_MEDIA_RULES);

  private LegalCompliance() {}

  /**
   * Returns the decision {@code legal-compliance = sector-rules-apply}.
   *
   * @param regulations the regulations
   * @return the decision
   */
  public static Decision sectorRulesApply(String... regulations) {
    return Decision.of(SECTOR_RULES_APPLY)
        .withValue(REGULATIONS, ParameterValue.ofTexts(List.of(regulations)));
  }

  /**
   * Returns the decision {@code legal-compliance = general-law-only}.
   *
   * @return the decision
   */
  public static Decision generalLawOnly() {
    return Decision.of(GENERAL_LAW_ONLY);
  }

  /**
   * Returns the decision {@code legal-compliance = local-law-prevails}.
   *
   * @return the decision
   */
  public static Decision localLawPrevails() {
    return Decision.of(LOCAL_LAW_PREVAILS);
  }

  /**
   * Returns the decision {@code legal-compliance = traditional-media-rules}.
   *
   * @return the decision
   */
  public static Decision traditionalMediaRules() {
    return Decision.of(TRADITIONAL_MEDIA_RULES);
  }
}
