package dev.guidepost.examples.server;

import com.sun.net.httpserver.HttpExchange;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.questionnaire.InvalidAnswersException;
import dev.guidepost.policy.questionnaire.Questionnaire;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.html.HtmlRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Answers one exchange: the form, the policy, or an error page; never a stack trace. */
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
        language = language(query.get("lang"), language);
        requireMethod(method, "GET");
        return Response.ok(FormPage.html(language, questionnaire));
      }
      if (path.equals("/policy")) {
        requireMethod(method, "POST");
        Map<String, String> fields = FormFields.parse(body(exchange));
        language = language(fields.remove("lang"), language);
        return Response.ok(policy(language, fields));
      }
      throw new HttpProblem(404, "error.not-found.title", "error.not-found", Map.of("value", path));
    } catch (HttpProblem problem) {
      return new Response(
          problem.status(),
          Html.problem(language, problem.title(language), problem.text(language)),
          problem.status() == 405 ? allowed(exchange) : "");
    } catch (InvalidAnswersException e) {
      return new Response(
          400,
          Html.problem(
              language, ServerTexts.text(language, "error.title"), e.problem().format(language)),
          "");
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "could not answer " + exchange.getRequestURI(), e);
      return new Response(
          500,
          Html.problem(
              language,
              ServerTexts.text(language, "error.internal.title"),
              ServerTexts.text(language, "error.internal")),
          "");
    }
  }

  private String policy(Language language, Map<String, String> fields) {
    String name = Optional.ofNullable(fields.remove("name")).orElse("").strip();
    if (name.isEmpty()) {
      throw HttpProblem.badRequest("error.name-missing", "");
    }
    if (name.length() > PolicyServer.MAX_NAME) {
      throw new HttpProblem(
          400, "error.title", "error.name-too-long", Map.of("max", "" + PolicyServer.MAX_NAME));
    }
    String country = Optional.ofNullable(fields.remove("country")).orElse("");
    if (!Country.isAssigned(country)) {
      throw HttpProblem.badRequest("error.country", country);
    }
    Organisation organisation =
        Organisation.builder()
            .name(name)
            .country(Country.of(country))
            .sector(choice(fields.remove("sector"), Sector.GENERAL, Sector::fromId, "error.sector"))
            .employeeRepresentation(
                choice(
                    fields.remove("representation"),
                    EmployeeRepresentation.NONE,
                    EmployeeRepresentation::fromId,
                    "error.representation"))
            .build();
    Policy policy =
        questionnaire.policyFor(organisation, questionnaire.answers(fields)).toBuilder()
            .languages(publishedIn(language))
            .authoritativeLanguage(language)
            .build();
    return HtmlRenderer.page()
        .render(Composer.standard().compose(StandardRules.checker().validate(policy), language));
  }

  /** The visitor's language first, so that it is the authoritative version. */
  private static List<Language> publishedIn(Language language) {
    List<Language> languages = new ArrayList<>(List.of(language));
    Language.standard().stream().filter(l -> !l.equals(language)).forEach(languages::add);
    return languages;
  }

  private static <T> T choice(
      @Nullable String id, T absent, Function<String, Optional<T>> byId, String error) {
    return id == null
        ? absent
        : byId.apply(id).orElseThrow(() -> HttpProblem.badRequest(error, id));
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
