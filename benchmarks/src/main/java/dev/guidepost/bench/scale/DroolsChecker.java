package dev.guidepost.bench.scale;

import dev.guidepost.bench.check.FindingView;
import dev.guidepost.bench.check.Verification;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Policy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;

/**
 * The Drools reference for generated rules: each rule in Drools' rule language, two patterns on the
 * areas' {@link Chosen} facts, compiled once into a knowledge base with the executable model.
 * Checking runs a stateless session over one fact per decision, with a fresh list of fired rule ids
 * as a global, turns each fired rule into the finding the declarative rule makes, and verifies the
 * suggestions the way Guidepost does (see {@link Verification}).
 */
public final class DroolsChecker {
  private final KieBase base;
  private final Map<String, GeneratedRules.Spec> specs = new HashMap<>();

  /**
   * Compiles the rules.
   *
   * @param rules the rules' specifications
   */
  public DroolsChecker(List<GeneratedRules.Spec> rules) {
    StringBuilder drl =
        new StringBuilder()
            .append("package dev.guidepost.bench.scale.drl;\n")
            .append("import ")
            .append(Chosen.class.getName())
            .append(";\n")
            .append("global java.util.List fired;\n");
    for (GeneratedRules.Spec spec : rules) {
      specs.put(spec.id(), spec);
      drl.append("rule \"").append(spec.id()).append("\"\nwhen\n");
      pattern(drl, spec.first().area(), spec.first().id());
      pattern(drl, spec.second().area(), spec.second().id());
      drl.append("then\n  fired.add(\"").append(spec.id()).append("\");\nend\n");
    }
    this.base =
        new KieHelper()
            .addContent(drl.toString(), ResourceType.DRL)
            .build(ExecutableModelProject.class);
  }

  private static void pattern(StringBuilder drl, String area, String option) {
    drl.append("  Chosen(area == \"")
        .append(area)
        .append("\", option == \"")
        .append(option)
        .append("\")\n");
  }

  /**
   * Checks a policy.
   *
   * @param policy the policy
   * @return the findings, verified and in report order
   */
  public List<FindingView> check(Policy policy) {
    return Verification.check(this::evaluate, policy);
  }

  private List<FindingView> evaluate(Policy policy) {
    List<Chosen> facts = new ArrayList<>(policy.decisions().size());
    for (Decision decision : policy.decisions().values()) {
      facts.add(new Chosen(decision.area(), decision.option().id()));
    }
    List<String> fired = new ArrayList<>();
    StatelessKieSession session = base.newStatelessKieSession();
    session.setGlobal("fired", fired);
    session.execute(facts);
    List<FindingView> findings = new ArrayList<>(fired.size());
    for (String id : fired) {
      GeneratedRules.Spec spec = specs.get(id);
      if (spec != null) {
        findings.add(spec.finding(policy));
      }
    }
    return findings;
  }
}
