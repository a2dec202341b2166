package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;

/**
 * Whether employees may name or refer to the organisation's customers, partners and suppliers
 * (issue 12).
 *
 * <p>The typed handles of the standard {@code customer-references} area: its options as constants
 * and its decisions as factories. What customers' information is confidential belongs to {@code
 * confidentiality}; this area is about naming the relationship itself. Either option is a condition
 * set by the third party or by the organisation's published references, not an approval of
 * employees' posts in general.
 */
public final class CustomerReferences {
  /** The area id, {@value}. */
  public static final String ID = "customer-references";

  /**
   * {@code with-their-approval}: Customers, partners and suppliers are named or referred to only
   * with their approval, and nothing is published that could embarrass or harm them.
   */
  public static final Option WITH_THEIR_APPROVAL = Option.of(ID, "with-their-approval");

  /**
   * {@code published-references-only}: A customer is named only where the organisation has
   * published the relationship itself, such as in a case study; for any other, the team that
   * handles customer references is asked first.
   */
  public static final Option PUBLISHED_REFERENCES_ONLY = Option.of(ID, "published-references-only");

  /** {@code not-addressed}: The guidelines say nothing particular about naming customers. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA =
      Area.of(ID, WITH_THEIR_APPROVAL, PUBLISHED_REFERENCES_ONLY, NOT_ADDRESSED);

  private CustomerReferences() {}

  /**
   * Returns the decision {@code customer-references = with-their-approval}.
   *
   * @return the decision
   */
  public static Decision withTheirApproval() {
    return Decision.of(WITH_THEIR_APPROVAL);
  }

  /**
   * Returns the decision {@code customer-references = published-references-only}.
   *
   * @return the decision
   */
  public static Decision publishedReferencesOnly() {
    return Decision.of(PUBLISHED_REFERENCES_ONLY);
  }

  /**
   * Returns the decision {@code customer-references = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }
}
