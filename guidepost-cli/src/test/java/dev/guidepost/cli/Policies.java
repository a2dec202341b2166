package dev.guidepost.cli;

import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Criticism;
import dev.guidepost.policy.standard.EmployerAccess;
import dev.guidepost.policy.standard.Preset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Policy files for the tests: one with no error, one with a warning, one with errors. */
final class Policies {
  private Policies() {}

  /** The balanced preset for a Swedish company: no findings at all. */
  static Policy clean() {
    return Preset.BALANCED.policyFor(Organisation.of("Acme AB", Country.SE));
  }

  /** The example's policy: a warning that a verified fix clears. */
  static Policy warning() {
    return ExampleCommand.contradiction();
  }

  /**
   * A US policy that asks for passwords and bans criticism: two errors, each with a verified fix.
   */
  static Policy errors() {
    return Preset.BALANCED.policyFor(Organisation.of("Acme Inc.", Country.US)).toBuilder()
        .decide(EmployerAccess.credentialsRequested())
        .decide(Criticism.prohibited())
        .build();
  }

  static String json(Policy policy) {
    return PolicyJson.standard().write(policy);
  }

  static Path write(Path folder, String name, Policy policy) throws IOException {
    return Files.writeString(folder.resolve(name), json(policy));
  }
}
