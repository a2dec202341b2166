package dev.guidepost.render;

import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.model.Language;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.html.HtmlRenderer;
import dev.guidepost.render.markdown.MarkdownRenderer;
import dev.guidepost.render.text.TextRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a {@link Document} in one format. Each format owns its escaping: every text of the
 * document is plain, and the renderer makes sure that no text, whatever characters it holds, is
 * read as markup or as structure (a heading, a list, a tag) of the output. Escaping cannot be
 * switched off.
 *
 * <p>The renderers returned by the factories are immutable and thread-safe, and deterministic:
 * equal documents give byte-identical output, with {@code '\n'} line ends. In every format a run of
 * whitespace or control characters in a text is written as one space, so a text cannot start a new
 * line of the output.
 *
 * <pre>{@code
 * String page = Renderer.html().render(document);
 * Renderer.markdown().render(document, writer);
 * }</pre>
 */
public interface Renderer {
  /**
   * Writes the document to {@code out}.
   *
   * @param document the document
   * @param out where to write; not flushed or closed
   * @throws IOException if {@code out} throws it; the output is then incomplete
   */
  void render(Document document, Appendable out) throws IOException;

  /**
   * Returns the document as a string.
   *
   * @param document the document
   * @return the rendered document
   * @throws UncheckedIOException if the renderer throws an {@link IOException} although a {@code
   *     StringBuilder} never does
   */
  default String render(Document document) {
    StringBuilder out = new StringBuilder();
    try {
      render(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Composes a validated policy in a language with the {@linkplain Composer#standard() standard
   * composer} and renders it: the one-line way to a finished document.
   *
   * <pre>{@code
   * String markdown = Renderer.markdown().render(Checker.standard().validate(policy), Language.DANISH);
   * }</pre>
   *
   * @param policy a policy the checker validated
   * @param language the language of the document
   * @return the rendered document
   * @throws IllegalArgumentException if the standard composer has no texts for the language
   */
  default String render(ValidatedPolicy policy, Language language) {
    return render(Composer.standard().compose(policy, language));
  }

  /**
   * Returns the plain text renderer: 80 columns, numbered headings, underlined titles.
   *
   * @return the renderer
   * @see TextRenderer
   */
  static Renderer text() {
    return TextRenderer.create();
  }

  /**
   * Returns the CommonMark renderer.
   *
   * @return the renderer
   * @see MarkdownRenderer
   */
  static Renderer markdown() {
    return MarkdownRenderer.create();
  }

  /**
   * Returns the HTML renderer that writes a standalone page with a small style sheet.
   *
   * @return the renderer
   * @see HtmlRenderer
   */
  static Renderer html() {
    return HtmlRenderer.page();
  }

  /**
   * Returns the HTML renderer that writes only an {@code <article>} element, to embed in a page of
   * your own.
   *
   * @return the renderer
   * @see HtmlRenderer
   */
  static Renderer htmlFragment() {
    return HtmlRenderer.fragment();
  }
}
