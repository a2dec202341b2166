package dev.guidepost.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import dev.guidepost.render.Renderer;
import dev.guidepost.render.SampleDocuments;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
  private static final String SMALL_ARTICLE =
      """
      <article lang="en">
        <header>
          <h1>Social media policy</h1>
          <dl>
            <dt>Organisation</dt>
            <dd>Acme A/S</dd>
            <dt>Version</dt>
            <dd>1.2</dd>
          </dl>
        </header>
        <p>This policy applies to everyone at Acme.</p>
        <section>
          <h2>1. Working hours</h2>
          <section>
            <h3>1.1 Time on social media</h3>
            <p>Keep it short.</p>
            <ul>
              <li>Up to 30 minutes a day.</li>
              <li>Not in meetings.</li>
            </ul>
            <aside class="note">
              <p>Ask your manager if in doubt.</p>
            </aside>
          </section>
        </section>
        <section>
          <h2>2. Confidentiality</h2>
          <section>
            <h3>2.1 Customers</h3>
            <p>Never name them.</p>
          </section>
          <section>
            <h3>2.2 Financials</h3>
            <p>Never share them.</p>
          </section>
        </section>
        <footer>
          <p>Questions? Ask HR.</p>
        </footer>
      </article>
      """;

  @Test
  void a_small_document_renders_exactly_as_a_fragment() {
    assertThat(HtmlRenderer.fragment().render(SampleDocuments.small())).isEqualTo(SMALL_ARTICLE);
  }

  @Test
  void a_small_document_renders_exactly_as_a_page_around_the_same_article() {
    String page = HtmlRenderer.page().render(SampleDocuments.small());

    assertThat(page)
        .startsWith(
            """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Social media policy</title>
              <style>
                body { margin: 0 auto; max-width: 40em; padding: 1em;\
             font: 1rem/1.6 system-ui, sans-serif; color: #222; }
            """)
        .contains("  </style>\n</head>\n<body>\n  <main>\n")
        .contains(SMALL_ARTICLE.indent(4))
        .endsWith("    </article>\n  </main>\n</body>\n</html>\n");
  }

  @Test
  void the_fragment_has_no_page_around_it_and_no_style() {
    String fragment = HtmlRenderer.fragment().render(SampleDocuments.hostile());

    assertThat(fragment)
        .startsWith("<article lang=\"da\">\n")
        .endsWith("</article>\n")
        .doesNotContain("<style", "<html", "<head>", "<body", "<!DOCTYPE");
  }

  @Test
  void every_text_is_escaped_and_no_script_survives() {
    for (Renderer renderer : List.of(HtmlRenderer.page(), HtmlRenderer.fragment())) {
      String html = renderer.render(SampleDocuments.hostile());

      assertThat(html)
          .doesNotContainIgnoringCase("<script")
          .doesNotContain("<b>", "<http", "\"double\"", "'single'")
          .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
          .contains("<li>&quot;double&quot; and &#39;single&#39; quotes</li>")
          .contains("<dd>&amp;amp; &amp;copy; &amp;#35; &amp; a lone ampersand</dd>")
          .contains("<p>Blåbærgrød på Ærø, ÆØÅ æøå</p>")
          .contains("<p>*bold* and _italic_ and **strong**</p>")
          .contains("<h2>2. &quot;double&quot; and &#39;single&#39; quotes</h2>")
          .contains("<h3>8.1 line one line two new paragraph?</h3>");
    }
  }

  @Test
  void the_title_is_escaped_in_title_and_heading_and_the_language_is_the_documents() {
    Document document =
        new Document(
            Language.SWEDISH,
            "Policy <b>\"för\"</b> & co",
            List.of(new Field("Ägare", "HR")),
            List.of(new Block.Note("Gäller\nalla")),
            List.of(),
            List.of());

    assertThat(HtmlRenderer.page().render(document))
        .contains("<html lang=\"sv\">")
        .contains("<title>Policy &lt;b&gt;&quot;för&quot;&lt;/b&gt; &amp; co</title>")
        .contains("<h1>Policy &lt;b&gt;&quot;för&quot;&lt;/b&gt; &amp; co</h1>")
        .contains("<article lang=\"sv\">")
        .contains("      <aside class=\"note\">\n        <p>Gäller alla</p>\n      </aside>\n")
        .doesNotContain("<footer>");
  }

  @Test
  void a_table_has_a_caption_column_headers_and_escaped_cells() {
    Document document =
        new Document(
            Language.ENGLISH,
            "Guidelines",
            List.of(),
            List.of(),
            List.of(),
            List.of(SampleDocuments.historyTable()));

    assertThat(HtmlRenderer.fragment().render(document))
        .contains(
            """
                <table>
                  <caption>Change history</caption>
                  <thead>
                    <tr>
                      <th scope="col">Version</th>
                      <th scope="col">Effective from</th>
                      <th scope="col">What changed</th>
                    </tr>
                  </thead>
                  <tbody>
                    <tr>
                      <td>1.0.0</td>
                      <td>1 January 2027</td>
                      <td>First version.</td>
                    </tr>
                    <tr>
                      <td>2.0.0</td>
                      <td>1 March 2027</td>
                      <td>We now read &lt;b&gt;public&lt;/b&gt; posts | that *mention* us, and we \
            tell you six weeks before.</td>
                    </tr>
                  </tbody>
                </table>
            """)
        .doesNotContain("<b>");
  }

  @Test
  void a_document_without_metadata_or_closing_has_no_empty_list_and_no_footer() {
    Document bare =
        new Document(
            Language.ENGLISH,
            "Guidelines",
            List.of(),
            List.of(new Block.Paragraph("Be kind.")),
            List.of(),
            List.of());

    assertThat(HtmlRenderer.fragment().render(bare))
        .isEqualTo(
            """
            <article lang="en">
              <header>
                <h1>Guidelines</h1>
              </header>
              <p>Be kind.</p>
            </article>
            """);
  }
}
