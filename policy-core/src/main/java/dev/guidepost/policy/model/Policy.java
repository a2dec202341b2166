package dev.guidepost.policy.model;

import dev.guidepost.policy.internal.Ids;
import dev.guidepost.policy.internal.SemanticVersions;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one organisation decides about social media: one {@link Decision} per area it addresses, its
 * own {@link Clause clauses}, and the document's metadata.
 *
 * <p>An area with no decision is <em>not addressed</em>; that is allowed, and rules and checklists
 * see it. A policy may be wrong (contradictions, a parameter out of range) and still be built: only
 * the checker decides whether it is valid. Immutable and thread-safe; decisions are kept in the
 * order they were made.
 *
 * <p>The {@linkplain #history() change history}, when given, is ordered: each version comes after
 * the one before it (by semantic-version precedence), no effective date is before the one before
 * it, and the policy's own {@link #version()} and {@link #effectiveFrom()}, when given, are those
 * of the last revision: the history ends with the version this policy is.
 *
 * <pre>{@code
 * Policy policy = Policy.builder()
 *     .organisation(Organisation.of("Acme A/S", Country.DK))
 *     .decide(WorkingHours.timeLimited(30))
 *     .decide(Advocacy.encouraged(Shareable.NEWS))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Policy {
  Policy() {}

  /**
   * Returns the organisation the policy is for.
   *
   * @return the organisation
   */
  public abstract Organisation organisation();

  /**
   * Returns the decisions by area id, in the order they were made.
   *
   * @return the decisions; each key is its decision's {@link Decision#area()}
   */
  public abstract Map<String, Decision> decisions();

  /**
   * Returns the clauses the organisation wrote itself.
   *
   * @return the custom clauses, in order
   */
  public abstract List<Clause> customClauses();

  /**
   * Returns the policy's semantic version.
   *
   * @return a version such as {@code 1.2.0}, if given
   */
  public abstract Optional<String> version();

  /**
   * Returns the date from which the policy applies.
   *
   * @return the date, if given
   */
  public abstract Optional<LocalDate> effectiveFrom();

  /**
   * Returns the policy's change history, oldest first; the last revision is this version.
   *
   * @return the revisions, in ascending version order with effective dates that never go back;
   *     empty unless given
   */
  public abstract List<Revision> history();

  /**
   * Returns who owns the policy and answers questions about it.
   *
   * @return a contact such as an e-mail address, if given
   */
  public abstract Optional<String> owner();

  /**
   * Returns the languages the policy is published in.
   *
   * @return distinct languages; unless given, the five {@linkplain Language#standardFor(Country)
   *     standard languages with the organisation's country's language first}
   */
  @Value.Default
  public List<Language> languages() {
    return Language.standardFor(organisation().country());
  }

  /**
   * Returns the language that prevails where translations differ.
   *
   * @return one of {@link #languages()}; the first unless given, which by default is the language
   *     of the organisation's country (Danish in Denmark, English where Guidepost has no text in
   *     the country's language)
   */
  @Value.Default
  public Language authoritativeLanguage() {
    if (languages().isEmpty()) {
      throw new IllegalArgumentException("a policy is published in at least one language");
    }
    return languages().get(0);
  }

  /**
   * Returns the decision for an area.
   *
   * @param area an area id
   * @return the decision, or empty if the area is not addressed
   */
  public Optional<Decision> decision(String area) {
    return Optional.ofNullable(decisions().get(area));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this policy, to change a copy of it.
   *
   * @return a builder holding this policy's values
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    decisions()
        .forEach(
            (area, decision) -> {
              if (!area.equals(decision.area())) {
                throw new IllegalArgumentException(
                    "the decision under '" + area + "' is about '" + decision.area() + "'");
              }
            });
    version()
        .filter(v -> !isSemanticVersion(v))
        .ifPresent(
            v -> {
              throw new IllegalArgumentException(
                  "a version is semantic, such as 1.2.0, but was '" + v + "'");
            });
    owner().ifPresent(owner -> Ids.requireText("the owner", owner));
    checkHistory();
    if (languages().isEmpty() || new HashSet<>(languages()).size() != languages().size()) {
      throw new IllegalArgumentException(
          "the languages must be distinct and at least one, but were " + languages());
    }
    if (!languages().contains(authoritativeLanguage())) {
      throw new IllegalArgumentException(
          "the authoritative language "
              + authoritativeLanguage()
              + " is not among the published languages "
              + languages());
    }
  }

  private void checkHistory() {
    for (int i = 1; i < history().size(); i++) {
      Revision before = history().get(i - 1);
      Revision after = history().get(i);
      if (SemanticVersions.compare(before.version(), after.version()) >= 0) {
        throw new IllegalArgumentException(
            "the history's version "
                + after.version()
                + " does not come after "
                + before.version());
      }
      if (after.effectiveFrom().isBefore(before.effectiveFrom())) {
        throw new IllegalArgumentException(
            "version "
                + after.version()
                + " takes effect on "
                + after.effectiveFrom()
                + ", before version "
                + before.version()
                + " did on "
                + before.effectiveFrom());
      }
    }
    if (history().isEmpty()) {
      return;
    }
    Revision last = history().get(history().size() - 1);
    version()
        .filter(v -> !v.equals(last.version()))
        .ifPresent(
            v -> {
              throw new IllegalArgumentException(
                  "the policy is version " + v + ", but its history ends with " + last.version());
            });
    effectiveFrom()
        .filter(day -> !day.equals(last.effectiveFrom()))
        .ifPresent(
            day -> {
              throw new IllegalArgumentException(
                  "the policy takes effect on "
                      + day
                      + ", but the last version of its history on "
                      + last.effectiveFrom());
            });
  }

  /**
   * Tells whether a text is a semantic version that {@link Builder#version(String)} accepts.
   *
   * @param version any text
   * @return true if it is of the form {@code MAJOR.MINOR.PATCH} with optional pre-release and build
   */
  public static boolean isSemanticVersion(String version) {
    return SemanticVersions.isValid(version);
  }

  /** Builds a {@link Policy}. */
  public static final class Builder extends ImmutablePolicy.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Records a decision under its area, replacing an earlier decision for the same area.
     *
     * @param decision the decision
     * @return this builder
     */
    public Builder decide(Decision decision) {
      putDecision(decision.area(), decision);
      return this;
    }
  }
}
