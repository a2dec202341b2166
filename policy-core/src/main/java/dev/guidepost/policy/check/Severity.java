package dev.guidepost.policy.check;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Identified;
import java.util.Optional;

/** How much a finding matters; declared from most to least severe. */
public enum Severity implements Identified {
  /** Blocks validation: the policy contradicts itself badly or breaks the law. */
  ERROR("error"),
  /** Worth fixing; does not block validation. */
  WARNING("warning"),
  /** A note or a good practice. */
  INFO("info");

  private final String id;

  Severity(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the severity's name, to be shown in a language.
   *
   * @return the message {@code severity.<id>}
   */
  public Message label() {
    return Message.of("severity." + id);
  }

  /**
   * Returns the severity with this id.
   *
   * @param id {@code error}, {@code warning} or {@code info}
   * @return the severity, or empty
   */
  public static Optional<Severity> fromId(String id) {
    return Identified.find(values(), id);
  }
}
