package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class GuidepostTest {
  @Test
  void without_a_command_shows_the_usage_on_standard_error_with_exit_code_2() {
    Run run = Run.of();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("Choose a command.\n\nUsage: guidepost [-hV] [--lang=LANG] [COMMAND]")
        .contains(
            "Commands:", "example", "new", "check", "fix", "render", "rules", "coverage", "schema");
  }

  @Test
  void help_lists_every_command_and_the_exit_codes() {
    Run run = Run.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Usage: guidepost [-hV] [--lang=LANG] [COMMAND]")
        .contains("  example    Shows what Guidepost does")
        .contains("  coverage   Shows which points")
        .contains("Exit codes:\n  0   Done; a checked policy has no error.")
        .contains("  3   Guidepost itself failed.");
  }

  @Test
  void every_command_has_help_and_version() {
    for (String command :
        new String[] {"example", "new", "interview", "check", "fix", "render", "rules", "schema"}) {
      Run help = Run.of(command, "--help");
      assertThat(help.exitCode()).as(command).isZero();
      assertThat(help.out()).as(command).startsWith("Usage: guidepost " + command + " [-hV]");
      assertThat(help.out()).as(command).contains("--lang=LANG", "-h, --help", "-V, --version");

      Run version = Run.of(command, "--version");
      assertThat(version.out()).as(command).matches("guidepost \\d+\\.\\d+\\.\\d+.*\n");
    }
  }

  @Test
  void a_command_line_that_names_a_command_sets_up_only_that_command() {
    assertThat(Guidepost.commandsFor("check", "policy.json")).containsExactly(CheckCommand.class);
    assertThat(Guidepost.commandsFor("--lang", "da", "render", "p.json"))
        .containsExactly(RenderCommand.class);
    assertThat(Guidepost.commandsFor("--lang=sv", "fix", "--rule", "new"))
        .containsExactly(FixCommand.class);
    assertThat(Guidepost.commandsFor("schema", "--lang", "check"))
        .containsExactly(SchemaCommand.class);
  }

  @Test
  void help_version_errors_and_no_command_set_up_every_command_in_the_help_order() {
    for (String[] args :
        new String[][] {
          {}, {"--help"}, {"-V"}, {"chek"}, {"--lang", "da"}, {"--", "check"}, {"--lang", "check"}
        }) {
      assertThat(Guidepost.commandsFor(args))
          .as(String.join(" ", args))
          .containsExactly(
              ExampleCommand.class,
              NewCommand.class,
              InterviewCommand.class,
              CheckCommand.class,
              FixCommand.class,
              RenderCommand.class,
              DiffCommand.class,
              RulesCommand.class,
              CoverageCommand.class,
              SchemaCommand.class);
    }
  }

  @Test
  void a_command_alone_behaves_as_among_all_commands() {
    Run alone = Run.of("check", "--help", "--lang", "en");
    Run missing = Run.of("--lang", "da", "render");

    assertThat(alone.exitCode()).isZero();
    assertThat(alone.out())
        .startsWith("Usage: guidepost check [-hV]")
        .contains("--lang=LANG", "--format");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).isNotEmpty().doesNotContain("Exception");
  }

  @Test
  void version_is_the_project_version_from_maven() {
    Run run = Run.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("guidepost 0.1.0-SNAPSHOT\n");
  }

  @Test
  void help_speaks_the_language_asked_for_wherever_lang_stands() {
    assertThat(Run.of("--lang", "da", "check", "--help").out())
        .startsWith("Brug: guidepost check")
        .contains("Tilvalg:", "Kontrollerer en politik");
    assertThat(Run.of("check", "--help", "--lang=sv").out())
        .startsWith("Användning: guidepost check")
        .contains("Flaggor:");
    assertThat(Run.of("--help", "--lang", "nb").out()).contains("Kommandoer:", "Avslutningskoder:");
    assertThat(Run.of("--lang", "nl", "--help").out()).contains("Opdrachten:", "Afsluitcodes:");
  }

  @Test
  void an_unknown_language_is_a_usage_error() {
    Run run = Run.of("rules", "--lang", "fi");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            """
            Invalid value for --lang: expected one of en, da, sv, nb, nl, but found "fi".
            See "guidepost rules --help" for what you can write.
            """);
  }

  @Test
  void usage_errors_are_in_the_language_asked_for() {
    Run run = Run.of("check", "--lang", "da", "--format", "xml", "policy.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            """
            Ugyldig værdi for --format: forventede én af text, json, sarif, men fandt »xml«.
            Skriv »guidepost check --help« for at se, hvad du kan skrive.
            """);
  }

  @Test
  void a_mistyped_command_gets_a_suggestion() {
    Run run = Run.of("chek", "policy.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        // picocli's suggestions, closest first; "schema" shares "che" with "chek"
        .startsWith("Unknown option or argument: 'chek', 'policy.json'.\n")
        .contains("\nDid you mean 'check', 'schema'?\n")
        .endsWith("See \"guidepost --help\" for what you can write.\n");
  }

  @Test
  void missing_arguments_and_values_and_repeated_options_are_named() {
    assertThat(Run.of("check").err()).startsWith("Missing: FILE.\n");
    assertThat(Run.of("check", "policy.json", "--format").err())
        .startsWith("--format needs a value.\n");
    assertThat(Run.of("check", "a.json", "--format", "json", "--format", "text").err())
        .startsWith("--format is given more than once.\n");
    assertThat(Run.of("check", "a.json", "--colour").err())
        .startsWith("Unknown option or argument: '--colour'.\n");
  }

  @Test
  void the_readme_describes_every_command_and_runs_the_example_first() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String section =
        readme.substring(readme.indexOf("## Command-line tool"), readme.indexOf("## Quick start"));
    CommandLine cli =
        Guidepost.commandLine(
            CliTexts.of(Language.ENGLISH),
            InputStream.nullInputStream(),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));

    for (String command : cli.getSubcommands().keySet()) {
      assertThat(section).contains("| `guidepost " + command);
    }
    assertThat(readme).contains("./guidepost example   # the main job", "./mvnw -B verify ");
  }

  @Test
  void a_failed_write_to_standard_output_exits_with_3_and_says_so() {
    Writer full =
        new Writer() {
          @Override
          public void write(char[] text, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    StringWriter err = new StringWriter();

    int exitCode =
        Guidepost.run(
            InputStream.nullInputStream(),
            new PrintWriter(full),
            new PrintWriter(err),
            "new",
            "--lang",
            "sv");

    assertThat(exitCode).isEqualTo(3);
    assertThat(err.toString())
        .isEqualTo(
            "Kunde inte skriva till standard ut (full disk eller stängd pipe?),"
                + " så utdata är ofullständiga.\n");
  }

  @Test
  void takes_the_language_from_the_command_line_before_parsing_it() {
    assertThat(Guidepost.requestedLanguage("check", "--lang", "nb")).isEqualTo(Language.NORWEGIAN);
    assertThat(Guidepost.requestedLanguage("--lang=nl", "rules")).isEqualTo(Language.DUTCH);
    assertThat(Guidepost.requestedLanguage("rules", "--lang", "fi")).isEqualTo(Language.ENGLISH);
    assertThat(Guidepost.requestedLanguage("rules", "--lang")).isEqualTo(Language.ENGLISH);
    assertThat(Guidepost.requestedLanguage("check", "--", "--lang", "da"))
        .isEqualTo(Language.ENGLISH);
  }
}
