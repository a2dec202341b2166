package dev.guidepost.examples.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.questionnaire.Question;
import dev.guidepost.policy.questionnaire.Questionnaire;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Talks to a real server on an ephemeral loopback port over HTTP. */
class PolicyServerTest {
  private static PolicyServer server;
  private static HttpClient client;

  @BeforeAll
  static void start() throws IOException {
    server = PolicyServer.start(0);
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void serves_the_questionnaire_in_every_language() throws Exception {
    for (Language language : Language.standard()) {
      HttpResponse<String> response = get("/?lang=" + language.code());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .contains("text/html; charset=utf-8");
      assertThat(response.body())
          .startsWith("<!DOCTYPE html>\n<html lang=\"" + language.code() + "\">")
          .contains("<form method=\"post\" action=\"/policy\">")
          .contains("<input type=\"hidden\" name=\"lang\" value=\"" + language.code() + "\">");
      for (Question question : Questionnaire.standard().questions()) {
        assertThat(response.body())
            .contains(Html.escape(question.text().format(language)))
            .contains(
                "name=\""
                    + question.id()
                    + "\" value=\""
                    + question.defaultAnswer().id()
                    + "\" checked> "
                    + Html.escape(question.defaultAnswer().text().format(language)));
      }
    }
  }

  @Test
  void serves_english_without_a_language_and_danish_texts_with_one() throws Exception {
    assertThat(get("/").body())
        .contains("May employees use social media during working hours?")
        .contains("<option value=\"US\">United States</option>");
    assertThat(get("/?lang=da").body())
        .contains("Må medarbejderne bruge sociale medier i arbejdstiden?")
        .contains("<option value=\"DK\" selected>Danmark</option>")
        .contains("Virksomhedens navn");
  }

  @Test
  void a_posted_answer_set_gives_the_rendered_policy() throws Exception {
    HttpResponse<String> response =
        post(
            form(
                "da",
                "Nordlys Rådgivning A/S",
                "DK",
                "working-hours",
                "prohibited",
                "advocacy",
                "not-allowed",
                "representation",
                "works-council"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"da\">")
        .contains("Nordlys Rådgivning A/S")
        .contains("Sociale medier i arbejdstiden")
        .doesNotContain("pauserne");
  }

  @Test
  void an_unknown_answer_gives_400_naming_the_question_and_its_answers() throws Exception {
    HttpResponse<String> response =
        post(form("nl", "Van Dijk B.V.", "NL", "working-hours", "<img src=x onerror=alert(1)>"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<html lang=\"nl\">")
        .contains(
            "De vraag ‘working-hours’ heeft geen antwoord ‘&lt;img src=x onerror=alert(1)&gt;’.")
        .contains("employee-discretion, time-limited, breaks-only, prohibited")
        .doesNotContain("<img")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void an_unknown_question_gives_400() throws Exception {
    HttpResponse<String> response = post(form("en", "Acme", "GB", "coffee", "black"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("There is no question &quot;coffee&quot;.");
  }

  @Test
  void bad_organisation_fields_give_400_in_the_visitors_language() throws Exception {
    assertThat(post(form("sv", "  ", "SE")).body()).contains("Skriv organisationens namn.");
    HttpResponse<String> country = post(form("nb", "Fjord AS", "XX"));
    assertThat(country.statusCode()).isEqualTo(400);
    assertThat(country.body()).contains("«XX» er ikke en landkode.");
    assertThat(post(form("en", "Acme", "GB", "sector", "mining")).body())
        .contains("&quot;mining&quot; is not a sector.");
    assertThat(post(form("en", "A".repeat(201), "GB")).statusCode()).isEqualTo(400);
  }

  @Test
  void escapes_a_hostile_organisation_name() throws Exception {
    HttpResponse<String> response = post(form("en", "<script>alert('x')</script> & Co", "US"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("&lt;script&gt;alert(").doesNotContain("<script>");
  }

  @Test
  void a_repeated_or_malformed_field_gives_400() throws Exception {
    HttpResponse<String> repeated = post("lang=en&name=A&name=B&country=GB");
    assertThat(repeated.statusCode()).isEqualTo(400);
    assertThat(repeated.body()).contains("The field &quot;name&quot; was sent more than once.");

    HttpResponse<String> malformed = post("lang=en&name=%zz&country=GB");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("The form data could not be read.");
  }

  @Test
  void without_a_chosen_language_the_browsers_preferred_one_is_served() throws Exception {
    HttpResponse<String> swedish =
        client.send(
            HttpRequest.newBuilder(server.uri())
                .header("Accept-Language", "fi-FI, sv-SE;q=0.9, en;q=0.5")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> chosen =
        client.send(
            HttpRequest.newBuilder(URI.create(server.uri() + "?lang=nl"))
                .header("Accept-Language", "sv")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(swedish.body()).startsWith("<!DOCTYPE html>\n<html lang=\"sv\">");
    assertThat(chosen.body()).startsWith("<!DOCTYPE html>\n<html lang=\"nl\">");
    assertThat(Routes.preferred("nn-NO,en;q=0.5")).isEqualTo(Language.NORWEGIAN);
    assertThat(Routes.preferred("fr, de;q=0.8")).isEqualTo(Language.ENGLISH);
    assertThat(Routes.preferred("en;q=not-a-number")).isEqualTo(Language.ENGLISH);
    assertThat(Routes.preferred(null)).isEqualTo(Language.ENGLISH);
  }

  @Test
  void an_unsupported_language_gives_400() throws Exception {
    HttpResponse<String> response = get("/?lang=fi");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("&quot;fi&quot; is not one of the languages offered: en, da, sv, nb, nl.");
  }

  @Test
  void an_unknown_path_gives_404_and_escapes_it() throws Exception {
    HttpResponse<String> response = get("/admin%3Cb%3E");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Page not found").contains("/admin&lt;b&gt;");
  }

  @Test
  void another_method_gives_405_with_the_allowed_one() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(server.uri().resolve("/policy")).GET().build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).contains("POST");
  }

  @Test
  void a_form_of_another_type_or_too_large_is_refused() throws Exception {
    HttpResponse<String> json =
        client.send(
            HttpRequest.newBuilder(server.uri().resolve("/policy"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(json.statusCode()).isEqualTo(415);

    assertThat(post("name=" + "a".repeat(20_000)).statusCode()).isEqualTo(413);
  }

  @Test
  void main_reads_the_port_and_prints_the_address() throws IOException {
    assertThat(PolicyServer.port(new String[0])).isEqualTo(8080);
    assertThat(PolicyServer.port(new String[] {"9090"})).isEqualTo(9090);
    assertThatThrownBy(() -> PolicyServer.port(new String[] {"http"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a number from 0 to 65535");
    assertThatThrownBy(() -> PolicyServer.port(new String[] {"70000"}))
        .isInstanceOf(IllegalArgumentException.class);

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PolicyServer started =
        PolicyServer.run(0, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      assertThat(printed.toString(StandardCharsets.UTF_8))
          .isEqualTo("Guidepost's questionnaire is at " + started.uri() + System.lineSeparator());
      assertThat(started.uri().toString()).startsWith("http://127.0.0.1:");
    }
  }

  @Test
  void the_result_page_shows_the_findings_and_their_fixes_above_the_policy() throws Exception {
    HttpResponse<String> response =
        post(form("en", "Acme A/S", "DK", "advocacy", "encouraged", "working-hours", "prohibited"));

    assertThat(response.statusCode()).isEqualTo(200);
    String page = response.body();
    assertThat(page)
        .contains("<main>", "class=\"finding warning\"", "Warning: You encourage employees")
        .contains("Sources: practice:")
        .contains("<button type=\"submit\" name=\"apply\" value=\"")
        .contains("Apply this change: Social media during working hours: choose")
        .contains("<input type=\"hidden\" name=\"advocacy\" value=\"encouraged\">");
    assertThat(page.indexOf("class=\"finding")).isLessThan(page.indexOf("<article"));
    assertThat(page.indexOf("action=\"/download\"")).isLessThan(page.indexOf("<article"));
    for (String format : List.of("html", "markdown", "docx", "pdf", "text", "json")) {
      assertThat(page).contains("name=\"format\" value=\"" + format + "\"");
    }
  }

  @Test
  void applying_a_fix_shows_the_new_result_and_keeps_the_fix() throws Exception {
    Map<String, String> form =
        form("en", "Acme A/S", "DK", "advocacy", "encouraged", "working-hours", "prohibited");
    String page = post(form).body();
    Matcher fix = Pattern.compile("name=\"apply\" value=\"([^\"]+)\"").matcher(page);
    assertThat(fix.find()).isTrue();
    form.put("apply", fix.group(1));

    String fixed = post(form).body();

    assertThat(fixed)
        .contains("The check found nothing to point out.")
        .contains("<input type=\"hidden\" name=\"fixes\" value=\"" + fix.group(1) + "\">")
        .doesNotContain("name=\"apply\"")
        .contains("<article");
    form.remove("apply");
    form.put("fixes", fix.group(1) + " " + fix.group(1));
    HttpResponse<String> twice = post(form);
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.body()).contains("no longer applies to the policy");
  }

  @Test
  void a_malformed_fix_gives_400() throws Exception {
    for (String fix : List.of("x", "working-hours-vs-advocacy:a:0", "r:0", "r:0:0:0", "r:0:b")) {
      HttpResponse<String> response = post(form("en", "Acme", "GB", "fixes", fix));
      assertThat(response.statusCode()).as(fix).isEqualTo(400);
      assertThat(response.body()).contains("&quot;" + Html.escape(fix) + "&quot;");
    }
    assertThat(post(form("en", "Acme", "GB", "fixes", " ")).statusCode()).isEqualTo(200);
  }

  @Test
  void the_document_fields_reach_the_policy_and_bad_ones_give_400() throws Exception {
    String page =
        post(form(
                "en",
                "Acme",
                "GB",
                "version",
                " 2.1.0 ",
                "effective",
                "2027-03-01",
                "owner",
                "People & Culture"))
            .body();
    assertThat(page).contains("2.1.0", "People &amp; Culture", "Effective from");

    HttpResponse<String> version = post(form("da", "Acme", "DK", "version", "v2"));
    assertThat(version.statusCode()).isEqualTo(400);
    assertThat(version.body()).contains("»v2« er ikke et versionsnummer");
    HttpResponse<String> date = post(form("en", "Acme", "GB", "effective", "1 March"));
    assertThat(date.statusCode()).isEqualTo(400);
    assertThat(date.body()).contains("&quot;1 March&quot; is not a date");
    HttpResponse<String> owner =
        post(form("en", "Acme", "GB", "owner", "x".repeat(PolicyServer.MAX_NAME + 1)));
    assertThat(owner.statusCode()).isEqualTo(400);
    assertThat(owner.body()).contains("at most " + PolicyServer.MAX_NAME + " characters");
    assertThat(
            post(form("en", "Acme", "GB", "owner", "x".repeat(PolicyServer.MAX_NAME))).statusCode())
        .isEqualTo(200);
  }

  @Test
  void downloads_give_each_format_as_a_file() throws Exception {
    Map<String, String> form = form("en", "Acme A/S", "DK", "version", "1.0.0");
    Map<String, String> expected =
        Map.of(
            "html", "<!DOCTYPE html>",
            "markdown", "# Social media policy – Acme A/S",
            "text", "Social media policy – Acme A/S",
            "json", "{",
            "docx", "PK",
            "pdf", "%PDF-");
    for (Formats.Format format : Formats.OFFERED) {
      form.put("format", format.id());
      HttpResponse<String> response = post("/download", form);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).contains(format.type());
      assertThat(response.headers().firstValue("Content-Disposition"))
          .contains("attachment; filename=\"social-media-policy." + format.extension() + "\"");
      assertThat(response.body()).startsWith(expected.get(format.id()));
      if (format.type().contains("charset=utf-8") || format.id().equals("json")) {
        assertThat(response.body()).contains("1.0.0");
      }
    }
    assertThat(Formats.OFFERED)
        .extracting(Formats.Format::id)
        .containsExactly("html", "markdown", "docx", "pdf", "text", "json");
    form.put("format", "odt");
    HttpResponse<String> unknown = post("/download", form);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("html, markdown, docx, pdf, text, json");
    form.remove("format");
    form.put("lang", "nl");
    assertThat(post("/download", form).body()).contains("‘’ hoort niet bij de aangeboden formaten");
  }

  @Test
  void the_form_is_filled_in_from_the_query() throws Exception {
    HttpResponse<String> response =
        get(
            "/?lang=sv&name=Lindqvist+%26+Co&country=NO&sector=public-sector&representation=works-council"
                + "&monitoring=public-content-only&version=1.1.0&effective=2027-01-01&owner=HR"
                + "&advocacy=unknown");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("<html lang=\"sv\">")
        .contains("value=\"Lindqvist &amp; Co\"")
        .contains("<option value=\"NO\" selected>")
        .doesNotContain("<option value=\"SE\" selected>")
        .contains("<option value=\"public-sector\" selected>")
        .contains("<option value=\"works-council\" selected>")
        .contains("name=\"monitoring\" value=\"public-content-only\" checked>")
        .doesNotContain("name=\"monitoring\" value=\"none\" checked>")
        .contains("name=\"advocacy\" value=\"voluntary\" checked>")
        .contains("name=\"version\" type=\"text\" value=\"1.1.0\"")
        .contains("name=\"effective\" type=\"date\" value=\"2027-01-01\"")
        .contains("name=\"owner\" type=\"text\" value=\"HR\"")
        .contains("<header><nav aria-label=\"Språk\">");
  }

  /** Returns a form's fields: the language, the organisation, then more names and values. */
  private static Map<String, String> form(
      String language, String name, String country, String... more) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("lang", language);
    form.put("name", name);
    form.put("country", country);
    for (int i = 0; i < more.length; i += 2) {
      form.put(more[i], more[i + 1]);
    }
    return form;
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(server.uri() + path.substring(1))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(Map<String, String> form) throws Exception {
    return post("/policy", form);
  }

  private static HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    return post(
        path,
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&")));
  }

  private static HttpResponse<String> post(String body) throws Exception {
    return post("/policy", body);
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(server.uri().resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
