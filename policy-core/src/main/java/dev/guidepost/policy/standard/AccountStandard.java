package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Identified;
import java.util.Optional;

/**
 * A standard the organisation commits itself to on its official accounts: a commitment of the
 * organisation and of those who post for it, not a duty of every employee.
 */
public enum AccountStandard implements Identified {
  /** An informal tone may be used where it suits (the UK Civil Service). */
  INFORMAL_TONE("informal-tone"),
  /** Only what is relevant to the organisation's work is posted (the UK Civil Service). */
  RELEVANT_CONTENT("relevant-content"),
  /** What is posted is a justifiable use of public funds (the UK Civil Service). */
  JUSTIFIABLE_USE_OF_PUBLIC_FUNDS("justifiable-use-of-public-funds"),
  /** Nothing manipulated or misleading is posted or linked to (Coca-Cola). */
  NO_MANIPULATED_CONTENT("no-manipulated-content"),
  /** A duty of care towards children and vulnerable contributors (the BBC). */
  CARE_FOR_VULNERABLE_CONTRIBUTORS("care-for-vulnerable-contributors"),
  /** Accounts that are closed are archived, not deleted (the BBC). */
  ARCHIVE_CLOSED_ACCOUNTS("archive-closed-accounts"),
  /** Answers the poster is unsure of are qualified (Best Buy). */
  QUALIFY_UNCERTAIN_ANSWERS("qualify-uncertain-answers"),
  /** Offers carry the disclaimers they need (Best Buy). */
  DISCLAIMERS_ON_OFFERS("disclaimers-on-offers"),
  /** A user's profile is looked at before replying (Best Buy). */
  CHECK_PROFILES("check-profiles"),
  /** Replies link to where the answer is (Best Buy). */
  LINK_TO_ANSWERS("link-to-answers");

  private final String id;

  AccountStandard(String id) {
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
  public static Optional<AccountStandard> fromId(String id) {
    return Identified.find(values(), id);
  }
}
