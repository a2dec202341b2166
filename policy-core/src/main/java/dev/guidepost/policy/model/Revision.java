package dev.guidepost.policy.model;

import dev.guidepost.policy.internal.Ids;
import dev.guidepost.policy.internal.SemanticVersions;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a policy's change history: the version, the day it took or takes effect, the day
 * employees were told of it, and what changed in the organisation's own words.
 *
 * <p>Guarantees: the version is semantic, the announcement (if known) is not after the effective
 * date, and there is a summary in at least one language, none blank. Immutable and thread-safe;
 * summaries are kept in the order given.
 *
 * <pre>{@code
 * Revision revision = Revision.builder()
 *     .version("2.0.0")
 *     .effectiveFrom(LocalDate.of(2027, 3, 1))
 *     .announced(LocalDate.of(2027, 1, 10))
 *     .putSummary(Language.ENGLISH, "We now read public posts that mention us.")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Revision {
  Revision() {}

  /**
   * Returns the version this revision made.
   *
   * @return a semantic version such as {@code 2.0.0}
   */
  public abstract String version();

  /**
   * Returns the day from which this version applies.
   *
   * @return the effective date
   */
  public abstract LocalDate effectiveFrom();

  /**
   * Returns the day employees were told of this version.
   *
   * @return the announcement date, not after {@link #effectiveFrom()}, if given
   */
  public abstract Optional<LocalDate> announced();

  /**
   * Returns what changed, written by the organisation, by language.
   *
   * @return at least one text, none blank
   */
  public abstract Map<Language, String> summary();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (!SemanticVersions.isValid(version())) {
      throw new IllegalArgumentException(
          "a revision's version is semantic, such as 1.2.0, but was '" + version() + "'");
    }
    announced()
        .filter(day -> day.isAfter(effectiveFrom()))
        .ifPresent(
            day -> {
              throw new IllegalArgumentException(
                  "version "
                      + version()
                      + " was announced on "
                      + day
                      + ", after it took effect on "
                      + effectiveFrom());
            });
    if (summary().isEmpty()) {
      throw new IllegalArgumentException("version " + version() + " has no summary");
    }
    summary().forEach((language, text) -> Ids.requireText("the " + language + " summary", text));
  }

  /** Builds a {@link Revision}. */
  public static final class Builder extends ImmutableRevision.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
