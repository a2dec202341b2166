package dev.guidepost.render.compose;

import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;
import java.time.LocalDate;
import java.util.Map;

/**
 * The composer's texts in the language of the document being composed, with that language's way of
 * writing numbers, dates and parameter values: what a {@link Part} writes its blocks with. Only the
 * composer makes one. Immutable and thread-safe.
 *
 * <pre>{@code
 * Part preamble = (policy, wording) -> List.of(new Block.Paragraph(
 *     wording.text("preamble.purpose", Map.of("organisation", policy.organisation().name()))));
 * }</pre>
 */
public sealed interface Wording permits PhrasebookWording {
  /**
   * Returns the language of the document.
   *
   * @return the language
   */
  Language language();

  /**
   * Tells whether the composer has a text under this key in the document's language.
   *
   * @param key a key such as {@code closing.review.next}
   * @return true if there is a text
   */
  boolean has(String key);

  /**
   * Returns a text with its named placeholders, such as {@code {organisation}}, filled.
   *
   * @param key the text's key
   * @param arguments a value for each placeholder of the text; more are ignored
   * @return the filled text
   * @throws IllegalStateException if there is no text under the key, or a placeholder lacks a value
   */
  String text(String key, Map<String, String> arguments);

  /**
   * Writes a whole number for running text as the language does: two to twelve in words ({@code
   * twelve}, {@code tolv}), others in digits such as {@code 1,000} or {@code 1.000}.
   *
   * @param number the number
   * @return the number in words of digits
   */
  String number(long number);

  /**
   * Writes a date as the language does, in its long form, such as {@code March 1, 2027} or {@code
   * 1. marts 2027}.
   *
   * @param date the date
   * @return the date
   */
  String date(LocalDate date);

  /**
   * Writes a parameter's value as a clause would: numbers and dates as above, a choice by the label
   * of its parameter's vocabulary and a list joined as the language joins lists ("a, b and c").
   *
   * @param parameter the parameter, for its vocabulary
   * @param value a value of the parameter
   * @return the value in words
   * @throws IllegalStateException if a choice has no label
   */
  String value(Parameter parameter, ParameterValue value);
}
