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
    String title = ServerTexts.text(language, "page.title");
    StringBuilder body = new StringBuilder();
    body.append("<nav>");
    for (Language other : Language.standard()) {
      body.append("<a href=\"/?lang=")
          .append(escape(other.code()))
          .append("\" hreflang=\"")
          .append(escape(other.code()))
          .append("\">")
          .append(escape(ENDONYMS.getOrDefault(other.code(), other.code())))
          .append("</a>");
    }
    body.append("</nav>\n<h1>").append(escape(title)).append("</h1>\n");
    body.append("<p>").append(escape(ServerTexts.text(language, "page.intro"))).append("</p>\n");
    body.append("<form method=\"post\" action=\"/policy\">\n");
    body.append("<input type=\"hidden\" name=\"lang\" value=\"")
        .append(escape(language.code()))
        .append("\">\n");
    body.append("<label>")
        .append(escape(ServerTexts.text(language, "field.name")))
        .append(" <input name=\"name\" required maxlength=\"")
        .append(PolicyServer.MAX_NAME)
        .append("\"></label>\n");
    select(body, language, "country", "field.country");
    for (Country country : COUNTRIES) {
      String name =
          new Locale.Builder()
              .setRegion(country.code())
              .build()
              .getDisplayCountry(language.locale());
      option(body, country.code(), name, country.equals(HOME.get(language.code())));
    }
    body.append("</select></label>\n");
    select(body, language, "sector", "field.sector");
    for (Sector sector : Sector.values()) {
      String name = Message.of("sector." + sector.id()).format(language);
      option(body, sector.id(), name, sector == Sector.GENERAL);
    }
    body.append("</select></label>\n");
    select(body, language, "representation", "field.representation");
    for (EmployeeRepresentation representation : EmployeeRepresentation.values()) {
      String name = Message.of("representation." + representation.id()).format(language);
      option(body, representation.id(), name, representation == EmployeeRepresentation.NONE);
    }
    body.append("</select></label>\n");
    for (Question question : questionnaire.questions()) {
      body.append("<fieldset>\n<legend>")
          .append(escape(question.text().format(language)))
          .append("</legend>\n");
      for (Answer answer : question.answers()) {
        body.append("<label><input type=\"radio\" name=\"")
            .append(escape(question.id()))
            .append("\" value=\"")
            .append(escape(answer.id()))
            .append(answer.equals(question.defaultAnswer()) ? "\" checked> " : "\"> ")
            .append(escape(answer.text().format(language)))
            .append("</label>\n");
      }
      body.append("</fieldset>\n");
    }
    body.append("<button type=\"submit\">")
        .append(escape(ServerTexts.text(language, "form.submit")))
        .append("</button>\n</form>\n");
    return Html.page(language, title, body.toString());
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
