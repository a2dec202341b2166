package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Identified;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import java.util.List;
import java.util.Optional;

/**
 * Three ready-made sets of decisions to start from: {@code restrictive}, {@code balanced} and
 * {@code encouraging}.
 *
 * <p>Each preset addresses every area of the standard catalogue, and its policy is valid (free of
 * error findings) in every supported country and sector's general case; adjust the result with
 * {@link Policy#toBuilder()}.
 *
 * <pre>{@code
 * Policy policy = Preset.BALANCED.policyFor(Organisation.of("Acme A/S", Country.DK));
 * }</pre>
 */
public enum Preset implements Identified {
  /**
   * No use at work, all communication through the communications department, no engagement with
   * competitors, the broad standards of accuracy ("true and not misleading") and of obscenity, and
   * guidelines that bind contractors, consultants and temporary staff too: the position the Swedish
   * article "Uppmuntra istället för att begränsa!" argues against.
   */
  RESTRICTIVE("restrictive", PresetDecisions.restrictive()),
  /**
   * Breaks only, authorised spokespersons, disclose and disclaim, criticism raised internally first
   * (the Danish "Tip til firmapolitik på sociale medier" and the Norwegian "Har ditt selskap
   * utarbeidet felles kjøreregler for sosiale medier?"), and each standard of conduct in its narrow
   * wording.
   */
  BALANCED("balanced", PresetDecisions.balanced()),
  /**
   * Employees decide their own use, advocacy is encouraged and everyone may speak within the
   * guidelines ("encourage instead of restrict": the Swedish article of that title and points 7-8
   * of "8 vigtige overvejelser til de sociale medier").
   */
  ENCOURAGING("encouraging", PresetDecisions.encouraging());

  private final String id;

  @SuppressWarnings("ImmutableEnumChecker") // List.of: immutable
  private final List<Decision> decisions;

  Preset(String id, List<Decision> decisions) {
    this.id = id;
    this.decisions = decisions;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the preset's decisions, one per area, in catalogue order.
   *
   * @return an immutable list
   */
  public List<Decision> decisions() {
    return decisions;
  }

  /**
   * Returns a policy for an organisation with this preset's decisions.
   *
   * @param organisation the organisation
   * @return the policy, published in all five standard languages
   */
  public Policy policyFor(Organisation organisation) {
    Policy.Builder policy = Policy.builder().organisation(organisation);
    decisions.forEach(policy::decide);
    return policy.build();
  }

  /**
   * Returns the preset with this id.
   *
   * @param id {@code restrictive}, {@code balanced} or {@code encouraging}
   * @return the preset, or empty if none has this id
   */
  public static Optional<Preset> fromId(String id) {
    return Identified.find(values(), id);
  }
}
