package dev.guidepost.cli;

import dev.guidepost.policy.model.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * A command that works on one policy: its {@code FILE} parameter names a policy in the JSON form,
 * or {@code -} for standard input.
 */
@Command
abstract class PolicyCommand extends GuidepostCommand {
  @Parameters(paramLabel = "FILE", descriptionKey = "parameter.file")
  private String file = PolicySource.STANDARD_INPUT;

  /**
   * Reads the policy.
   *
   * @throws CommandFailure with exit code 2 if it cannot be read
   */
  final Policy policy() {
    return read(file);
  }
}
