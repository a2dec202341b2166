package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Identified;
import java.util.Optional;

/**
 * Another code or policy of the organisation that applies together with the social media
 * guidelines, named so that a document refers only to the policies the organisation has.
 */
public enum PolicyKind implements Identified {
  /** A code of conduct. */
  CODE_OF_CONDUCT("code-of-conduct"),
  /** An IT and information security policy. */
  IT_AND_SECURITY("it-and-security"),
  /** A policy against bullying and harassment. */
  ANTI_HARASSMENT("anti-harassment"),
  /** A data protection policy. */
  DATA_PROTECTION("data-protection"),
  /** Editorial guidelines. */
  EDITORIAL_GUIDELINES("editorial-guidelines"),
  /** An e-mail and communication policy. */
  EMAIL_AND_COMMUNICATION("email-and-communication"),
  /** A whistleblowing scheme. */
  WHISTLEBLOWING("whistleblowing"),
  /** The social media policies of the organisation's own departments or units. */
  DEPARTMENTAL_POLICIES("departmental-policies"),
  /** A playbook or handbook for running the organisation's official accounts. */
  ACCOUNT_PLAYBOOK("account-playbook"),
  /** The organisation's policy manuals (issue 12: adidas's Global Policy Manuals). */
  POLICY_MANUALS("policy-manuals"),
  /** The organisation's corporate instructions (issue 12: IBM). */
  CORPORATE_INSTRUCTIONS("corporate-instructions"),
  /** A written statement of the organisation's values and ethics (issue 12: Best Buy). */
  VALUES_AND_ETHICS("values-and-ethics");

  private final String id;

  PolicyKind(String id) {
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
  public static Optional<PolicyKind> fromId(String id) {
    return Identified.find(values(), id);
  }
}
