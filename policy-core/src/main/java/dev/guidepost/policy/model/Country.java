package dev.guidepost.policy.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The country whose law applies to an organisation, as an ISO 3166-1 alpha-2 code.
 *
 * <p>Only officially assigned codes are accepted, so {@code "XX"} or {@code "dk"} is rejected. The
 * constants name the countries that Guidepost's built-in rules know; every other assigned code is
 * valid too. Instances are immutable; two countries are equal when their codes are.
 */
public final class Country implements Comparable<Country> {
  private static final Set<String> ASSIGNED =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

  /** Denmark. */
  public static final Country DK = new Country("DK");

  /** Sweden. */
  public static final Country SE = new Country("SE");

  /** Norway. */
  public static final Country NO = new Country("NO");

  /** The Netherlands. */
  public static final Country NL = new Country("NL");

  /** Germany. */
  public static final Country DE = new Country("DE");

  /** The United Kingdom. */
  public static final Country GB = new Country("GB");

  /** The United States. */
  public static final Country US = new Country("US");

  private final String code;

  private Country(String code) {
    this.code = code;
  }

  /**
   * Returns the country with this ISO 3166-1 alpha-2 code.
   *
   * @param code two upper-case letters, such as {@code "DK"}
   * @return the country
   * @throws IllegalArgumentException if the code is not an assigned ISO 3166-1 alpha-2 code
   */
  public static Country of(String code) {
    Objects.requireNonNull(code, "code");
    if (!isAssigned(code)) {
      throw new IllegalArgumentException(
          "a country is an ISO 3166-1 alpha-2 code such as 'DK', but was '" + code + "'");
    }
    return new Country(code);
  }

  /**
   * Tells whether a text is an assigned ISO 3166-1 alpha-2 code.
   *
   * @param code any text
   * @return true if {@link #of(String)} accepts it
   */
  public static boolean isAssigned(String code) {
    return ASSIGNED.contains(code);
  }

  /**
   * Returns the ISO 3166-1 alpha-2 code.
   *
   * @return the code, such as {@code "NL"}
   */
  public String code() {
    return code;
  }

  @Override
  public int compareTo(Country other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Country that && that.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
