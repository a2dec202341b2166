package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Identified;
import java.util.Optional;

/**
 * A sanction the {@code consequences = listed-sanctions} decision names (issue 12), declared in
 * order of gravity, the mildest first.
 */
public enum Sanction implements Identified {
  /** A conversation with the employee's manager. */
  CONVERSATION("conversation"),
  /** A written warning. */
  WRITTEN_WARNING("written-warning"),
  /** Losing the right to speak on behalf of the organisation. */
  LOSS_OF_SPOKESPERSON_ROLE("loss-of-spokesperson-role"),
  /** Dismissal with notice. */
  ORDINARY_DISMISSAL("ordinary-dismissal"),
  /** Summary dismissal, without notice. */
  SUMMARY_DISMISSAL("summary-dismissal");

  private final String id;

  Sanction(String id) {
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
  public static Optional<Sanction> fromId(String id) {
    return Identified.find(values(), id);
  }
}
