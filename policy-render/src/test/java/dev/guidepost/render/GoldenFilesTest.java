package dev.guidepost.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.StandardCatalogue;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.html.HtmlRenderer;
import dev.guidepost.render.markdown.MarkdownRenderer;
import dev.guidepost.render.text.TextRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: the three presets in five languages and three formats, and the balanced preset for
 * an organisation that works in several countries, as committed under {@code
 * src/test/resources/golden}. Run with {@code -Dguidepost.golden.update=true} to write them anew,
 * then read the diff before committing it.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Map<String, Renderer> FORMATS =
      Map.of(
          "txt",
          TextRenderer.create(),
          "md",
          MarkdownRenderer.create(),
          "html",
          HtmlRenderer.page());
  private static final Map<Language, Country> COUNTRIES =
      Map.of(
          Language.ENGLISH, Country.GB,
          Language.DANISH, Country.DK,
          Language.SWEDISH, Country.SE,
          Language.NORWEGIAN, Country.NO,
          Language.DUTCH, Country.NL);

  /** Every hyphenated id of the catalogue: none may show in a finished document. */
  private static final List<String> RAW_IDS = rawIds();

  static ValidatedPolicy policy(Preset preset, Language language) {
    Organisation organisation =
        Organisation.builder()
            .name("Acme & Søn <A/S>")
            .country(Objects.requireNonNull(COUNTRIES.get(language)))
            .build();
    return StandardRules.checker()
        .validate(
            preset.policyFor(organisation).toBuilder()
                .version("1.0.0")
                .effectiveFrom(LocalDate.of(2027, 1, 1))
                .owner("hr@acme.example")
                .languages(List.of(language, Language.ENGLISH).stream().distinct().toList())
                .authoritativeLanguage(language)
                .build());
  }

  @TestFactory
  List<DynamicTest> every_preset_renders_as_its_golden_file() {
    boolean update = Boolean.getBoolean("guidepost.golden.update");
    List<DynamicTest> tests = new ArrayList<>();
    for (Preset preset : Preset.values()) {
      for (Language language : Language.standard()) {
        for (String format : List.of("txt", "md", "html")) {
          Path file = GOLDEN.resolve(preset.id()).resolve(language.code() + "." + format);
          tests.add(
              DynamicTest.dynamicTest(
                  file.toString(),
                  () -> {
                    String rendered =
                        Objects.requireNonNull(FORMATS.get(format))
                            .render(
                                Composer.standard().compose(policy(preset, language), language));
                    if (update) {
                      Files.createDirectories(file.getParent());
                      Files.writeString(file, rendered, StandardCharsets.UTF_8);
                    }
                    assertThat(rendered).isEqualTo(read(file));
                    String text = withoutMarkup(rendered);
                    assertThat(text).doesNotContain("{").doesNotContain("}");
                    assertThat(RAW_IDS).noneMatch(id -> text.contains(id));
                  }));
        }
      }
    }
    return tests;
  }

  /**
   * The balanced preset for an organisation whose people work in several countries: its home
   * country for the language, then the United States, the United Kingdom, Norway and Germany.
   */
  static ValidatedPolicy multiCountryPolicy(Language language) {
    Country home = Objects.requireNonNull(COUNTRIES.get(language));
    Organisation organisation =
        Organisation.builder()
            .name("Acme & Søn <A/S>")
            .country(home)
            .otherCountries(
                List.of(Country.US, Country.GB, Country.NO, Country.DE).stream()
                    .filter(country -> !country.equals(home))
                    .toList())
            .build();
    return StandardRules.checker()
        .validate(
            Preset.BALANCED.policyFor(organisation).toBuilder()
                .version("1.0.0")
                .effectiveFrom(LocalDate.of(2027, 1, 1))
                .owner("hr@acme.example")
                .languages(List.of(language, Language.ENGLISH).stream().distinct().toList())
                .authoritativeLanguage(language)
                .build());
  }

  @TestFactory
  List<DynamicTest> a_multi_country_policy_renders_as_its_golden_file() {
    boolean update = Boolean.getBoolean("guidepost.golden.update");
    List<DynamicTest> tests = new ArrayList<>();
    for (Language language : Language.standard()) {
      for (String format : List.of("txt", "md", "html")) {
        Path file = GOLDEN.resolve("multi-country").resolve(language.code() + "." + format);
        tests.add(
            DynamicTest.dynamicTest(
                file.toString(),
                () -> {
                  String rendered =
                      Objects.requireNonNull(FORMATS.get(format))
                          .render(
                              Composer.standard().compose(multiCountryPolicy(language), language));
                  if (update) {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, rendered, StandardCharsets.UTF_8);
                  }
                  assertThat(rendered).isEqualTo(read(file));
                  String text = withoutMarkup(rendered);
                  assertThat(text).doesNotContain("{").doesNotContain("}");
                  assertThat(RAW_IDS).noneMatch(id -> text.contains(id));
                }));
      }
    }
    return tests;
  }

  private static List<String> rawIds() {
    List<String> ids = new ArrayList<>();
    for (Area area : StandardCatalogue.catalogue().areas()) {
      ids.add(area.id());
      for (Option option : area.options()) {
        ids.add(option.id());
        option.parameters().forEach(p -> ids.addAll(p.allowedValues()));
      }
    }
    StandardCatalogue.catalogue().chapters().forEach(c -> ids.add(c.id()));
    return ids.stream().filter(id -> id.contains("-")).distinct().sorted().toList();
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** Drops the HTML page's markup and style, which use hyphenated CSS names of their own. */
  private static String withoutMarkup(String rendered) {
    return rendered
        .replaceAll("(?s)<style>.*?</style>", "")
        .replaceAll("<[^>]*>", "")
        .replace("hr@acme.example", "");
  }
}
