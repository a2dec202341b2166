package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Identified;
import java.util.Optional;

/** How an employee discloses that they work for the organisation. */
public enum DisclosureMethod implements Identified {
  /** In the post itself. */
  IN_POST("in-post"),
  /** With a hashtag such as #employee. */
  HASHTAG("hashtag"),
  /** In the profile; not enough when promoting the employer's products. */
  PROFILE("profile"),
  /**
   * The employee's choice of profile, post or hashtag; like {@link #PROFILE}, it allows a
   * disclosure in the profile alone.
   */
  EMPLOYEES_CHOICE("employees-choice");

  private final String id;

  DisclosureMethod(String id) {
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
  public static Optional<DisclosureMethod> fromId(String id) {
    return Identified.find(values(), id);
  }
}
