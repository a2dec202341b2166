package dev.guidepost.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.render.document.Document;
import dev.guidepost.render.html.HtmlRenderer;
import dev.guidepost.render.markdown.MarkdownRenderer;
import dev.guidepost.render.text.TextRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RendererTest {
  static List<Renderer> renderers() {
    return List.of(
        TextRenderer.create(),
        MarkdownRenderer.create(),
        HtmlRenderer.page(),
        HtmlRenderer.fragment());
  }

  @Test
  void each_format_has_one_shared_renderer_per_factory() {
    assertThat(TextRenderer.create()).isSameAs(TextRenderer.create());
    assertThat(MarkdownRenderer.create()).isSameAs(MarkdownRenderer.create());
    assertThat(HtmlRenderer.page()).isSameAs(HtmlRenderer.page());
    assertThat(HtmlRenderer.fragment())
        .isSameAs(HtmlRenderer.fragment())
        .isNotSameAs(HtmlRenderer.page());
  }

  @ParameterizedTest
  @MethodSource("renderers")
  void equal_documents_give_identical_output(Renderer renderer) {
    String first = renderer.render(SampleDocuments.hostile());
    String second = renderer.render(SampleDocuments.hostile());

    assertThat(second).isEqualTo(first);
    assertThat(renderer.render(SampleDocuments.small()))
        .isEqualTo(renderer.render(SampleDocuments.small()));
  }

  @ParameterizedTest
  @MethodSource("renderers")
  void the_string_form_is_what_the_appendable_receives(Renderer renderer) throws IOException {
    StringBuilder out = new StringBuilder("before\n");

    renderer.render(SampleDocuments.hostile(), out);

    assertThat(out.toString()).isEqualTo("before\n" + renderer.render(SampleDocuments.hostile()));
  }

  @ParameterizedTest
  @MethodSource("renderers")
  void output_has_newline_line_ends_and_ends_with_exactly_one(Renderer renderer) {
    String output = renderer.render(SampleDocuments.hostile());

    assertThat(output).doesNotContain("\r").endsWith("\n").doesNotEndWith("\n\n");
  }

  @ParameterizedTest
  @MethodSource("renderers")
  void an_io_exception_of_the_appendable_reaches_the_caller(Renderer renderer) {
    IOException failure = new IOException("disk full");
    Appendable failing = new FailingAppendable(failure);

    assertThatThrownBy(() -> renderer.render(SampleDocuments.small(), failing)).isSameAs(failure);
  }

  @ParameterizedTest
  @MethodSource("renderers")
  @SuppressWarnings("NullAway") // passes null on purpose
  void null_arguments_are_named(Renderer renderer) {
    Document document = SampleDocuments.small();

    assertThatThrownBy(() -> renderer.render(null, new StringBuilder()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("document");
    assertThatThrownBy(() -> renderer.render(document, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("out");
  }

  @Test
  void a_renderer_of_ones_own_gets_the_string_form_from_what_it_appends() {
    Renderer titles = (document, out) -> out.append(document.title()).append('\n');

    assertThat(titles.render(SampleDocuments.small()))
        .isEqualTo(SampleDocuments.small().title() + "\n");
  }

  @Test
  void an_io_exception_of_a_renderer_of_ones_own_is_unchecked_in_the_string_form() {
    IOException failure = new IOException("template missing");
    Renderer broken =
        (document, out) -> {
          throw failure;
        };

    assertThatThrownBy(() -> broken.render(SampleDocuments.small()))
        .isInstanceOf(UncheckedIOException.class)
        .hasCause(failure);
  }

  /** An appendable that fails, as a full disk or a closed socket does. */
  private static final class FailingAppendable implements Appendable {
    private final IOException failure;

    FailingAppendable(IOException failure) {
      this.failure = failure;
    }

    @Override
    public Appendable append(CharSequence csq) throws IOException {
      throw failure;
    }

    @Override
    public Appendable append(CharSequence csq, int start, int end) throws IOException {
      throw failure;
    }

    @Override
    public Appendable append(char c) throws IOException {
      throw failure;
    }
  }
}
