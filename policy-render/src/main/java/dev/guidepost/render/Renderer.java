package dev.guidepost.render;

import dev.guidepost.render.document.Document;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a {@link Document} in one format. Each format owns its escaping: every text of the
 * document is plain, and the renderer makes sure that no text, whatever characters it holds, is
 * read as markup or as structure (a heading, a list, a tag) of the output. Escaping cannot be
 * switched off.
 *
 * <p>Guidepost's renderers, one per format ({@code TextRenderer.create()}, {@code
 * MarkdownRenderer.create()}, {@code HtmlRenderer.page()} and {@code HtmlRenderer.fragment()}), are
 * immutable and thread-safe, and deterministic: equal documents give byte-identical output, with
 * {@code '\n'} line ends. In every format a run of whitespace or control characters in a text is
 * written as one space, so a text cannot start a new line of the output. A renderer of one's own
 * implements {@link #render(Document, Appendable)}, usually walking the document with {@link
 * Document#accept}.
 *
 * <pre>{@code
 * Document document = Composer.standard().compose(policy, Language.DANISH);
 * String page = HtmlRenderer.page().render(document);
 * MarkdownRenderer.create().render(document, writer);
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
   * Returns the document as a string: what {@link #render(Document, Appendable)} writes to a {@link
   * StringBuilder}.
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
}
