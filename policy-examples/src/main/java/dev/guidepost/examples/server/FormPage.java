package dev.guidepost.examples.server;

import static dev.guidepost.examples.server.Html.escape;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.questionnaire.Answer;
import dev.guidepost.policy.questionnaire.Question;
import dev.guidepost.policy.questionnaire.Questionnaire;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The questionnaire as an HTML form in one language; every text is escaped. */
final class FormPage {
  static final List<Country> COUNTRIES =
      List.of(Country.DK, Country.SE, Country.NO, Country.NL, Country.DE, Country.GB, Country.US);

  /** Each language's own name, the same in every language. */
  private static final Map<String, String> ENDONYMS =
      Map.of("en", "English", "da", "Dansk", "sv", "Svenska", "nb", "Norsk", "nl", "Nederlands");

  /** The country a language's visitor most likely comes from, selected first. */
  private static final Map<String, Country> HOME =
      Map.of("da", Country.DK, "sv", Country.SE, "nb", Country.NO, "nl", Country.NL);

  private FormPage() {}

  static String html(Language language, Questionnaire questionnaire) {
    return html(language, questionnaire, Map.of());
  }

  /**
   * Returns the form filled in with the values given, such as the answers sent back from the result
   * page; a value the form does not offer is left out, and the recommended one stays chosen.
   */
  static String html(Language language, Questionnaire questionnaire, Map<String, String> values) {
    String title = ServerTexts.text(language, "page.title");
    StringBuilder nav = new StringBuilder();
    nav.append("<nav aria-label=\"")
        .append(escape(ServerTexts.text(language, "nav.languages")))
        .append("\">");
    for (Language other : Language.standard()) {
      nav.append("<a href=\"/?lang=")
          .append(escape(other.code()))
          .append("\" hreflang=\"")
          .append(escape(other.code()))
          .append("\">")
          .append(escape(ENDONYMS.getOrDefault(other.code(), other.code())))
          .append("</a>");
    }
    nav.append("</nav>");
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(escape(title)).append("</h1>\n");
    body.append("<p>").append(escape(ServerTexts.text(language, "page.intro"))).append("</p>\n");
    body.append("<form method=\"post\" action=\"/policy\">\n");
    body.append("<input type=\"hidden\" name=\"lang\" value=\"")
        .append(escape(language.code()))
        .append("\">\n");
    body.append("<label>")
        .append(escape(ServerTexts.text(language, "field.name")))
        .append(" <input name=\"name\" required maxlength=\"")
        .append(PolicyServer.MAX_NAME)
        .append("\" autocomplete=\"organization\" value=\"")
        .append(escape(values.getOrDefault("name", "")))
        .append("\"></label>\n");
    select(body, language, "country", "field.country");
    String home =
        values.getOrDefault(
            "country",
            Optional.ofNullable(HOME.get(language.code())).map(Country::code).orElse(""));
    for (Country country : COUNTRIES) {
      String name =
          new Locale.Builder()
              .setRegion(country.code())
              .build()
              .getDisplayCountry(language.locale());
      option(body, country.code(), name, country.code().equals(home));
    }
    body.append("</select></label>\n");
    select(body, language, "sector", "field.sector");
    for (Sector sector : Sector.values()) {
      String name = Message.of("sector." + sector.id()).format(language);
      option(
          body,
          sector.id(),
          name,
          sector.id().equals(values.getOrDefault("sector", Sector.GENERAL.id())));
    }
    body.append("</select></label>\n");
    select(body, language, "representation", "field.representation");
    for (EmployeeRepresentation representation : EmployeeRepresentation.values()) {
      String name = Message.of("representation." + representation.id()).format(language);
      option(
          body,
          representation.id(),
          name,
          representation
              .id()
              .equals(values.getOrDefault("representation", EmployeeRepresentation.NONE.id())));
    }
    body.append("</select></label>\n");
    document(body, language, values);
    for (Question question : questionnaire.questions()) {
      String chosen =
          question.answers().stream()
              .map(Answer::id)
              .filter(id -> id.equals(values.get(question.id())))
              .findFirst()
              .orElse(question.defaultAnswer().id());
      body.append("<fieldset>\n<legend>")
          .append(escape(question.text().format(language)))
          .append("</legend>\n");
      for (Answer answer : question.answers()) {
        body.append("<label><input type=\"radio\" name=\"")
            .append(escape(question.id()))
            .append("\" value=\"")
            .append(escape(answer.id()))
            .append(answer.id().equals(chosen) ? "\" checked> " : "\"> ")
            .append(escape(answer.text().format(language)))
            .append("</label>\n");
      }
      body.append("</fieldset>\n");
    }
    body.append("<button type=\"submit\">")
        .append(escape(ServerTexts.text(language, "form.submit")))
        .append("</button>\n</form>\n");
    return Html.page(language, title, nav.toString(), body.toString());
  }

  /** The document's version, effective date and owner, each optional. */
  private static void document(StringBuilder body, Language language, Map<String, String> values) {
    body.append("<fieldset>\n<legend>")
        .append(escape(ServerTexts.text(language, "field.document")))
        .append("</legend>\n");
    input(body, language, "version", "text", values, " placeholder=\"1.0.0\"");
    input(body, language, "effective", "date", values, "");
    input(
        body,
        language,
        "owner",
        "text",
        values,
        " maxlength=\"" + PolicyServer.MAX_NAME + "\" autocomplete=\"organization-title\"");
    body.append("</fieldset>\n");
  }

  private static void input(
      StringBuilder body,
      Language language,
      String name,
      String type,
      Map<String, String> values,
      String more) {
    body.append("<label>")
        .append(escape(ServerTexts.text(language, "field." + name)))
        .append(" <input name=\"")
        .append(name)
        .append("\" type=\"")
        .append(type)
        .append("\" value=\"")
        .append(escape(values.getOrDefault(name, "")))
        .append('"')
        .append(more)
        .append("></label>\n");
  }

  private static void select(StringBuilder body, Language language, String name, String label) {
    body.append("<label>")
        .append(escape(ServerTexts.text(language, label)))
        .append(" <select name=\"")
        .append(name)
        .append("\">");
  }

  private static void option(StringBuilder body, String value, String text, boolean selected) {
    body.append("<option value=\"")
        .append(escape(value))
        .append(selected ? "\" selected>" : "\">")
        .append(escape(text))
        .append("</option>");
  }
}
