package dev.guidepost.render.pdf;

import dev.guidepost.render.document.Document;
import dev.guidepost.render.html.HtmlRenderer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The XHTML page that the PDF is laid out from: the HTML renderer's {@code <article>}, whose texts
 * it has already escaped, in a page with the document's language, its title (also as the
 * description), a print style sheet and a bookmark per chapter and section. Each chapter and
 * section heading gets an {@code id} that its bookmark points to; nothing else of the article
 * changes.
 */
final class PrintPage {
  /** A heading of the article: its indentation, level (2 or 3) and escaped text. */
  private static final Pattern HEADING = Pattern.compile("( *)<h([23])>(.*)</h\\2>");

  private static final Pattern TITLE = Pattern.compile(" *<h1>(.*)</h1>");

  private static final List<String> STYLE =
      List.of(
          "@page { size: A4; margin: 25mm 22mm 25mm 22mm;",
          "  @bottom-center { content: counter(page) \" / \" counter(pages);"
              + " font-family: 'DejaVu Sans'; font-size: 9pt; color: #555; } }",
          "* { font-family: 'DejaVu Sans'; }",
          "body { margin: 0; font-size: 10.5pt; line-height: 1.45; color: #222; }",
          "h1 { font-size: 20pt; font-weight: bold; margin: 0 0 8pt 0; }",
          "h2 { font-size: 14pt; font-weight: bold; margin: 18pt 0 6pt 0;"
              + " page-break-after: avoid; }",
          "h3 { font-size: 11.5pt; font-weight: bold; margin: 12pt 0 4pt 0;"
              + " page-break-after: avoid; }",
          "dl { margin: 0 0 12pt 0; }",
          "dt { font-weight: bold; margin: 4pt 0 0 0; }",
          "dd { margin: 0 0 0 12pt; }",
          "p { margin: 0 0 6pt 0; }",
          "ul { margin: 0 0 6pt 0; padding-left: 16pt; }",
          "li { margin: 0 0 2pt 0; }",
          "aside.note { margin: 6pt 0; padding: 0 0 0 8pt; border-left: 2pt solid #999; }",
          "footer { margin-top: 18pt; }",
          "table { border-collapse: collapse; margin: 6pt 0; width: 100%; }",
          "caption { font-weight: bold; text-align: left; margin: 0 0 4pt 0; }",
          "th, td { border: 0.5pt solid #999; padding: 2pt 4pt; text-align: left;"
              + " vertical-align: top; }",
          "thead { display: table-header-group; }");

  private PrintPage() {}

  /**
   * Returns the page for a document.
   *
   * @param document the document
   * @return a well-formed XHTML document
   */
  static String of(Document document) {
    String article = HtmlRenderer.fragment().render(document);
    String language = document.language().code();
    StringBuilder body = new StringBuilder(article.length() + 1024);
    StringBuilder bookmarks = new StringBuilder(1024);
    String title = "";
    int chapter = 0;
    int section = 0;
    for (String line : article.split("\n", -1)) {
      Matcher heading = HEADING.matcher(line);
      Matcher titleLine = TITLE.matcher(line);
      if (heading.matches()) {
        String id;
        if (heading.group(2).equals("2")) {
          chapter++;
          section = 0;
          id = "c" + chapter;
          closeChapterBookmark(bookmarks);
          bookmarks.append("  <bookmark name=\"").append(heading.group(3));
          bookmarks.append("\" href=\"#").append(id).append("\">\n");
        } else {
          section++;
          id = "c" + chapter + "-" + section;
          bookmarks.append("    <bookmark name=\"").append(heading.group(3));
          bookmarks.append("\" href=\"#").append(id).append("\"/>\n");
        }
        body.append(heading.group(1)).append("<h").append(heading.group(2));
        body.append(" id=\"").append(id).append("\">").append(heading.group(3));
        body.append("</h").append(heading.group(2)).append(">\n");
      } else {
        if (titleLine.matches() && title.isEmpty()) {
          title = titleLine.group(1);
        }
        body.append(line).append('\n');
      }
    }
    closeChapterBookmark(bookmarks);
    StringBuilder page = new StringBuilder(body.length() + bookmarks.length() + 2048);
    page.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    page.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(language);
    page.append("\" xml:lang=\"").append(language).append("\">\n<head>\n");
    page.append("<title>").append(title).append("</title>\n");
    page.append("<meta name=\"subject\" content=\"").append(title).append("\"/>\n");
    page.append("<style>\n");
    for (String rule : STYLE) {
      page.append(rule).append('\n');
    }
    page.append("</style>\n<bookmarks>\n").append(bookmarks).append("</bookmarks>\n");
    page.append("</head>\n<body>\n").append(body).append("</body>\n</html>\n");
    return page.toString();
  }

  /** Closes the open chapter bookmark, if there is one. */
  private static void closeChapterBookmark(StringBuilder bookmarks) {
    if (bookmarks.length() > 0) {
      bookmarks.append("  </bookmark>\n");
    }
  }
}
