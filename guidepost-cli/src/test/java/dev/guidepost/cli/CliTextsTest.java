package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.message.UnresolvedMessageException;
import dev.guidepost.policy.model.Language;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

class CliTextsTest {
  private static final CliTexts ENGLISH = CliTexts.of(Language.ENGLISH);

  static List<Language> translations() {
    return Language.standard().subList(1, Language.standard().size());
  }

  @Test
  void the_bundle_is_whole_in_every_standard_language() {
    assertThat(CliTexts.BUNDLE.gaps(Language.standard())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("translations")
  void every_key_exists_in_every_language(Language language) {
    assertThat(CliTexts.of(language).keys()).isEqualTo(ENGLISH.keys());
  }

  @ParameterizedTest
  @MethodSource("translations")
  void every_key_has_the_same_placeholders_in_every_language(Language language) {
    CliTexts texts = CliTexts.of(language);
    Map<String, Object> expected = new TreeMap<>();
    Map<String, Object> actual = new TreeMap<>();
    for (String key : ENGLISH.keys()) {
      expected.put(key, ENGLISH.placeholders(key));
      actual.put(key, texts.placeholders(key));
    }
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("translations")
  void no_text_is_blank_or_left_in_english(Language language) {
    CliTexts texts = CliTexts.of(language);
    List<String> untranslated = new ArrayList<>();
    for (String key : texts.keys()) {
      assertThat(texts.pattern(key)).as(key).isNotBlank();
      if (texts.pattern(key).equals(ENGLISH.pattern(key))
          && !key.startsWith("organisation.default-")) {
        untranslated.add(key);
      }
    }
    // only a heading that is the same word in both languages may match English
    assertThat(untranslated).isSubsetOf("usage.parameterListHeading");
  }

  @Test
  void every_command_and_option_has_a_help_text_in_the_bundle() {
    CommandSpec top = commandLine().getCommandSpec();
    List<String> missing = new ArrayList<>();
    List<CommandSpec> commands = new ArrayList<>(List.of(top));
    top.subcommands().values().forEach(sub -> commands.add(sub.getCommandSpec()));
    for (CommandSpec command : commands) {
      String key = command.qualifiedName(".") + ".usage.description";
      if (!ENGLISH.keys().contains(key)) {
        missing.add(key);
      }
      List<ArgSpec> args = new ArrayList<>(command.options());
      args.addAll(command.positionalParameters());
      for (ArgSpec arg : args) {
        String description = descriptionKey(arg);
        if (!ENGLISH.keys().contains(description)) {
          missing.add(command.qualifiedName() + " " + arg);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void counts_up_to_twelve_are_words_and_others_digits() {
    assertThat(ENGLISH.count(10)).isEqualTo("ten");
    assertThat(ENGLISH.count(2)).isEqualTo("two");
    assertThat(ENGLISH.count(12)).isEqualTo("twelve");
    assertThat(ENGLISH.count(1)).isEqualTo("1");
    assertThat(ENGLISH.count(13)).isEqualTo("13");
    assertThat(CliTexts.of(Language.SWEDISH).count(7)).isEqualTo("sju");
    assertThat(CliTexts.of(Language.DUTCH).count(12)).isEqualTo("twaalf");
    assertThat(CliTexts.of(Language.NORWEGIAN).count(8)).isEqualTo("åtte");
    assertThat(CliTexts.of(Language.DANISH).count(7)).isEqualTo("syv");
  }

  @Test
  void fills_named_placeholders() {
    assertThat(ENGLISH.get("error.unknown-rule", "rule", "no-such-rule"))
        .isEqualTo(
            "There is no rule called \"no-such-rule\". \"guidepost rules\" lists every rule.");
  }

  @Test
  void a_missing_value_or_key_is_a_programming_error() {
    assertThatThrownBy(() -> ENGLISH.get("error.unknown-rule"))
        .isInstanceOf(UnresolvedMessageException.class)
        .hasMessage("message 'error.unknown-rule' needs the argument 'rule'");
    assertThatThrownBy(() -> ENGLISH.get("no.such.key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no.such.key");
    assertThatThrownBy(() -> CliTexts.of(Language.of("fi")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Returns the key picocli looks up: the standard help options have fixed keys. */
  private static String descriptionKey(ArgSpec arg) {
    if (arg instanceof OptionSpec option && option.usageHelp()) {
      return "help";
    }
    if (arg instanceof OptionSpec option && option.versionHelp()) {
      return "version";
    }
    return arg.descriptionKey();
  }

  private static CommandLine commandLine() {
    InputStream nothing = InputStream.nullInputStream();
    StringWriter sink = new StringWriter();
    return Guidepost.commandLine(ENGLISH, nothing, new PrintWriter(sink), new PrintWriter(sink));
  }
}
