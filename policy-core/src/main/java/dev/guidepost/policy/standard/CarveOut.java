package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Identified;
import java.util.Optional;

/**
 * What a confidentiality rule expressly does not cover: a carve-out stated after the rule, such as
 * "this does not cover your own pay and working conditions".
 */
public enum CarveOut implements Identified {
  /** Employees' own pay and working conditions, which they may discuss. */
  OWN_PAY_AND_CONDITIONS("own-pay-and-conditions"),
  /** Reviews of the workplace on job and employer review sites. */
  REVIEWS_ON_JOB_SITES("reviews-on-job-sites"),
  /** Reporting wrongdoing. */
  REPORTING_WRONGDOING("reporting-wrongdoing"),
  /**
   * Discussing pay and working conditions, one's own and colleagues': wider than {@link
   * #OWN_PAY_AND_CONDITIONS}.
   */
  DISCUSSING_PAY_AND_CONDITIONS("discussing-pay-and-conditions");

  private final String id;

  CarveOut(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the value with this id.
   *
   * @param id a kebab-case id
   * @return the value, or empty if none has this id
   */
  public static Optional<CarveOut> fromId(String id) {
    return Identified.find(values(), id);
  }
}
