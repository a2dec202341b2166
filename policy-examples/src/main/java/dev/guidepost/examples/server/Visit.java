package dev.guidepost.examples.server;

import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.questionnaire.Questionnaire;
import dev.guidepost.policy.rules.StandardRules;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor sent: the organisation, the answers, the document's version, effective date and
 * owner, and the fixes applied so far. The server keeps no session: every page carries these fields
 * on, so that the policy is made again from them. Immutable once read.
 *
 * <p>A fix is named {@code rule:finding:fix}: the rule's id, the position of the finding among that
 * rule's findings, and the position of the fix among the finding's verified fixes. The fixes are
 * applied in order, each to the policy checked again after the ones before.
 */
final class Visit {
  static final String FIXES = "fixes";
  static final String APPLY = "apply";
  private static final List<String> DOCUMENT_FIELDS = List.of("version", "effective", "owner");

  private final Map<String, String> fields;
  private final Policy policy;

  private Visit(Map<String, String> fields, Policy policy) {
    this.fields = Collections.unmodifiableMap(fields);
    this.policy = policy;
  }

  /**
   * Reads a submitted form without its {@code lang} field; a field {@code apply} adds one fix to
   * {@code fixes}. Every field but those of the organisation, the document and the fixes is an
   * answer.
   *
   * @throws HttpProblem if a field is missing or wrong, saying which
   */
  static Visit read(Map<String, String> sent, Language language, Questionnaire questionnaire) {
    Map<String, String> fields = new LinkedHashMap<>(sent);
    String apply = fields.remove(APPLY);
    if (apply != null) {
      fields.merge(
          FIXES, apply, (before, added) -> before.isBlank() ? added : before + " " + added);
    }
    Map<String, String> answers = new LinkedHashMap<>(fields);
    Organisation organisation = organisation(answers);
    Policy.Builder made =
        questionnaire
            .policyFor(organisation, questionnaire.answers(withoutOwn(answers)))
            .toBuilder()
            .languages(publishedIn(language))
            .authoritativeLanguage(language);
    document(made, fields);
    Policy policy = made.build();
    for (String fix : fixes(fields.getOrDefault(FIXES, ""))) {
      policy = apply(policy, fix);
    }
    return new Visit(fields, policy);
  }

  /** Returns the fields to send again, in the order sent. */
  Map<String, String> fields() {
    return fields;
  }

  /** Returns the policy the fields give, with the fixes applied. */
  Policy policy() {
    return policy;
  }

  private static Map<String, String> withoutOwn(Map<String, String> answers) {
    answers.remove(FIXES);
    DOCUMENT_FIELDS.forEach(answers::remove);
    return answers;
  }

  private static Organisation organisation(Map<String, String> fields) {
    String name = Optional.ofNullable(fields.remove("name")).orElse("").strip();
    if (name.isEmpty()) {
      throw HttpProblem.badRequest("error.name-missing", "");
    }
    if (name.length() > PolicyServer.MAX_NAME) {
      throw new HttpProblem(
          400, "error.title", "error.name-too-long", Map.of("max", "" + PolicyServer.MAX_NAME));
    }
    String country = Optional.ofNullable(fields.remove("country")).orElse("");
    if (!Country.isAssigned(country)) {
      throw HttpProblem.badRequest("error.country", country);
    }
    return Organisation.builder()
        .name(name)
        .country(Country.of(country))
        .sector(choice(fields.remove("sector"), Sector.GENERAL, Sector::fromId, "error.sector"))
        .employeeRepresentation(
            choice(
                fields.remove("representation"),
                EmployeeRepresentation.NONE,
                EmployeeRepresentation::fromId,
                "error.representation"))
        .build();
  }

  private static void document(Policy.Builder policy, Map<String, String> fields) {
    String version = fields.getOrDefault("version", "").strip();
    if (!version.isEmpty()) {
      if (!Policy.isSemanticVersion(version)) {
        throw HttpProblem.badRequest("error.version", version);
      }
      policy.version(version);
    }
    String effective = fields.getOrDefault("effective", "").strip();
    if (!effective.isEmpty()) {
      try {
        policy.effectiveFrom(LocalDate.parse(effective));
      } catch (DateTimeParseException e) {
        throw HttpProblem.badRequest("error.effective", effective);
      }
    }
    String owner = fields.getOrDefault("owner", "").strip();
    if (owner.length() > PolicyServer.MAX_NAME) {
      throw new HttpProblem(
          400, "error.title", "error.owner-too-long", Map.of("max", "" + PolicyServer.MAX_NAME));
    }
    if (!owner.isEmpty()) {
      policy.owner(owner);
    }
  }

  private static List<String> fixes(String fixes) {
    return fixes.isBlank() ? List.of() : List.of(fixes.strip().split(" +"));
  }

  /** Applies the fix a name gives to the policy as it is now. */
  private static Policy apply(Policy policy, String fix) {
    String[] parts = fix.split(":", -1);
    if (parts.length != 3 || !parts[1].matches("[0-9]{1,3}") || !parts[2].matches("[0-9]{1,3}")) {
      throw HttpProblem.badRequest("error.fix", fix);
    }
    Report report = StandardRules.checker().check(policy);
    List<Finding> findings = report.findingsOf(parts[0]);
    int finding = Integer.parseInt(parts[1]);
    int suggestion = Integer.parseInt(parts[2]);
    if (finding >= findings.size() || suggestion >= findings.get(finding).fixes().size()) {
      throw HttpProblem.badRequest("error.fix", fix);
    }
    return findings.get(finding).fixes().get(suggestion).applyTo(policy);
  }

  /** The visitor's language first, so that it is the authoritative version. */
  private static List<Language> publishedIn(Language language) {
    List<Language> languages = new ArrayList<>(List.of(language));
    Language.standard().stream().filter(l -> !l.equals(language)).forEach(languages::add);
    return languages;
  }

  private static <T> T choice(
      @Nullable String id, T absent, Function<String, Optional<T>> byId, String error) {
    return id == null
        ? absent
        : byId.apply(id).orElseThrow(() -> HttpProblem.badRequest(error, id));
  }

  /** Returns the name of a finding's fix, as {@link #read} takes it. */
  static String fixName(Report report, Finding finding, int fix) {
    return finding.rule() + ":" + report.findingsOf(finding.rule()).indexOf(finding) + ":" + fix;
  }
}
