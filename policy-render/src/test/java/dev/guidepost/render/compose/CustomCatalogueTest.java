package dev.guidepost.render.compose;

import static dev.guidepost.render.compose.ComposerTest.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.catalogue.Catalogue;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterKind;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.StandardCatalogue;
import dev.guidepost.render.document.Document;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An area of one's own composes by what its parameters declare, exactly as a standard area does:
 * the composer knows no parameter of the standard catalogue by name.
 */
class CustomCatalogueTest {
  private static final Parameter TOOLS =
      Parameter.choices("tools", List.of("chat-assistants", "image-generators"), false)
          .withVocabulary("ai-tool")
          .withVariant("listed");
  private static final Parameter LABELLED =
      Parameter.of("labelled", ParameterKind.BOOLEAN, false).withVariant("labelled");
  private static final Parameter HOURS =
      Parameter.of("hoursPerWeek", ParameterKind.INTEGER, false).withPlaceholder("hours");
  private static final Option ALLOWED = Option.of("ai-tools", "allowed", TOOLS, LABELLED, HOURS);

  private static final Composer AI =
      Composer.standard().toBuilder()
          .catalogue(
              StandardCatalogue.catalogue().withArea("oversight", Area.of("ai-tools", ALLOWED)))
          .messages(
              MessageBundle.builder()
                  .put(Language.ENGLISH, "area.ai-tools", "AI tools")
                  .put(
                      Language.ENGLISH,
                      "clause.ai-tools.allowed",
                      "{organisation} allows AI tools.")
                  .put(Language.ENGLISH, "clause.ai-tools.allowed.listed", "You may use {tools}.")
                  .put(
                      Language.ENGLISH,
                      "clause.ai-tools.allowed.listed.labelled",
                      "You may use {tools}; label what they made.")
                  .put(
                      Language.ENGLISH,
                      "clause.ai-tools.allowed.labelled",
                      "You may use AI tools {hours} hours a week; label what they made.")
                  .put(
                      Language.ENGLISH,
                      "clause.ai-tools.allowed.labelled.one",
                      "You may use AI tools one hour a week; label what they made.")
                  .put(Language.ENGLISH, "value.ai-tool.chat-assistants", "chat assistants")
                  .put(Language.ENGLISH, "value.ai-tool.image-generators", "image generators")
                  .build())
          .build();

  private static String clause(Composer composer, Decision decision, Language language) {
    Policy policy = Policy.builder().organisation(ACME).decide(decision).build();
    Document document = composer.compose(policy, language);
    assertThat(document.chapters()).hasSize(1);
    assertThat(document.chapters().get(0).sections()).hasSize(1);
    return String.join("\n", DocumentText.paragraphs(document.chapters().get(0).sections().get(0)));
  }

  private static String ai(Decision decision) {
    return clause(AI, decision, Language.ENGLISH);
  }

  private static ParameterValue tools(String... ids) {
    return ParameterValue.ofChoices(List.of(ids));
  }

  @Test
  void an_area_of_ones_own_composes_by_what_its_parameters_declare() {
    Decision allowed = Decision.of(ALLOWED);
    ParameterValue both = tools("chat-assistants", "image-generators");
    ParameterValue yes = ParameterValue.ofBoolean(true);

    assertThat(ai(allowed)).isEqualTo("Acme A/S allows AI tools.");
    assertThat(ai(allowed.withValue("tools", both)))
        .isEqualTo("You may use chat assistants and image generators.");
    assertThat(ai(allowed.withValue("tools", both).withValue("labelled", yes)))
        .isEqualTo("You may use chat assistants and image generators; label what they made.");
    assertThat(ai(allowed.withValue("labelled", yes).withValue("hoursPerWeek", integer(3))))
        .isEqualTo("You may use AI tools three hours a week; label what they made.");
    assertThat(ai(allowed.withValue("labelled", yes).withValue("hoursPerWeek", integer(1))))
        .isEqualTo("You may use AI tools one hour a week; label what they made.");
  }

  @Test
  void an_empty_list_and_a_false_boolean_select_no_variant() {
    Decision nothing =
        Decision.of(ALLOWED)
            .withValue("tools", tools())
            .withValue("labelled", ParameterValue.ofBoolean(false));

    assertThat(ai(nothing)).isEqualTo("Acme A/S allows AI tools.");
  }

  @Test
  void a_variant_without_a_text_falls_back_to_the_plain_clause() {
    Decision unwritten =
        Decision.of(ALLOWED)
            .withValue("tools", tools("chat-assistants"))
            .withValue("hoursPerWeek", integer(1));

    assertThat(ai(unwritten)).isEqualTo("You may use chat assistants.");
  }

