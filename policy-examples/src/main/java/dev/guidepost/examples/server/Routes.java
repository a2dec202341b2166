package dev.guidepost.examples.server;

import com.sun.net.httpserver.HttpExchange;
import dev.guidepost.policy.check.InvalidPolicyException;
import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.questionnaire.InvalidAnswersException;
import dev.guidepost.policy.questionnaire.Questionnaire;
import dev.guidepost.policy.rules.StandardRules;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Answers one exchange: the form, the result page, a download, or an error page; never a stack
 * trace.
 */
final class Routes {
  private static final int MAX_BODY = 16 * 1024;
  private static final System.Logger LOG = System.getLogger(Routes.class.getName());

  private final Questionnaire questionnaire;

  Routes(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  Response respond(HttpExchange exchange) {
    Language language = preferred(exchange.getRequestHeaders().getFirst("Accept-Language"));
    try {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      if (path.equals("/")) {
        Map<String, String> query = FormFields.parse(rawQuery(exchange));
        language = language(query.remove("lang"), language);
        requireMethod(method, "GET");
        return Response.ok(FormPage.html(language, questionnaire, query));
      }
      if (path.equals("/policy") || path.equals("/download")) {
        requireMethod(method, "POST");
        Map<String, String> fields = FormFields.parse(body(exchange));
        language = language(fields.remove("lang"), language);
        if (path.equals("/policy")) {
          return Response.ok(
              ResultPage.html(language, Visit.read(fields, language, questionnaire)));
        }
        return download(language, fields);
      }
      throw new HttpProblem(404, "error.not-found.title", "error.not-found", Map.of("value", path));
    } catch (HttpProblem problem) {
      return Response.page(
          problem.status(),
          Html.problem(language, problem.title(language), problem.text(language)),
          problem.status() == 405 ? allowed(exchange) : "");
    } catch (InvalidAnswersException e) {
      return Response.page(
          400,
          Html.problem(
              language, ServerTexts.text(language, "error.title"), e.problem().format(language)),
          "");
    } catch (InvalidPolicyException e) {
      return Response.page(
          400,
          Html.problem(
              language,
              ServerTexts.text(language, "error.title"),
              ServerTexts.text(language, "error.invalid")),
          "");
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "could not answer " + exchange.getRequestURI(), e);
      return Response.page(
          500,
          Html.problem(
              language,
              ServerTexts.text(language, "error.internal.title"),
              ServerTexts.text(language, "error.internal")),
          "");
    }
  }

  /** The policy in the format the {@code format} field names, as a file to save. */
  private Response download(Language language, Map<String, String> fields) {
    String id = Optional.ofNullable(fields.remove("format")).orElse("");
    Formats.Format format =
        Formats.byId(id)
            .orElseThrow(
                () ->
                    new HttpProblem(
                        400,
                        "error.title",
                        "error.format",
                        Map.of(
                            "value",
                            id,
                            "formats",
                            Formats.OFFERED.stream()
                                .map(Formats.Format::id)
                                .collect(Collectors.joining(", ")))));
    Visit visit = Visit.read(fields, language, questionnaire);
    ValidatedPolicy policy = StandardRules.checker().validate(visit.policy());
    return Response.download(
        format.type(),
        format.writer().apply(policy, language),
        ServerTexts.text(language, "download.name") + "." + format.extension());
  }

  /**
   * The first language of the visitor's {@code Accept-Language} header, by weight, that Guidepost
   * has texts in; English when there is none, no header or a malformed one.
   */
  static Language preferred(@Nullable String acceptLanguage) {
    if (acceptLanguage == null) {
      return Language.ENGLISH;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
        Optional<Language> match = Language.bestMatch(range.getRange());
        if (match.isPresent()) {
          return match.get();
        }
      }
    } catch (IllegalArgumentException malformed) {
      LOG.log(Level.DEBUG, "ignoring a malformed Accept-Language header: " + acceptLanguage);
    }
    return Language.ENGLISH;
  }

  /** The language the visitor chose with {@code lang}, else the one the browser prefers. */
  private static Language language(@Nullable String code, Language preferred) {
    if (code == null) {
      return preferred;
    }
    return Language.standard().stream()
        .filter(l -> l.code().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new HttpProblem(
                    400,
                    "error.title",
                    "error.language",
                    Map.of(
                        "value",
                        code,
                        "languages",
                        Language.standard().stream()
                            .map(Language::code)
                            .collect(Collectors.joining(", ")))));
  }

  private static void requireMethod(String method, String allowed) {
    if (!method.equals(allowed)) {
      throw new HttpProblem(405, "error.method.title", "error.method", Map.of("value", method));
    }
  }

  private static String allowed(HttpExchange exchange) {
    return exchange.getRequestURI().getPath().equals("/") ? "GET" : "POST";
  }

  private static String rawQuery(HttpExchange exchange) {
    return Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
  }

  private static String body(HttpExchange exchange) {
    String type =
        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
    if (!type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      throw new HttpProblem(415, "error.title", "error.media-type", Map.of());
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        throw new HttpProblem(413, "error.title", "error.too-large", Map.of("max", "" + MAX_BODY));
      }
      return new String(body, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw HttpProblem.badRequest("error.malformed", "");
    }
  }
}
