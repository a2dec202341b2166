package dev.guidepost.cli;

import dev.guidepost.policy.json.PolicySchema;
import picocli.CommandLine.Command;

/**
 * {@code guidepost schema}: the JSON Schema of policy files over the standard catalogue, for an
 * editor to check a file as it is written; see {@link PolicySchema}.
 */
@Command(name = "schema")
final class SchemaCommand extends GuidepostCommand {
  SchemaCommand() {}

  @Override
  int run() {
    out().print(PolicySchema.standard());
    out().flush();
    return ExitCode.OK;
  }
}