  /**
   * Each standard option with parameters, declared again as an area of one's own with every
   * parameter renamed but its wording kept, composes the same clause in every language for the same
   * values.
   */
  @Test
  void every_standard_option_declared_again_as_ones_own_composes_the_same_clause() {
    int compared = 0;
    for (Area area : StandardCatalogue.catalogue().areas()) {
      for (Option option : area.options()) {
        if (option.parameters().isEmpty()) {
          continue;
        }
        Option own = ownCopy(option);
        Composer composer = composerWith(option, own);
        for (Decision decision : decisions(option)) {
          Decision ownDecision = Decision.of(own);
          for (Map.Entry<String, ParameterValue> value : decision.values().entrySet()) {
            ownDecision = ownDecision.withValue(ownName(value.getKey()), value.getValue());
          }
          for (Language language : Language.standard()) {
            assertThat(clause(composer, ownDecision, language))
                .as(decision + " in " + language)
                .isEqualTo(clause(Composer.standard(), decision, language));
            compared++;
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(60);
  }

  private static String ownName(String name) {
    return "own" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static Option ownCopy(Option option) {
    Option.Builder own = Option.builder().area("own-" + option.area()).id(option.id());
    for (Parameter parameter : option.parameters()) {
      own.addParameter(
          Parameter.builder()
              .from(parameter)
              .name(ownName(parameter.name()))
              .placeholder(parameter.placeholder())
              .vocabulary(parameter.vocabulary())
              .build());
    }
    return own.build();
  }

  /** The standard composer with the own area and, in every language, the option's texts. */
  private static Composer composerWith(Option standard, Option own) {
    Catalogue catalogue =
        StandardCatalogue.catalogue().withArea("oversight", Area.of(own.area(), own));
    MessageBundle.Builder texts = MessageBundle.builder();
    String prefix = "clause." + standard.area() + "." + standard.id();
    for (Language language : Language.standard()) {
      texts.put(language, "area." + own.area(), "Ours");
      for (String key : StandardTexts.CLAUSES.keys(language)) {
        if (key.equals(prefix) || key.startsWith(prefix + ".")) {
          String ownKey =
              "clause." + own.area() + key.substring(("clause." + standard.area()).length());
          texts.put(language, ownKey, StandardTexts.CLAUSES.pattern(language, key));
        }
      }
    }
    return Composer.standard().toBuilder().catalogue(catalogue).messages(texts.build()).build();
  }

  /**
   * Decisions that exercise the wording: only the required parameters, each optional one with them,
   * every parameter, and every parameter with lists empty, booleans false and integers of 1.
   */
  private static List<Decision> decisions(Option option) {
    Decision required = Decision.of(option);
    Decision full = Decision.of(option);
    Decision scant = Decision.of(option);
    for (Parameter parameter : option.parameters()) {
      if (parameter.required()) {
        required = required.withValue(parameter.name(), sample(parameter));
      }
      full = full.withValue(parameter.name(), sample(parameter));
      scant = scant.withValue(parameter.name(), scant(parameter));
    }
    List<Decision> decisions = new ArrayList<>(List.of(required, full, scant));
    for (Parameter parameter : option.parameters()) {
      if (!parameter.required()) {
        decisions.add(required.withValue(parameter.name(), sample(parameter)));
      }
    }
    return decisions;
  }

  private static ParameterValue sample(Parameter parameter) {
    return switch (parameter.kind()) {
      case INTEGER -> parameter.defaultValue().orElseThrow();
      case BOOLEAN -> ParameterValue.ofBoolean(true);
      case TEXT -> ParameterValue.ofText("Jane Doe");
      case DATE -> ParameterValue.ofDate(LocalDate.of(2026, 11, 3));
      case CHOICE -> ParameterValue.ofChoice(parameter.allowedValues().get(1));
      case CHOICES -> ParameterValue.ofChoices(parameter.allowedValues().subList(0, 3));
      case TEXTS -> ParameterValue.ofTexts(List.of("MiFID II", "the GDPR"));
    };
  }

  private static ParameterValue scant(Parameter parameter) {
    return switch (parameter.kind()) {
      case INTEGER -> integer(1);
      case BOOLEAN -> ParameterValue.ofBoolean(false);
      case CHOICES -> ParameterValue.ofChoices(List.of());
      case TEXTS -> ParameterValue.ofTexts(List.of());
      default -> sample(parameter);
    };
  }

  private static ParameterValue integer(long value) {
    return ParameterValue.ofInteger(value);
  }
}
