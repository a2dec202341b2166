package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.html.HtmlRenderer;
import dev.guidepost.render.markdown.MarkdownRenderer;
import dev.guidepost.render.text.TextRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  @TempDir Path folder;

  @Test
  void renders_plain_text_on_standard_output_by_default() throws IOException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());

    Run run = Run.of("render", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            TextRenderer.create()
                .render(
                    Composer.standard()
                        .compose(
                            StandardRules.checker().validate(Policies.clean()), Language.ENGLISH)));
  }

  @Test
  void renders_markdown_and_html_in_the_language_asked_for() throws IOException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());
    var valid = StandardRules.checker().validate(Policies.clean());

    assertThat(Run.of("render", file.toString(), "--format", "md", "--lang", "sv").out())
        .isEqualTo(
            MarkdownRenderer.create().render(Composer.standard().compose(valid, Language.SWEDISH)));
    assertThat(Run.of("render", file.toString(), "--format", "html", "--lang", "nl").out())
        .isEqualTo(HtmlRenderer.page().render(Composer.standard().compose(valid, Language.DUTCH)))
        .contains("lang=\"nl\"");
  }

  @Test
  void writes_the_document_to_a_file_in_utf8() throws IOException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());
    Path out = folder.resolve("policy.md");

    Run run =
        Run.of("render", file.toString(), "--format", "md", "--lang", "da", "-o", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .isEqualTo(
            MarkdownRenderer.create()
                .render(
                    Composer.standard()
                        .compose(
                            StandardRules.checker().validate(Policies.clean()), Language.DANISH)))
        .contains("æ");
    assertThat(files()).containsExactlyInAnyOrder("clean.json", "policy.md");
  }

  @Test
  void replaces_an_existing_file_whole() throws IOException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());
    Path out =
        Files.writeString(
            folder.resolve("policy.txt"), "old text that is much longer ".repeat(500));

    Run run = Run.of("render", file.toString(), "--output", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out)).isEqualTo(Run.of("render", file.toString()).out());
  }

  @Test
  void refuses_a_policy_with_errors_and_lists_them_without_writing_anything() throws IOException {
    Path file = Policies.write(folder, "errors.json", Policies.errors());
    Path out = folder.resolve("policy.html");

    Run run = Run.of("render", file.toString(), "--format", "html", "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("The policy has errors, so it is not rendered:\n\n")
        .contains("Error: credentials-never-requested\n", "Error: criticism-ban-us-nlra\n")
        .doesNotContain("Warning:");
    assertThat(files()).containsExactly("errors.json");
  }

  @Test
  void an_output_in_a_missing_folder_or_onto_a_folder_exits_with_2() throws IOException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());
    String nowhere = folder.resolve("no/such/folder/policy.txt").toString();

    Run missing = Run.of("render", file.toString(), "-o", nowhere);
    Run onto = Run.of("render", file.toString(), "-o", folder.toString());

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err())
        .isEqualTo("Cannot write " + nowhere + ": its folder does not exist.\n");
    assertThat(onto.exitCode()).isEqualTo(2);
    assertThat(onto.err()).isEqualTo("Cannot write " + folder + ": it is a folder.\n");
    assertThat(files()).containsExactly("clean.json");
  }

  @Test
  void rejects_an_unknown_format() throws IOException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());

    Run run = Run.of("render", file.toString(), "--format", "pdf");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "Invalid value for --format: expected one of txt, md, html, but found \"pdf\".\n");
  }

  private List<String> files() throws IOException {
    try (Stream<Path> paths = Files.list(folder)) {
      return paths.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void a_policy_made_with_other_countries_renders_with_their_notes() {
    String json = Run.of("new", "--lang", "nb", "--other-countries", "US").out();

    Run rendered = Run.withInput(json, "render", "-", "--lang", "nb");

    assertThat(rendered.exitCode()).isZero();
    assertThat(rendered.out()).contains("> Hvis du jobber i USA: ");
    assertThat(
            Run.withInput(Run.of("new", "--lang", "nb").out(), "render", "-", "--lang", "nb").out())
        .doesNotContain("Hvis du jobber i");
  }
}
