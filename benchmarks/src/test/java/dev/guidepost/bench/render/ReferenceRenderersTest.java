package dev.guidepost.bench.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.bench.fixture.Fixtures;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Field;
import dev.guidepost.render.document.Section;
import dev.guidepost.render.html.HtmlRenderer;
import dev.guidepost.render.markdown.MarkdownRenderer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every reference renderer gives exactly Guidepost's bytes: for the realistic policy in both its
 * languages, for every preset in every language, and for a document of hostile texts and adjacent
 * lists that exercises the escaping and the bullets.
 */
class ReferenceRenderersTest {
  private final MustacheTemplates mustache = new MustacheTemplates();
  private final PebbleTemplates pebble = new PebbleTemplates();

  @Test
  void every_reference_gives_guideposts_bytes_for_the_realistic_policy() {
    for (Language language : List.of(Language.DANISH, Language.ENGLISH)) {
      assertSameBytes(Fixtures.document(language));
    }
  }

  @Test
  void every_reference_gives_guideposts_bytes_for_every_preset_and_language() {
    for (Preset preset : Preset.values()) {
      var valid =
          StandardRules.checker()
              .validate(preset.policyFor(Organisation.of("Acme A/S", Country.DK)));
      for (Language language : Language.standard()) {
        assertSameBytes(Composer.standard().compose(valid, language));
      }
    }
  }

  @Test
  void every_reference_escapes_and_bullets_as_guidepost_does() {
    List<String> texts =
        List.of(
            "  *bold* _x_ [link](y) <b>&amp;</b> `code` # | ~ \\ \"q\" 'a'  ",
            "- starts a list",
            "+ plus",
            "= underline",
            "12. not a list",
            "3) nor this",
            "tab\there\r\nand\u2028line \u00a0nbsp\u00a0 ",
            "\u0007bell\u0085next");
    List<Block> blocks = new ArrayList<>();
    texts.forEach(t -> blocks.add(new Block.Paragraph(t)));
    blocks.add(new Block.BulletList(texts));
    blocks.add(new Block.BulletList(texts));
    blocks.add(new Block.Note(texts.get(0)));
    blocks.add(new Block.BulletList(List.of("after a note")));
    List<Field> fields = texts.stream().map(t -> new Field(t, t)).toList();
    Document hostile =
        new Document(
            Language.of("nb"),
            texts.get(0),
            fields,
            List.of(new Block.BulletList(texts), new Block.BulletList(texts)),
            List.of(
                new Chapter(texts.get(1), List.of(new Section(texts.get(4), blocks))),
                new Chapter(texts.get(5), List.of(new Section(texts.get(6), blocks)))),
            List.of(new Block.BulletList(texts), new Block.Paragraph(texts.get(2))));

    assertSameBytes(hostile);
    assertSameBytes(
        new Document(
            Language.ENGLISH,
            "Bare",
            List.of(),
            List.of(),
            List.of(new Chapter("One", List.of(new Section("Only", blocks)))),
            List.of()));
  }

  private void assertSameBytes(Document document) {
    String markdown = MarkdownRenderer.create().render(document);
    String html = HtmlRenderer.page().render(document);

    assertSameBytes("hand-written Markdown", HandMarkdown.render(document), markdown);
    assertSameBytes("Mustache Markdown", mustache.markdown(document), markdown);
    assertSameBytes("Pebble Markdown", pebble.markdown(document), markdown);
    assertSameBytes("hand-written HTML", HandHtml.render(document), html);
    assertSameBytes("Mustache HTML", mustache.html(document), html);
    assertSameBytes("Pebble HTML", pebble.html(document), html);
  }

  private static void assertSameBytes(String reference, String actual, String expected) {
    if (!actual.equals(expected)) {
      assertThat(actual.lines().toList())
          .as(reference)
          .containsExactlyElementsOf(expected.lines().toList());
    }
    assertThat(actual.getBytes(StandardCharsets.UTF_8))
        .as(reference)
        .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
  }
}
