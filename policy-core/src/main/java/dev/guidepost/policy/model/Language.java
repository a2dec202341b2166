package dev.guidepost.policy.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A language a policy is published in, named by its lower-case ISO 639 code ({@code en}, {@code
 * da}, {@code sv}, {@code nb}, {@code nl}).
 *
 * <p>The five {@linkplain #standard() standard languages} are the ones Guidepost ships texts for;
 * any other well-formed code is accepted so that users can supply texts of their own. Instances are
 * immutable; two languages are equal when their codes are.
 */
public final class Language implements Comparable<Language> {
  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

  /** English. */
  public static final Language ENGLISH = new Language("en");

  /** Danish. */
  public static final Language DANISH = new Language("da");

  /** Swedish. */
  public static final Language SWEDISH = new Language("sv");

  /** Norwegian Bokmål. */
  public static final Language NORWEGIAN = new Language("nb");

  /** Dutch. */
  public static final Language DUTCH = new Language("nl");

  private static final List<Language> STANDARD =
      List.of(ENGLISH, DANISH, SWEDISH, NORWEGIAN, DUTCH);

  private final String code;

  private Language(String code) {
    this.code = code;
  }

  /**
   * Returns the language with this ISO 639 code.
   *
   * @param code two or three lower-case letters, such as {@code "da"}
   * @return the language
   * @throws IllegalArgumentException if the code is not two or three lower-case letters
   */
  public static Language of(String code) {
    Objects.requireNonNull(code, "code");
    for (Language language : STANDARD) {
      if (language.code.equals(code)) {
        return language;
      }
    }
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "a language is two or three lower-case letters such as 'da', but was '" + code + "'");
    }
    return new Language(code);
  }

  /**
   * Returns the five languages Guidepost ships texts for, in the order English, Danish, Swedish,
   * Norwegian Bokmål, Dutch.
   *
   * @return an immutable list
   */
  public static List<Language> standard() {
    return STANDARD;
  }

  /**
   * Returns the language of a locale: its language code in lower case, with Norwegian ({@code no})
   * and Nynorsk ({@code nn}) taken as Norwegian Bokmål, the Norwegian Guidepost writes.
   *
   * @param locale a locale with a language, such as {@code Locale.forLanguageTag("da-DK")}
   * @return the language
   * @throws IllegalArgumentException if the locale has no language of two or three letters
   */
  public static Language of(Locale locale) {
    String code = locale.getLanguage().toLowerCase(Locale.ROOT);
    return of(code.equals("no") || code.equals("nn") ? NORWEGIAN.code : code);
  }

  /**
   * Returns the standard language that best matches a language tag as people and browsers write it:
   * {@code da-DK}, {@code DA}, {@code en_GB}, {@code no} and {@code nn} (Norwegian Bokmål).
   *
   * @param tag a BCP 47 tag or a locale name; case and {@code _} or {@code -} do not matter
   * @return the standard language with the tag's language, or empty if there is none
   */
  public static Optional<Language> bestMatch(String tag) {
    Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
    if (locale.getLanguage().isEmpty()) {
      return Optional.empty();
    }
    Language language = of(locale);
    return STANDARD.contains(language) ? Optional.of(language) : Optional.empty();
  }

  /**
   * Returns the language of the country: Danish in Denmark, Swedish in Sweden, Norwegian Bokmål in
   * Norway, Dutch in the Netherlands, and English elsewhere.
   *
   * @param country a country
   * @return one of the standard languages
   */
  public static Language officialIn(Country country) {
    if (country.equals(Country.DK)) {
      return DANISH;
    }
    if (country.equals(Country.SE)) {
      return SWEDISH;
    }
    if (country.equals(Country.NO)) {
      return NORWEGIAN;
    }
    return country.equals(Country.NL) ? DUTCH : ENGLISH;
  }

  /**
   * Returns the standard languages with the country's {@linkplain #officialIn(Country) language}
   * first, the others in the {@linkplain #standard() standard} order: the languages a policy of an
   * organisation in that country is published in unless it says otherwise, the first prevailing.
   *
   * @param country a country
   * @return an immutable list of the five standard languages
   */
  public static List<Language> standardFor(Country country) {
    Language first = officialIn(country);
    List<Language> languages = new ArrayList<>(List.of(first));
    STANDARD.stream().filter(language -> !language.equals(first)).forEach(languages::add);
    return List.copyOf(languages);
  }

  /**
   * Returns the ISO 639 code.
   *
   * @return the code, such as {@code "nb"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the JDK locale in which this language's texts are written, for formatting numbers and
   * dates. Guidepost's English is British English, so {@link #ENGLISH} gives {@code en-GB} ("1
   * January 2027"); every other language gives the locale of its code alone.
   *
   * @return the locale
   */
  public Locale locale() {
    return Locale.forLanguageTag(equals(ENGLISH) ? "en-GB" : code);
  }

  @Override
  public int compareTo(Language other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Language that && that.code.equals(code);
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
