/**
 * Guidepost's core: the policy model, catalogues and the standard social media catalogue with its
 * presets, the JSON form of a policy, the texts in five languages, the rule engine with the
 * built-in rules, checklists, the questionnaire and assertions for test suites.
 *
 * <p>Start with {@link dev.guidepost.policy.model.Policy#builder()} and the typed handles of {@link
 * dev.guidepost.policy.standard}, or read a policy with {@link
 * dev.guidepost.policy.json.PolicyJson}; check it with {@link
 * dev.guidepost.policy.rules.StandardRules#checker()}.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic", "module"})
module dev.guidepost.policy {
  requires transitive org.jspecify;
  // compile time only, and not passed on: a consumer's build needs no Immutables jar
  requires static org.immutables.value.annotations;
  requires tools.jackson.core;

  exports dev.guidepost.policy.model;
  exports dev.guidepost.policy.catalogue;
  exports dev.guidepost.policy.standard;
  exports dev.guidepost.policy.json;
  exports dev.guidepost.policy.message;
  exports dev.guidepost.policy.check;
  exports dev.guidepost.policy.condition;
  exports dev.guidepost.policy.rules;
  exports dev.guidepost.policy.source;
  exports dev.guidepost.policy.checklist;
  exports dev.guidepost.policy.diff;
  exports dev.guidepost.policy.questionnaire;
  exports dev.guidepost.policy.testing;
  // the JSON writing the command-line tool shares with the library; not an API
  exports dev.guidepost.policy.internal.json to
      dev.guidepost.cli;
}
