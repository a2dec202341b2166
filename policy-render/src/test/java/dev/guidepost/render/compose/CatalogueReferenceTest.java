package dev.guidepost.render.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.catalogue.Catalogue;
import dev.guidepost.policy.catalogue.Chapter;
import dev.guidepost.policy.message.Labels;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.StandardCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reference of the standard catalogue, {@code docs/catalogue.md}, is generated from the code:
 * every chapter, area, option and parameter with its JSON id, its English name, the presets that
 * choose it and its English clause. This test fails when the committed file differs from what the
 * code gives; run with {@code -Dguidepost.docs.update=true} to write it anew, then read the diff.
 */
class CatalogueReferenceTest {
  private static final Path REFERENCE = Path.of("../docs/catalogue.md");
  private static final MessageBundle TEXTS = StandardTexts.ALL;
  private static final Language EN = Language.ENGLISH;

  @Test
  void the_committed_reference_is_what_the_catalogue_gives() throws IOException {
    String generated = reference(StandardCatalogue.catalogue());
    if (Boolean.getBoolean("guidepost.docs.update")) {
      Files.writeString(REFERENCE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(REFERENCE, StandardCharsets.UTF_8))
        .as("docs/catalogue.md is generated; run with -Dguidepost.docs.update=true")
        .isEqualTo(generated);
  }

  @Test
  void the_reference_names_every_area_option_and_parameter() {
    String generated = reference(StandardCatalogue.catalogue());
    for (Area area : StandardCatalogue.catalogue().areas()) {
      assertThat(generated).contains("(`" + area.id() + "`)");
      for (Option option : area.options()) {
        assertThat(generated).contains("| `" + option.id() + "` |");
        option.parameters().forEach(p -> assertThat(generated).contains("`" + p.name() + "`"));
      }
    }
  }

  static String reference(Catalogue catalogue) {
    StringBuilder out = new StringBuilder();
    out.append("# The standard catalogue\n\n")
        .append(
            "Generated from the code by `CatalogueReferenceTest` (policy-render); do not edit.\n")
        .append("After a change to the catalogue or its English texts, run\n")
        .append("`./mvnw -B verify -Dguidepost.docs.update=true` and read the diff.\n\n")
        .append("A policy decides each area at most once. In the JSON form a decision is\n")
        .append("`\"<area>\": {\"option\": \"<option>\", \"<parameter>\": <value>}`. The presets\n")
        .append("column says which of `restrictive`, `balanced` and `encouraging` choose an\n")
        .append("option; the clause is the English text a document gets, with its placeholders.\n");
    int number = 0;
    for (Chapter chapter : catalogue.chapters()) {
      number++;
      out.append("\n## ")
          .append(number)
          .append(". ")
          .append(TEXTS.pattern(EN, "chapter." + chapter.id()))
          .append(" (`")
          .append(chapter.id())
          .append("`)\n");
      for (Area area : chapter.areas()) {
        area(out, area);
      }
    }
    return out.toString();
  }

  private static void area(StringBuilder out, Area area) {
    out.append("\n### ")
        .append(TEXTS.format(Labels.area(area.id()), EN))
        .append(" (`")
        .append(area.id())
        .append("`)\n\n")
        .append("| option | name | presets | parameters | clause |\n")
        .append("|---|---|---|---|---|\n");
    for (Option option : area.options()) {
      out.append("| `")
          .append(option.id())
          .append("` | ")
          .append(cell(TEXTS.format(Labels.option(area.id(), option.id()), EN)))
          .append(" | ")
          .append(presets(option))
          .append(" | ")
          .append(option.parameters().stream().map(p -> parameter(p)).collect(joinCells()))
          .append(" | ")
          .append(cell(clause(option)))
          .append(" |\n");
    }
  }

  private static String presets(Option option) {
    List<String> ids = new ArrayList<>();
    for (Preset preset : Preset.values()) {
      for (Decision decision : preset.decisions()) {
        if (decision.option().equals(option)) {
          ids.add(preset.id());
        }
      }
    }
    return String.join(", ", ids);
  }

  private static String parameter(Parameter parameter) {
    StringBuilder text = new StringBuilder("`").append(parameter.name()).append("`: ");
    text.append(parameter.kind().name().toLowerCase(java.util.Locale.ROOT));
    text.append(parameter.required() ? ", required" : ", optional");
    parameter.minimum().ifPresent(min -> text.append(", from ").append(min));
    parameter.maximum().ifPresent(max -> text.append(" to ").append(max));
    if (!parameter.allowedValues().isEmpty()) {
      text.append(", one of ")
          .append(
              parameter.allowedValues().stream()
                  .map(
                      value ->
                          "`"
                              + value
                              + "` ("
                              + TEXTS.format(Labels.value(parameter.vocabulary(), value), EN)
                              + ")")
                  .collect(Collectors.joining(", ")));
    }
    parameter.defaultValue().ifPresent(value -> text.append("; default ").append(value));
    return cell(text.toString());
  }

  private static String clause(Option option) {
    String key = "clause." + option.area() + "." + option.id();
    return TEXTS.has(key) ? TEXTS.pattern(EN, key) : "";
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joinCells() {
    return Collectors.joining("<br>");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
