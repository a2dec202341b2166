package dev.guidepost.policy.json;

/**
 * Thrown when a text is not a policy in Guidepost's JSON form: malformed or empty JSON, an unknown
 * field or id, a wrong type, a missing or unsupported {@code guidepost} version, an invalid
 * country, language or date, or input beyond the documented {@linkplain PolicyJson limits}.
 *
 * <p>The message names the {@linkplain #path() JSON path} and {@linkplain #expected() what was
 * expected}, for example {@code $.decisions['working-hours'].minutesPerDay: expected a whole
 * number, but found "thirty"}. Reading either returns a whole policy or throws this; nothing
 * half-built is ever returned.
 */
public final class PolicyFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String expected;
  private final String found;

  PolicyFormatException(String path, String expected, String found) {
    super(path + ": expected " + expected + ", but found " + found);
    this.path = path;
    this.expected = expected;
    this.found = found;
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
   * @return a short description of the offending input
   */
  public String found() {
    return found;
  }
}
