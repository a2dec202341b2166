package dev.guidepost.render.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterKind;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.Review;
import dev.guidepost.policy.standard.StandardCatalogue;
import dev.guidepost.policy.standard.WorkingHours;
import dev.guidepost.render.document.Document;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Composes every option of every area of the standard catalogue, with all its parameters and with
 * only the required ones, in every language. Options that never validate (such as {@code
 * credentials-requested}) are composed unchecked.
 */
class EveryOptionTest {
  private static final Policy BASE =
      Preset.BALANCED.policyFor(Organisation.of("Acme A/S", Country.DK)).toBuilder()
          .effectiveFrom(LocalDate.of(2027, 1, 1))
          .build();

  @Test
  void every_option_composes_in_every_language_without_placeholders_ids_or_missing_texts() {
    Set<String> ids = hyphenatedIds();
    int documents = 0;
    for (Area area : StandardCatalogue.catalogue().areas()) {
      for (Option option : area.options()) {
        for (Decision decision : decisions(option)) {
          Policy policy = BASE.toBuilder().decide(decision).build();
          for (Language language : Language.standard()) {
            Document document = Composer.standard().compose(policy, language);
            String text = DocumentText.of(document);
            assertThat(text).as(decision + " in " + language).doesNotContain("{", "}", "null");
            for (String id : ids) {
              assertThat(text).as(decision + " in " + language).doesNotContain(id);
            }
            documents++;
          }
        }
      }
    }
    assertThat(documents).isGreaterThan(85 * 5);
  }

  @Test
  void a_value_of_one_reads_in_the_singular() {
    Policy policy =
        BASE.toBuilder().decide(WorkingHours.timeLimited(1)).decide(Review.every(1)).build();
    String english = DocumentText.of(Composer.standard().compose(policy, Language.ENGLISH));
    assertThat(english)
        .contains("up to one minute a day", "every month")
        .doesNotContain("1 minutes", "1 months");
  }

  /** The decisions that exercise an option: all parameters, only the required ones, each choice. */
  private static List<Decision> decisions(Option option) {
    List<Decision> decisions = new ArrayList<>();
    Decision full = Decision.of(option);
    Decision required = Decision.of(option);
    for (Parameter parameter : option.parameters()) {
      ParameterValue value = sample(parameter);
      full = full.withValue(parameter.name(), value);
      if (parameter.required()) {
        required = required.withValue(parameter.name(), value);
      }
      if (parameter.kind() == ParameterKind.CHOICE) {
        for (String choice : parameter.allowedValues()) {
          decisions.add(
              Decision.of(option).withValue(parameter.name(), ParameterValue.ofChoice(choice)));
        }
      }
    }
    decisions.add(full);
    decisions.add(required);
    return decisions;
  }

  private static ParameterValue sample(Parameter parameter) {
    return switch (parameter.kind()) {
      case INTEGER -> parameter.defaultValue().orElseThrow();
      case BOOLEAN -> ParameterValue.ofBoolean(true);
      case TEXT -> ParameterValue.ofText("Jane Doe, jane@acme.example");
      case DATE -> ParameterValue.ofDate(LocalDate.of(2026, 11, 3));
      case CHOICE -> ParameterValue.ofChoice(parameter.allowedValues().get(0));
      case CHOICES -> ParameterValue.ofChoices(parameter.allowedValues());
      case TEXTS -> ParameterValue.ofTexts(List.of("MiFID II", "the GDPR"));
    };
  }

  private static Set<String> hyphenatedIds() {
    Set<String> ids = new TreeSet<>();
    StandardCatalogue.catalogue().chapters().forEach(chapter -> ids.add(chapter.id()));
    for (Area area : StandardCatalogue.catalogue().areas()) {
      ids.add(area.id());
      for (Option option : area.options()) {
        ids.add(option.id());
        option.parameters().forEach(p -> ids.addAll(p.allowedValues()));
      }
    }
    ids.removeIf(id -> !id.contains("-"));
    return ids;
  }
}
