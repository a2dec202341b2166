package dev.guidepost.cli;

import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.standard.Preset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code guidepost new}: a preset's policy for an organisation, as JSON on standard output. The
 * organisation's name and country default to ones that suit the language of the run.
 */
@Command(name = "new")
final class NewCommand extends GuidepostCommand {
  @Option(names = "--preset", paramLabel = "PRESET", descriptionKey = "new.preset")
  private Preset preset = Preset.BALANCED;

  @Mixin private OrganisationOptions organisation = new OrganisationOptions();

  NewCommand() {}

  @Override
  int run() {
    out().print(PolicyJson.standard().write(preset.policyFor(organisation.organisation(texts()))));
    return ExitCode.OK;
  }
}
