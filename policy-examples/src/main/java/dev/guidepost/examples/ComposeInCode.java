package dev.guidepost.examples;

import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.Shareable;
import dev.guidepost.policy.standard.Topic;
import dev.guidepost.policy.standard.WorkingHours;

/**
 * Composes a policy in code with the standard catalogue's typed handles, writes it as JSON, reads
 * it back and checks that nothing was lost. The build runs it on the module path, so a missing
 * {@code exports} or {@code opens} in a module descriptor fails the build.
 */
public final class ComposeInCode {
  private ComposeInCode() {}

  /**
   * Composes the policy and prints its JSON form.
   *
   * @return the policy's JSON form
   */
  public static String run() {
    Policy policy =
        Policy.builder()
            .organisation(Organisation.of("Acme A/S", Country.DK))
            .decide(WorkingHours.timeLimited(30))
            .decide(Advocacy.encouraged(Shareable.NEWS, Shareable.JOB_POSTINGS))
            .decide(Confidentiality.listedTopics(Topic.CUSTOMERS, Topic.FINANCIALS))
            .build();
    String json = PolicyJson.standard().write(policy);
    Policy read = PolicyJson.standard().read(json);
    if (!read.equals(policy)) {
      throw new IllegalStateException("the JSON round trip changed the policy:\n" + json);
    }
    return json;
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }
}
