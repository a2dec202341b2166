package dev.guidepost.policy.json;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Language;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a text is not a policy in Guidepost's JSON form: malformed or empty JSON, an unknown
 * field or id, a wrong type, a missing or unsupported {@code guidepost} version, an invalid
 * country, language or date, or input beyond the documented {@linkplain PolicyJson limits}.
 *
 * <p>The message names the {@linkplain #path() JSON path} and {@linkplain #expected() what was
 * expected}, for example {@code $.decisions['working-hours'].minutesPerDay: expected a whole
 * number, but found "thirty"}. {@link #getMessage()} is English; {@link #problem()} is the same
 * problem as a {@link Message}, to show in the reader's language ("forventede et helt tal, men
 * fandt …"). Ids, field names, numbers, quoted input and what the JSON parser itself reports stay
 * as they are in every language. Reading either returns a whole policy or throws this; nothing
 * half-built is ever returned.
 */
public final class PolicyFormatException extends RuntimeException {
  private static final long serialVersionUID = 2L;

  private final String path;
  private final String expected;
  private final String found;
  private final transient @Nullable Message problem;

  PolicyFormatException(String path, Message expected, Message found) {
    this(path, expected, found, Problem.problem(path, expected, found));
  }

  private PolicyFormatException(String path, Message expected, Message found, Message problem) {
    super(problem.format(Language.ENGLISH));
    this.path = path;
    this.expected = expected.format(Language.ENGLISH);
    this.found = found.format(Language.ENGLISH);
    this.problem = problem;
  }

  /**
   * Returns where in the input the problem is, as a JSONPath such as {@code
   * $.organisation.country}; {@code $} is the whole input.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns what the input should have held there, such as {@code an ISO 3166-1 alpha-2 country
   * code such as "DK"}.
   *
   * @return the expectation, in English
   */
  public String expected() {
    return expected;
  }

  /**
   * Returns what the input held instead, such as {@code "XX"} or {@code nothing}.
   *
   * @return a short description of the offending input, in English
   */
  public String found() {
    return found;
  }

  /**
   * Returns the whole problem, path, expectation and what was found, as a message to write in any
   * language: {@code problem().format(Language.DANISH)}. An exception that was serialized and read
   * back keeps only its English text.
   *
   * @return the problem; its English text equals {@link #getMessage()}
   */
  public Message problem() {
    return problem != null ? problem : Message.literal(String.valueOf(getMessage()));
  }
}
