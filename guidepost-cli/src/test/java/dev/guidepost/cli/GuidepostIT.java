package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.guidepost.policy.questionnaire.Questionnaire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged tool as a separate process, from its jars on the module path, as the launcher
 * does: a missing {@code exports} or {@code opens}, a resource left out of the jar or a dependency
 * missing from the module path fails here. The process runs in the C locale, so its UTF-8 output
 * does not depend on the machine's settings.
 */
class GuidepostIT {
  private static final String MAIN = "dev.guidepost.cli/dev.guidepost.cli.Guidepost";

  @TempDir Path folder;

  /**
   * One run of the real tool.
   *
   * @param exitCode the exit code
   * @param out standard output, decoded as UTF-8
   * @param err standard error, decoded as UTF-8
   */
  record Result(int exitCode, String out, String err) {}

  @Test
  void example_explains_fixes_and_renders_in_utf8() throws Exception {
    Result result = run("", "example", "--lang", "da");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .contains("Bemærkninger\n", "Advarsel: advocacy-vs-working-hours-ban\n")
        .contains("Rettelser\n", "Den rettede politik\n")
        .contains("Sociale medier i arbejdstiden");
  }

  @Test
  void check_exits_with_0_1_and_2() throws Exception {
    Path clean = Policies.write(folder, "clean.json", Policies.clean());
    Path errors = Policies.write(folder, "errors.json", Policies.errors());

    Result valid = run("", "check", clean.toString(), "--format", "json");
    Result invalid = run("", "check", errors.toString());
    Result missing = run("", "check", folder.resolve("missing.json").toString());
    Result malformed = run("{\"guidepost\": 2}", "check", "-");

    assertThat(valid.exitCode()).isZero();
    assertThat(valid.out()).isEqualTo("{\n  \"valid\": true,\n  \"findings\": []\n}\n");
    assertThat(invalid.exitCode()).isEqualTo(1);
    assertThat(invalid.out()).contains("Error: credentials-never-requested\n");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).endsWith("missing.json: the file does not exist.\n");
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.err())
        .startsWith("standard input is not a policy in Guidepost's format: $");
    for (Result result : List.of(valid, invalid, missing, malformed)) {
      assertThat(result.err()).doesNotContain("Exception", "\tat ");
    }
  }

  @Test
  void render_writes_the_file_given_with_o() throws Exception {
    Path clean = Policies.write(folder, "clean.json", Policies.clean());
    Path out = folder.resolve("policy.html");

    Result result = run("", "render", clean.toString(), "--format", "html", "-o", out.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .startsWith("<!DOCTYPE html>")
        .contains("Acme AB");
  }

  @Test
  void diff_says_what_changed_between_the_two_example_versions_in_danish() throws Exception {
    Path examples = Path.of("../policy-examples/src/main/resources/dev/guidepost/examples");

    Result result =
        run(
            "",
            "diff",
            examples.resolve("sample-policy.json").toString(),
            examples.resolve("sample-policy-1.1.0.json").toString(),
            "--lang",
            "da");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .startsWith("Ændringer i politikken for sociale medier – Havbris Design ApS")
        .contains("Ændret fra den 1. juni 2027:", "monitoring-change-notice");
    // the text format wraps lines at 80 characters
    assertThat(result.out().replaceAll("\\s+", " "))
        .contains(
            "Ændringen kræver version 2.0.0, men den nye version af politikken har version 1.1.0.");
  }

  @Test
  void render_writes_a_pdf_on_the_module_path() throws Exception {
    Path clean = Policies.write(folder, "clean.json", Policies.clean());
    Path out = folder.resolve("policy.pdf");

    Result result =
        run(
            "",
            "render",
            clean.toString(),
            "--format",
            "pdf",
            "--lang",
            "sv",
            "-o",
            out.toString());

    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
    assertThat(new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1))
        .startsWith("%PDF-1.")
        .contains("/Lang (sv)")
        .endsWith("%%EOF\n");
  }

  @Test
  void interview_reads_answers_from_standard_input() throws Exception {
    int questions = Questionnaire.standard().questions().size();
    Result result =
        run("\n".repeat(questions), "interview", "--org", "Acme A/S", "--country", "DK");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("\"name\": \"Acme A/S\"", "\"country\": \"DK\"");
    assertThat(result.err()).contains("Question %1$d of %1$d: ".formatted(questions));
  }

  @Test
  void check_takes_files_and_a_folder_in_one_run_with_one_exit_code() throws Exception {
    Path policies = Files.createDirectories(folder.resolve("policies"));
    Path clean = Policies.write(policies, "clean.json", Policies.clean());
    Path errors =
        Policies.write(
            Files.createDirectories(policies.resolve("us")), "errors.json", Policies.errors());
    Path extra = Policies.write(folder, "warning.json", Policies.warning());

    Result text = run("", "check", extra.toString(), policies.toString());
    Result sarif = run("", "check", policies.toString(), "--format", "sarif");

    assertThat(text.exitCode()).isEqualTo(1);
    assertThat(text.out())
        .startsWith(extra + "\n")
        .contains("\n" + clean + "\n", "\n" + errors + "\n")
        .endsWith(
            "Files checked: 3. Errors: 2, warnings: 2, notes: 1."
                + " Files that could not be read: 0.\n\n"
                + "These findings are guidance to help you write a sound policy. They are not legal"
                + " advice; where a finding cites a law, check it with an employment lawyer in"
                + " your country.\n");
    assertThat(sarif.exitCode()).isEqualTo(1);
    assertThat(sarif.out())
        .startsWith("{\n  \"$schema\": \"https://docs.oasis-open.org/sarif/")
        .contains("\"ruleId\": \"credentials-never-requested\"", "\"startLine\": ");
    assertThat(sarif.err())
        .isEqualTo(
            "Files checked: 2. Errors: 2, warnings: 1, notes: 1."
                + " Files that could not be read: 0.\n");
  }

  @Test
  void interview_with_standard_input_closed_writes_nothing_and_exits_with_2() throws Exception {
    Result result = runIn("<&-", "interview");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .endsWith("Standard input is not text (is it closed?), so no policy was written.\n")
        .doesNotContain("Please answer");
  }

  @Test
  void a_full_standard_output_exits_with_3_and_says_so() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");

    Result result = runIn(">/dev/full", "new");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .isEqualTo(
            "Could not write to standard output (a full disk or a closed pipe?),"
                + " so the output is incomplete.\n");
  }

  @Test
  void render_writes_docx_to_standard_output_redirected_to_a_file() throws Exception {
    Path clean = Policies.write(folder, "clean.json", Policies.clean());
    Path docx = folder.resolve("policy.docx");

    Result result = runIn(">'" + docx + "'", "render", clean.toString(), "--format", "docx");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(Files.readAllBytes(docx)).startsWith('P', 'K').hasSizeGreaterThan(1000);
  }

  @Test
  void a_pipe_whose_reader_has_gone_ends_quietly_with_0() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh here");
    Path clean = Policies.write(folder, "clean.json", Policies.clean());
    // the reader (true) is gone before the JVM has started; sh reports the tool's own exit code
    List<String> command =
        new ArrayList<>(
            List.of("/bin/sh", "-c", "{ \"$@\"; echo \"tool exit $?\" >&2; } | true", "sh"));
    command.addAll(tool("render", clean.toString(), "--format", "pdf"));

    Result result = run("", command);

    assertThat(result.err()).isEqualTo("tool exit 0\n");
  }

  @Test
  void render_refuses_a_symbolic_link_given_with_o() throws Exception {
    Path clean = Policies.write(folder, "clean.json", Policies.clean());
    Path real = Files.writeString(folder.resolve("real.txt"), "keep me");
    Path link = Files.createSymbolicLink(folder.resolve("link.txt"), real);

    Result result = run("", "render", clean.toString(), "-o", link.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(": it is a symbolic link. Nothing was changed;");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("keep me");
  }

  @Test
  void version_is_the_project_version() throws Exception {
    Result result = run("", "--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("guidepost " + property("guidepost.version") + "\n");
  }

  @Test
  void help_lists_the_commands_in_the_language_asked_for() throws Exception {
    Result english = run("", "--help");
    Result dutch = run("", "render", "--help", "--lang", "nl");

    assertThat(english.exitCode()).isZero();
    assertThat(english.out())
        .startsWith("Usage: guidepost [-hV] [--lang=LANG] [COMMAND]")
        .contains("  example ", "  check ", "  render ", "Exit codes:");
    assertThat(dutch.exitCode()).isZero();
    assertThat(dutch.out()).startsWith("Gebruik: guidepost render").contains("Opties:");
  }

  private Result run(String stdin, String... args) throws IOException, InterruptedException {
    return run(stdin, tool(args));
  }

  /**
   * Runs the tool through {@code sh}, with a redirection the shell applies first, such as {@code
   * <&-} (standard input closed); standard output and error still go to files unless redirected.
   */
  private Result runIn(String redirection, String... args)
      throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh here");
    List<String> command =
        new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$@\" " + redirection, "sh"));
    command.addAll(tool(args));
    return run("", command);
  }

  private static List<String> tool(String... args) {
    List<String> command = new ArrayList<>();
    command.add(property("guidepost.java"));
    command.add("--module-path");
    command.add(property("guidepost.lib"));
    command.add("-m");
    command.add(MAIN);
    command.addAll(List.of(args));
    return command;
  }

  private Result run(String stdin, List<String> command) throws IOException, InterruptedException {
    Path in = Files.writeString(folder.resolve("stdin"), stdin);
    Path out = folder.resolve("stdout");
    Path err = folder.resolve("stderr");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectInput(in.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().put("LC_ALL", "C");
    builder.environment().put("LANG", "C");
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the tool did not finish within two minutes: " + command);
    }
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String property(String name) {
    return Objects.requireNonNull(
        System.getProperty(name), name + " is set by Failsafe in guidepost-cli/pom.xml");
  }
}
