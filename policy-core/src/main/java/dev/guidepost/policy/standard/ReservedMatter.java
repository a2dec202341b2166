package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Identified;
import java.util.Optional;

/**
 * What employees who do not speak for the organisation leave to those who do: a rule that binds
 * everyone but the spokespersons ("no comment on legal or financial issues unless you are a
 * spokesperson"; "do not answer negative posts; our trained people do").
 */
public enum ReservedMatter implements Identified {
  /** Replies to negative posts about the organisation. */
  NEGATIVE_POSTS("negative-posts"),
  /** Answers to questions from the press. */
  PRESS_ENQUIRIES("press-enquiries"),
  /** Comments on legal matters. */
  LEGAL_MATTERS("legal-matters"),
  /** Comments on financial matters. */
  FINANCIAL_MATTERS("financial-matters");

  private final String id;

  ReservedMatter(String id) {
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
  public static Optional<ReservedMatter> fromId(String id) {
    return Identified.find(values(), id);
  }
}
