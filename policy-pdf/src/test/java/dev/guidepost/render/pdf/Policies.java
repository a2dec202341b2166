package dev.guidepost.render.pdf;

import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Revision;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.document.Document;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The documents the tests render: each preset in each language, as the golden files have them. */
final class Policies {
  private static final Map<Language, Country> COUNTRIES =
      Map.of(
          Language.ENGLISH, Country.GB,
          Language.DANISH, Country.DK,
          Language.SWEDISH, Country.SE,
          Language.NORWEGIAN, Country.NO,
          Language.DUTCH, Country.NL);

  private Policies() {}

  static Document document(Preset preset, Language language) {
    return document(preset, language, "Acme & Søn <A/S>");
  }

  static Document document(Preset preset, Language language, String organisationName) {
    return document(preset, language, organisationName, List.of());
  }

  /** The document of a preset whose policy has a change history: its version 1.0.0 last. */
  static Document document(
      Preset preset, Language language, String organisationName, List<Revision> earlier) {
    Organisation organisation =
        Organisation.builder()
            .name(organisationName)
            .country(Objects.requireNonNull(COUNTRIES.get(language)))
            .build();
    ValidatedPolicy policy =
        StandardRules.checker()
            .validate(
                preset.policyFor(organisation).toBuilder()
                    .version("1.0.0")
                    .history(history(earlier, language, organisationName))
                    .effectiveFrom(LocalDate.of(2027, 1, 1))
                    .owner("hr@acme.example")
                    .languages(List.of(language, Language.ENGLISH).stream().distinct().toList())
                    .authoritativeLanguage(language)
                    .build());
    return Composer.standard().compose(policy, language);
  }

  private static List<Revision> history(List<Revision> earlier, Language language, String summary) {
    if (earlier.isEmpty()) {
      return List.of();
    }
    List<Revision> history = new ArrayList<>(earlier);
    history.add(
        Revision.builder()
            .version("1.0.0")
            .effectiveFrom(LocalDate.of(2027, 1, 1))
            .announced(LocalDate.of(2026, 11, 1))
            .putSummary(language, summary)
            .build());
    return history;
  }
}
