package dev.guidepost.policy.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.json.PolicyFormatException;
import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Policy;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * Reads any bytes as a policy, as the fuzz tests do: either a policy, or a {@link
 * PolicyFormatException} that names a JSON path, what was expected and what was found, in a message
 * of bounded length. Anything else thrown escapes to fail the test.
 */
public final class JsonOrError {
  /** The longest message: a path of 16 levels of 100-character names, and some words. */
  static final int MAX_MESSAGE = 16 * 110 + 1_000;

  private JsonOrError() {}

  /**
   * Reads bytes with the standard reader.
   *
   * @param input any bytes
   * @return the policy, or empty if the reader refused the bytes with a well-formed error
   */
  public static Optional<Policy> read(byte[] input) {
    try {
      return Optional.of(PolicyJson.standard().read(new ByteArrayInputStream(input)));
    } catch (PolicyFormatException e) {
      assertThat(e.path()).startsWith("$");
      assertThat(e.expected()).isNotBlank();
      assertThat(e.found()).isNotBlank();
      assertThat(e.getMessage())
          .startsWith(e.path() + ": expected " + e.expected() + ", but found ")
          .hasSizeLessThanOrEqualTo(MAX_MESSAGE);
      return Optional.empty();
    }
  }
}
