package dev.guidepost.policy.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.guidepost.policy.model.Policy;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the JSON reader: any bytes give a policy or a {@link
 * PolicyFormatException} with a path and an expectation, never another exception; a policy read
 * writes back to JSON that reads as an equal policy.
 *
 * <p>The normal build runs the seeds in {@code PolicyJsonFuzzTestInputs/}; {@code -Pfuzz
 * -Dfuzz.test=PolicyJsonFuzzTest} fuzzes (README "Hardening").
 */
class PolicyJsonFuzzTest {
  /** The longest error message: a path of 16 levels of 100-character names, and some words. */
  private static final int MAX_MESSAGE = 16 * 110 + 1_000;

  @FuzzTest
  @Timeout(30) // the first input also loads and instruments every class
  void any_bytes_read_as_a_policy_or_a_format_error(byte[] input) {
    Policy policy;
    try {
      policy = PolicyJson.standard().read(new ByteArrayInputStream(input));
    } catch (PolicyFormatException e) {
      assertThat(e.path()).startsWith("$");
      assertThat(e.expected()).isNotBlank();
      assertThat(e.found()).isNotBlank();
      assertThat(e.getMessage())
          .startsWith(e.path() + ": expected " + e.expected() + ", but found ")
          .hasSizeLessThanOrEqualTo(MAX_MESSAGE);
      return;
    }
    String json = PolicyJson.standard().write(policy);
    assertThat(PolicyJson.standard().read(json)).isEqualTo(policy);
    assertThat(PolicyJson.standard().write(policy)).isEqualTo(json);
  }
}
