package dev.guidepost.policy.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.guidepost.policy.generate.JsonOrError;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the JSON reader: any bytes give a policy or a {@link
 * PolicyFormatException} with a path and an expectation, never another exception; a policy read
 * writes back to JSON that reads as an equal policy, and writes the same text again.
 *
 * <p>The normal build runs the seeds in {@code PolicyJsonFuzzTestInputs/}; {@code -Pfuzz
 * -Dfuzz.test=PolicyJsonFuzzTest} fuzzes (README "Hardening").
 */
class PolicyJsonFuzzTest {
  @DictionaryFile(resourcePath = "policy.dict") // beside this test, where Jazzer may read it
  @FuzzTest
  @Timeout(30) // the first input also loads and instruments every class
  void any_bytes_read_as_a_policy_or_a_format_error(byte[] input) {
    JsonOrError.read(input)
        .ifPresent(
            policy -> {
              String json = PolicyJson.standard().write(policy);
              assertThat(PolicyJson.standard().read(json)).isEqualTo(policy);
              assertThat(PolicyJson.standard().write(policy)).isEqualTo(json);
            });
  }
}
