package dev.guidepost.policy.message;

/**
 * Thrown when a text cannot be written out: no layer of the bundle has its key in any language, or
 * the text has a placeholder its message gives no argument for. Either is a mistake in the program
 * or in its bundles, never in a policy, so it is an {@link IllegalArgumentException}.
 */
public final class UnresolvedMessageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String key;

  UnresolvedMessageException(String key, String message) {
    super(message);
    this.key = key;
  }

  /**
   * Returns the key of the text that could not be written out.
   *
   * @return the key, such as {@code rule.our-own-rule.message}
   */
  public String key() {
    return key;
  }
}
