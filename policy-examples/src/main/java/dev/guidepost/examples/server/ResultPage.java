package dev.guidepost.examples.server;

import static dev.guidepost.examples.server.Html.escape;

import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.Suggestion;
import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.html.HtmlRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a visit: the checker's findings with their verified fixes, each fix a button that
 * applies it, then the downloads, a form back to the questions with the answers filled in, and the
 * policy itself. A policy with errors gets no document and no downloads until they are fixed. Every
 * form carries the visit's fields on in hidden inputs; every text is escaped.
 */
final class ResultPage {
  private ResultPage() {}

  static String html(Language language, Visit visit) {
    Report report = StandardRules.checker().check(visit.policy());
    String title = ServerTexts.text(language, "result.title");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("lang", language.code());
    fields.putAll(visit.fields());
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(escape(title)).append("</h1>\n");
    findings(body, language, report, fields);
    if (!report.hasErrors()) {
      downloads(body, language, fields);
    }
    change(body, language, fields);
    if (!report.hasErrors()) {
      ValidatedPolicy validated = StandardRules.checker().validate(visit.policy());
      body.append(HtmlRenderer.fragment().render(Composer.standard().compose(validated, language)));
    }
    return Html.page(language, title, body.toString());
  }

  private static void findings(
      StringBuilder body, Language language, Report report, Map<String, String> fields) {
    body.append("<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">")
        .append(escape(ServerTexts.text(language, "result.findings")))
        .append("</h2>\n");
    if (report.findings().isEmpty()) {
      body.append("<p>").append(escape(ServerTexts.text(language, "result.none"))).append("</p>\n");
    } else if (report.hasErrors()) {
      body.append("<p>")
          .append(escape(ServerTexts.text(language, "result.errors")))
          .append("</p>\n");
    }
    for (Finding finding : report.findings()) {
      finding(body, language, report, finding, fields);
    }
    body.append("<p>")
        .append(escape(Message.of("report.disclaimer").format(language)))
        .append("</p>\n</section>\n");
  }

  private static void finding(
      StringBuilder body,
      Language language,
      Report report,
      Finding finding,
      Map<String, String> fields) {
    body.append("<div class=\"finding ")
        .append(escape(finding.severity().id()))
        .append("\">\n<h3>")
        .append(escape(finding.severity().label().format(language)))
        .append(": ")
        .append(escape(finding.message().format(language)))
        .append("</h3>\n");
    if (!finding.facts().isEmpty()) {
      body.append("<ul>");
      finding
          .facts()
          .forEach(
              fact ->
                  body.append("<li>")
                      .append(escape(fact.message().format(language)))
                      .append("</li>"));
      body.append("</ul>\n");
    }
    finding
        .advice()
        .ifPresent(
            advice -> body.append("<p>").append(escape(advice.format(language))).append("</p>\n"));
    body.append("<p>")
        .append(escape(ServerTexts.text(language, "result.sources")))
        .append(' ')
        .append(escape(finding.sources().message().format(language)))
        .append("</p>\n");
    List<Suggestion> fixes = finding.fixes();
    for (int i = 0; i < fixes.size(); i++) {
      body.append("<form method=\"post\" action=\"/policy\">\n")
          .append(Html.hidden(fields))
          .append("<button type=\"submit\" name=\"")
          .append(Visit.APPLY)
          .append("\" value=\"")
          .append(escape(Visit.fixName(report, finding, i)))
          .append("\">")
          .append(escape(ServerTexts.text(language, "result.apply")))
          .append(' ');
      fixes.get(i).messages().forEach(m -> body.append(escape(m.format(language))));
      body.append("</button>\n</form>\n");
    }
    body.append("</div>\n");
  }

  private static void downloads(StringBuilder body, Language language, Map<String, String> fields) {
    body.append("<section aria-labelledby=\"downloads\">\n<h2 id=\"downloads\">")
        .append(escape(ServerTexts.text(language, "result.downloads")))
        .append("</h2>\n<form method=\"post\" action=\"/download\">\n")
        .append(Html.hidden(fields));
    for (Formats.Format format : Formats.OFFERED) {
      body.append("<button type=\"submit\" name=\"format\" value=\"")
          .append(escape(format.id()))
          .append("\">")
          .append(escape(ServerTexts.text(language, format.label())))
          .append("</button>\n");
    }
    body.append("</form>\n</section>\n");
  }

  /** A form back to the questions, filled in; the fixes applied are not kept there. */
  private static void change(StringBuilder body, Language language, Map<String, String> fields) {
    Map<String, String> answers = new LinkedHashMap<>(fields);
    answers.remove(Visit.FIXES);
    body.append("<form method=\"get\" action=\"/\">\n")
        .append(Html.hidden(answers))
        .append("<button type=\"submit\">")
        .append(escape(ServerTexts.text(language, "result.change")))
        .append("</button>\n</form>\n");
  }
}
