package dev.guidepost.examples.server;

import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Language;
import dev.guidepost.render.Renderer;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.docx.DocxRenderer;
import dev.guidepost.render.html.HtmlRenderer;
import dev.guidepost.render.markdown.MarkdownRenderer;
import dev.guidepost.render.pdf.PdfRenderer;
import dev.guidepost.render.text.TextRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The formats the result page offers for download, in the order of its buttons: the one place to
 * add a format. Each has an id (the value of the {@code format} field), a file extension, a media
 * type, the key of its button's text in {@link ServerTexts}, and how it writes a validated policy
 * in a language. Immutable.
 */
final class Formats {
  /** One downloadable format. */
  record Format(
      String id,
      String extension,
      String type,
      String label,
      BiFunction<ValidatedPolicy, Language, byte[]> writer) {}

  static final List<Format> OFFERED =
      List.of(
          document("html", "html", "text/html; charset=utf-8", HtmlRenderer.page()),
          document("markdown", "md", "text/markdown; charset=utf-8", MarkdownRenderer.create()),
          new Format(
              "docx",
              "docx",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "format.docx",
              Formats::docx),
          new Format(
              "pdf",
              "pdf",
              "application/pdf",
              "format.pdf",
              (policy, language) ->
                  PdfRenderer.create().render(Composer.standard().compose(policy, language))),
          document("text", "txt", "text/plain; charset=utf-8", TextRenderer.create()),
          new Format(
              "json",
              "json",
              "application/json",
              "format.json",
              (policy, language) ->
                  PolicyJson.standard().write(policy.policy()).getBytes(StandardCharsets.UTF_8)));

  private Formats() {}

  /** Returns the offered format with an id. */
  static Optional<Format> byId(String id) {
    return OFFERED.stream().filter(format -> format.id().equals(id)).findFirst();
  }

  private static byte[] docx(ValidatedPolicy policy, Language language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      DocxRenderer.create().render(Composer.standard().compose(policy, language), policy, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a ByteArrayOutputStream does not throw", e);
    }
    return out.toByteArray();
  }

  private static Format document(String id, String extension, String type, Renderer renderer) {
    return new Format(
        id,
        extension,
        type,
        "format." + id,
        (policy, language) ->
            renderer
                .render(Composer.standard().compose(policy, language))
                .getBytes(StandardCharsets.UTF_8));
  }
}
