package dev.guidepost.cli;

import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.standard.Preset;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code guidepost new}: a preset's policy for an organisation, as JSON on standard output. The
 * organisation's name and country default to ones that suit the language of the run.
 */
@Command(name = "new")
final class NewCommand extends GuidepostCommand {
  @Option(names = "--preset", paramLabel = "PRESET", descriptionKey = "new.preset")
  private Preset preset = Preset.BALANCED;

  @Option(names = "--org", paramLabel = "NAME", descriptionKey = "new.org")
  private @Nullable String organisation;

  @Option(names = "--country", paramLabel = "CC", descriptionKey = "new.country")
  private @Nullable Country country;

  @Option(names = "--sector", paramLabel = "SECTOR", descriptionKey = "new.sector")
  private Sector sector = Sector.GENERAL;

  NewCommand() {}

  @Override
  int run() {
    String name = organisation != null ? organisation : texts().get("new.default-organisation");
    if (name.isBlank()) {
      throw CommandFailure.unusableInput(texts().get("error.blank-organisation"));
    }
    Organisation org =
        Organisation.builder()
            .name(name.strip())
            .country(country != null ? country : Country.of(texts().get("new.default-country")))
            .sector(sector)
            .build();
    out().print(PolicyJson.standard().write(preset.policyFor(org)));
    return ExitCode.OK;
  }
}
