package dev.guidepost.render;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.generate.JsonOrError;
import dev.guidepost.policy.json.PolicyFormatException;
import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.rules.StandardRules;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the whole pipeline: bytes, {@link PolicyJson}, {@link Checker}, the
 * composer and every renderer in every language. Any input ends in a {@link PolicyFormatException}
 * or in a report (and, when the policy is valid, in renderings of bounded size); never in another
 * exception, a hang or runaway memory.
 *
 * <p>The normal build runs the seeds in {@code PipelineFuzzTestInputs/}; {@code -Pfuzz} fuzzes
 * (README "Hardening", docs/fuzzing.md).
 */
class PipelineFuzzTest {
  @DictionaryFile(resourcePath = "policy.dict") // PolicyDictionary's, copied by the build
  @FuzzTest
  @Timeout(30) // the first input also loads and instruments every class
  void any_input_ends_in_a_format_error_or_a_report_and_renderings(byte[] input) {
    JsonOrError.read(input)
        .ifPresent(policy -> Pipeline.run(StandardRules.checker(), policy, input.length));
  }
}
