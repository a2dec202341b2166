package dev.guidepost.policy.diff;

import dev.guidepost.policy.catalogue.Strictness;
import dev.guidepost.policy.internal.SemanticVersions;
import dev.guidepost.policy.model.Policy;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the version a newer policy {@linkplain #declared(Policy) declares} fits the change from
 * the older one: the {@link Bump} the change calls for, the version that bump gives from the older
 * version, and a verdict.
 *
 * <p>The version called for is the older version with the bump applied (major {@code 1.4.2 ->
 * 2.0.0}, minor {@code -> 1.5.0}, patch {@code -> 1.4.3}, none {@code -> 1.4.2}), a pre-release or
 * build of the older version dropped. A declared version fits when it comes after the older one and
 * the bump from the older to it is at least the bump called for (a larger bump than needed is not
 * wrong); when nothing changed, an equal version fits too. Immutable.
 *
 * @param bump the bump the change calls for
 * @param older the older version's declared version, if any
 * @param newer the newer version's declared version, if any
 * @param calledFor the version the change calls for; empty when the older version declares none
 * @param verdict whether the declared version fits
 */
public record VersionCheck(
    Bump bump,
    Optional<String> older,
    Optional<String> newer,
    Optional<String> calledFor,
    Verdict verdict) {
  /** Whether a declared version fits the change. */
  public enum Verdict {
    /** The newer version fits the change. */
    FITS,
    /** The newer version comes after the older one, with a smaller bump than the change needs. */
    TOO_SMALL,
    /** Something changed and the newer version is equal to the older one or comes before it. */
    NOT_NEWER,
    /** One of the two versions declares no version, so the bump cannot be checked. */
    UNDECLARED
  }

  /**
   * Checks that the values belong together.
   *
   * @param bump the bump
   * @param older the older version, if any
   * @param newer the newer version, if any
   * @param calledFor the version called for, if known
   * @param verdict the verdict
   */
  public VersionCheck {
    Objects.requireNonNull(bump, "bump");
    Objects.requireNonNull(verdict, "verdict");
    if (older.isEmpty() && calledFor.isPresent()) {
      throw new IllegalArgumentException("a version is called for only after a declared one");
    }
  }

  /**
   * Checks the newer policy's declared version against the change from the older one.
   *
   * @param older the earlier version of the policy
   * @param newer the later version
   * @param strictness how strictly the catalogue's options bind employees
   * @return the check
   */
  public static VersionCheck between(Policy older, Policy newer, Strictness strictness) {
    Bump bump = Bump.of(PolicyDiff.between(older, newer), strictness);
    Optional<String> was = declared(older);
    Optional<String> is = declared(newer);
    Optional<String> calledFor = was.map(version -> apply(bump, version));
    return new VersionCheck(bump, was, is, calledFor, verdict(bump, was, is));
  }

  /**
   * Returns the version a policy declares: its own {@link Policy#version()}, or else the version of
   * the last revision of its {@linkplain Policy#history() history}.
   *
   * @param policy a policy
   * @return the declared version, if it declares one
   */
  public static Optional<String> declared(Policy policy) {
    return policy
        .version()
        .or(
            () ->
                policy.history().isEmpty()
                    ? Optional.empty()
                    : Optional.of(policy.history().get(policy.history().size() - 1).version()));
  }

  /**
   * Tells whether the declared version fits.
   *
   * @return true for {@link Verdict#FITS}
   */
  public boolean fits() {
    return verdict == Verdict.FITS;
  }

  private static Verdict verdict(Bump bump, Optional<String> was, Optional<String> is) {
    if (was.isEmpty() || is.isEmpty()) {
      return Verdict.UNDECLARED;
    }
    int order = SemanticVersions.compare(is.orElseThrow(), was.orElseThrow());
    if (order <= 0) {
      return order == 0 && bump == Bump.NONE ? Verdict.FITS : Verdict.NOT_NEWER;
    }
    return declared(was.orElseThrow(), is.orElseThrow()).compareTo(bump) >= 0
        ? Verdict.FITS
        : Verdict.TOO_SMALL;
  }

  /** The bump from one version to a later one: the first of major, minor, patch that differs. */
  private static Bump declared(String was, String is) {
    int[] from = numbers(was);
    int[] to = numbers(is);
    if (from[0] != to[0]) {
      return Bump.MAJOR;
    }
    if (from[1] != to[1]) {
      return Bump.MINOR;
    }
    return Bump.PATCH;
  }

  private static String apply(Bump bump, String version) {
    int[] at = numbers(version);
    return switch (bump) {
      case MAJOR -> (at[0] + 1) + ".0.0";
      case MINOR -> at[0] + "." + (at[1] + 1) + ".0";
      case PATCH -> at[0] + "." + at[1] + "." + (at[2] + 1);
      case NONE -> version;
    };
  }

  private static int[] numbers(String version) {
    String[] parts = version.split("[-+]", 2)[0].split("\\.", -1);
    return new int[] {
      Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])
    };
  }
}
