package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.docx.DocxRenderer;
import dev.guidepost.render.html.HtmlRenderer;
import dev.guidepost.render.markdown.MarkdownRenderer;
import dev.guidepost.render.text.TextRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
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
  void replaces_a_regular_file_whole_keeping_its_permissions() throws IOException {
    assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path file = Policies.write(folder, "clean.json", Policies.clean());
    Path out = Files.writeString(folder.resolve("policy.txt"), "old text");
    Set<PosixFilePermission> permissions = PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(out, permissions);

    Run run = Run.of("render", file.toString(), "-o", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out)).isEqualTo(Run.of("render", file.toString()).out());
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(permissions);
    assertThat(files()).containsExactlyInAnyOrder("clean.json", "policy.txt");
  }

  @Test
  void refuses_a_symbolic_link_and_changes_nothing() throws IOException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());
    Path real = Files.writeString(folder.resolve("real.txt"), "keep me");
    Path link = Files.createSymbolicLink(folder.resolve("link.txt"), real);

    Run run = Run.of("render", file.toString(), "-o", link.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "Cannot write "
                + link
                + ": it is a symbolic link. Nothing was changed; give the path of the file"
                + " itself.\n");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
    assertThat(Files.readString(real)).isEqualTo("keep me");
    assertThat(files()).containsExactlyInAnyOrder("clean.json", "link.txt", "real.txt");
  }

  @Test
  void refuses_a_symbolic_link_to_nowhere_and_creates_nothing() throws IOException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());
    Path target = folder.resolve("created-through-the-link.txt");
    Path link = Files.createSymbolicLink(folder.resolve("dangling.txt"), target);

    Run run = Run.of("render", file.toString(), "-o", link.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(target).doesNotExist();
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void refuses_a_named_pipe_and_changes_nothing() throws Exception {
    Path file = Policies.write(folder, "clean.json", Policies.clean());
    Path fifo = folder.resolve("pipe");
    assumeTrue(succeeds("mkfifo", fifo.toString()), "mkfifo is not available");

    Run run = Run.of("render", file.toString(), "-o", fifo.toString(), "--lang", "nb");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "Kan ikke skrive "
                + fifo
                + ": det er ikke en vanlig fil, men en enhet, en pipe eller en socket."
                + " Ingenting er endret.\n");
    assertThat(
            Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .isOther())
        .isTrue();
    assertThat(files()).containsExactlyInAnyOrder("clean.json", "pipe");
  }

  /**
   * A device of its own in the test's folder (the same as /dev/null), so that a fault could only
   * ever replace that: needs root, else the test is skipped.
   */
  @Test
  void refuses_a_device_and_changes_nothing() throws Exception {
    Path file = Policies.write(folder, "clean.json", Policies.clean());
    Path device = folder.resolve("null");
    assumeTrue(succeeds("mknod", device.toString(), "c", "1", "3"), "cannot make a device");

    Run run = Run.of("render", file.toString(), "-o", device.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(": it is not an ordinary file but a device, a pipe or a socket.");
    assertThat(
            Files.readAttributes(device, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .isOther())
        .isTrue();
    assertThat(files()).containsExactlyInAnyOrder("clean.json", "null");
  }

  @Test
  void rejects_an_unknown_format() throws IOException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());

    Run run = Run.of("render", file.toString(), "--format", "odt");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "Invalid value for --format: expected one of txt, md, html, docx, pdf, but found"
                + " \"odt\".\n");
  }

  @Test
  void writes_docx_to_a_file_as_the_docx_renderer_does() throws IOException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());
    Path out = folder.resolve("policy.docx");
    var valid = StandardRules.checker().validate(Policies.clean());
    var document = Composer.standard().compose(valid, Language.NORWEGIAN);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    DocxRenderer.create().render(document, valid, expected);

    Run run =
        Run.of("render", file.toString(), "--format", "docx", "--lang", "nb", "-o", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readAllBytes(out)).isEqualTo(expected.toByteArray()).startsWith('P', 'K');
  }

  @Test
  void docx_without_a_file_is_refused_in_the_language_asked_for() throws IOException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());

    Run english = Run.of("render", file.toString(), "--format", "docx");
    Run danish = Run.of("render", file.toString(), "--format", "docx", "--lang", "da");

    assertThat(english.exitCode()).isEqualTo(2);
    assertThat(english.out()).isEmpty();
    assertThat(english.err())
        .isEqualTo(
            "docx is a binary format and cannot be written to the terminal: give a file with -o,"
                + " for example -o policy.docx.\n");
    assertThat(danish.exitCode()).isEqualTo(2);
    assertThat(danish.err()).startsWith("docx er et binært format");
    assertThat(files()).containsExactly("clean.json");
  }

  @Test
  void docx_goes_to_standard_output_when_that_is_not_a_terminal() throws IOException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());
    Path out = folder.resolve("policy.docx");
    Run.of("render", file.toString(), "--format", "docx", "-o", out.toString());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();

    int exitCode = runTo(bytes, err, "render", file.toString(), "--format", "docx");

    assertThat(exitCode).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(bytes.toByteArray()).isEqualTo(Files.readAllBytes(out)).startsWith('P', 'K');
  }

  @Test
  void a_reader_that_has_gone_ends_the_run_quietly_and_a_failed_write_exits_with_3() {
    StringWriter quiet = new StringWriter();
    StringWriter loud = new StringWriter();

    int gone = runTo(failing("Broken pipe"), quiet, "example");
    int full = runTo(failing("No space left on device"), loud, "example");

    assertThat(gone).isZero();
    assertThat(quiet.toString()).isEmpty();
    assertThat(full).isEqualTo(3);
    assertThat(loud.toString()).startsWith("Could not write to standard output");
  }

  /** Runs the tool with standard output as bytes that go to a stream, not a terminal. */
  private static int runTo(OutputStream stdout, StringWriter err, String... args) {
    return Guidepost.run(
        InputStream.nullInputStream(),
        new StandardOutput(stdout, false),
        new PrintWriter(err),
        args);
  }

  /** A stream whose every write fails as the operating system says it. */
  private static OutputStream failing(String problem) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(problem);
      }
    };
  }

  private static boolean succeeds(String... command) throws InterruptedException {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().transferTo(OutputStream.nullOutputStream());
      return process.waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
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
