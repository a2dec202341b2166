package dev.guidepost.render.compose;

import static dev.guidepost.render.compose.ComposerTest.ACME;
import static dev.guidepost.render.compose.ComposerTest.compose;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Audience;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Accuracy;
import dev.guidepost.policy.standard.ReservedMatter;
import dev.guidepost.policy.standard.SeniorLeaders;
import dev.guidepost.policy.standard.Spokespersons;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A decision bound to one audience opens with a sentence naming it, in every language; the
 * spokespersons' reserved matters and the senior leaders' impartiality select their own clause.
 */
class BoundClauseTest {
  private static final String ACCURACY =
      "Make sure that everything you post is true and accurate and cannot mislead anyone."
          + " Check your facts before you publish.";

  /** The lead-in of each audience in English. */
  private static final Map<Audience, String> LEAD_INS =
      Map.of(
          Audience.SPOKESPERSONS,
          "The following applies when you speak on our behalf.",
          Audience.EDITORIAL_STAFF,
          "The following applies to journalists and other editorial staff.",
          Audience.SENIOR_LEADERS,
          "The following applies to our senior leaders and to those the public knows as our faces.",
          Audience.ALL_BUT_SPOKESPERSONS,
          "The following applies when you post in your own name and not on our behalf.");

  /** The first words of the spokespersons' lead-in in each language. */
  private static final Map<Language, String> SPOKESPERSONS =
      Map.of(
          Language.ENGLISH, "The following applies when you speak on our behalf. ",
          Language.DANISH, "Det følgende gælder, når du udtaler dig på vores vegne. ",
          Language.SWEDISH, "Följande gäller när du uttalar dig på vårt uppdrag. ",
          Language.NORWEGIAN, "Følgende gjelder når du uttaler deg på våre vegne. ",
          Language.DUTCH, "Het volgende geldt als je namens ons spreekt. ");

  private static Policy with(Decision decision) {
    return Policy.builder().organisation(ACME).decide(decision).build();
  }

  private static List<String> lines(Decision decision, Language language) {
    return DocumentText.lines(compose(with(decision), language));
  }

  @Test
  void a_decision_for_everyone_has_no_lead_in() {
    assertThat(lines(Accuracy.trueAndNotMisleading(), Language.ENGLISH)).contains(ACCURACY);
  }

  @Test
  void each_audience_opens_the_clause_with_its_lead_in() {
    for (Audience audience : Audience.values()) {
      assertThat(lines(Accuracy.trueAndNotMisleading().boundTo(audience), Language.ENGLISH))
          .as("%s", audience)
          .contains(LEAD_INS.get(audience) + " " + ACCURACY);
    }
  }

  @Test
  void every_audience_composes_in_every_language_with_the_plain_clause_after_the_lead_in() {
    for (Language language : Language.standard()) {
      List<String> plain = lines(Accuracy.trueAndNotMisleading(), language);
      for (Audience audience : Audience.values()) {
        List<String> bound = lines(Accuracy.trueAndNotMisleading().boundTo(audience), language);
        assertThat(bound).as("%s %s", language, audience).hasSameSizeAs(plain);
        assertThat(bound)
            .as("%s %s", language, audience)
            .anySatisfy(
                line ->
                    assertThat(plain)
                        .anySatisfy(p -> assertThat(line).endsWith(" " + p).isNotEqualTo(p)));
      }
      assertThat(lines(Accuracy.trueAndNotMisleading().boundTo(Audience.SPOKESPERSONS), language))
          .as("%s", language)
          .anySatisfy(line -> assertThat(line).startsWith(SPOKESPERSONS.get(language)));
    }
  }

  @Test
  void reserved_matters_are_left_to_the_spokespersons_in_every_language() {
    Decision reserved =
        Spokespersons.authorizedEmployees(
            List.of(ReservedMatter.NEGATIVE_POSTS, ReservedMatter.LEGAL_MATTERS));
    assertThat(lines(reserved, Language.ENGLISH))
        .contains(
            "Only employees who have been authorised to do so speak on our behalf on social media."
                + " If you are not one of them, make it clear that you speak for yourself, and leave"
                + " replies to negative posts about us and comments on legal matters to them.");
    Map<Language, String> words =
        Map.of(
            Language.DANISH,
                "overlad svar på negative opslag om os og kommentarer til juridiske sager til dem.",
            Language.SWEDISH,
                "överlåta svar på negativa inlägg om oss och kommentarer om juridiska ärenden åt dem.",
            Language.NORWEGIAN,
                "La dem stå for svar på negative innlegg om oss og kommentarer til juridiske saker.",
            Language.DUTCH,
                "laat reacties op negatieve berichten over ons en uitspraken over juridische zaken aan hen over.");
    words.forEach(
        (language, end) ->
            assertThat(lines(reserved, language))
                .as("%s", language)
                .anySatisfy(line -> assertThat(line).endsWith(end)));
    assertThat(Spokespersons.authorizedEmployees(List.of()))
        .isEqualTo(Spokespersons.authorizedEmployees());
  }

  @Test
  void impartial_senior_leaders_get_the_impartiality_sentences_in_every_language() {
    for (Language language : Language.standard()) {
      List<String> plain = lines(SeniorLeaders.extraCare(), language);
      List<String> notImpartial = lines(SeniorLeaders.extraCare(false), language);
      List<String> impartial = lines(SeniorLeaders.extraCare(true), language);
      assertThat(notImpartial).as("%s", language).isEqualTo(plain);
      assertThat(impartial).as("%s", language).isNotEqualTo(plain).hasSameSizeAs(plain);
    }
    assertThat(lines(SeniorLeaders.extraCare(true), Language.ENGLISH))
        .anySatisfy(
            line ->
                assertThat(line)
                    .endsWith(
                        "Your duty to us comes before your personal brand. Stay impartial as well:"
                            + " do not reveal how you vote, do not take part in political"
                            + " campaigns and do not take sides on matters of public debate."
                            + " Remember that what you follow, like and share can also show where"
                            + " you stand."));
  }

  @Test
  void the_new_values_round_trip_through_json() {
    Policy policy =
        Policy.builder()
            .organisation(ACME)
            .decide(Accuracy.trueAndNotMisleading().boundTo(Audience.ALL_BUT_SPOKESPERSONS))
            .decide(Spokespersons.authorizedEmployees(List.of(ReservedMatter.values())))
            .decide(SeniorLeaders.extraCare(true))
            .build();
    String json = PolicyJson.standard().write(policy);
    assertThat(json)
        .contains("\"binds\": \"all-but-spokespersons\"")
        .contains(
            "\"reservedMatters\": [\"negative-posts\", \"press-enquiries\", \"legal-matters\","
                + " \"financial-matters\"]")
        .contains("\"impartial\": true");
    assertThat(PolicyJson.standard().read(json)).isEqualTo(policy);
  }
}
