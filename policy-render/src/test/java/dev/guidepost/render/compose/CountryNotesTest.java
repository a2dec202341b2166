package dev.guidepost.render.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Country notes: a policy for an organisation that works in several countries carries, under a
 * clause, a note for each of its countries whose law differs there; a policy for one country
 * carries none.
 */
class CountryNotesTest {
  private static final List<Country> COUNTRIES =
      List.of(Country.DK, Country.SE, Country.NO, Country.NL, Country.DE, Country.GB, Country.US);

  /** How each language opens a note for the United States. */
  private static final Map<Language, String> IF_YOU_WORK_IN_THE_US =
      Map.of(
          Language.ENGLISH, "If you work in the United States: ",
          Language.DANISH, "Hvis du arbejder i USA: ",
          Language.SWEDISH, "Om du arbetar i USA: ",
          Language.NORWEGIAN, "Hvis du jobber i USA: ",
          Language.DUTCH, "Als je in de Verenigde Staten werkt: ");

  private static final Pattern NOTE_KEY =
      Pattern.compile("note\\.[a-z-]+(\\.[a-z-]+)?\\.([A-Z]{2})(\\.[a-z-]+)?");

  private static Organisation organisation(Country home, Sector sector, Country... others) {
    return Organisation.builder()
        .name("Acme")
        .country(home)
        .sector(sector)
        .addOtherCountries(others)
        .build();
  }

  private static Document compose(Policy policy, Language language) {
    return Composer.standard().compose(StandardRules.checker().validate(policy), language);
  }

  private static List<String> notes(Document document, String area, Language language) {
    String heading = Composer.standard().messages().pattern(language, "area." + area);
    List<String> notes = new ArrayList<>();
    for (Section section : sections(document)) {
      if (section.heading().equals(heading)) {
        section.blocks().stream()
            .filter(Block.Note.class::isInstance)
            .map(block -> ((Block.Note) block).text())
            .forEach(notes::add);
      }
    }
    return notes;
  }

  private static List<Block.Note> allNotes(Document document) {
    return sections(document).stream()
        .flatMap(section -> section.blocks().stream())
        .filter(Block.Note.class::isInstance)
        .map(Block.Note.class::cast)
        .toList();
  }

  private static List<Section> sections(Document document) {
    return document.chapters().stream().flatMap(chapter -> chapter.sections().stream()).toList();
  }

  private static String text(Language language, String key) {
    return StandardTexts.CLAUSES.pattern(language, key);
  }

  @Test
  void a_multi_country_policy_carries_its_countries_notes_in_every_language() {
    Policy policy =
        Preset.BALANCED.policyFor(
            organisation(Country.DK, Sector.GENERAL, Country.NO, Country.US, Country.GB));
    for (Language language : Language.standard()) {
      Document document = compose(policy, language);
      assertThat(notes(document, "confidentiality", language))
          .as("%s", language)
          .containsExactly(
              text(language, "note.confidentiality.US"), text(language, "note.confidentiality.GB"));
      assertThat(notes(document, "criticism", language))
          .as("%s", language)
          .containsExactly(
              text(language, "note.criticism.NO"), text(language, "note.criticism.US"));
      assertThat(notes(document, "criticism", language).get(1))
          .startsWith(IF_YOU_WORK_IN_THE_US.get(language));
      assertThat(allNotes(document)).as("%s", language).hasSize(4);
    }
  }

  @Test
  void a_single_country_policy_carries_no_note_in_any_language() {
    for (Country country : COUNTRIES) {
      Policy policy =
          Preset.BALANCED.policyFor(organisation(country, Sector.PUBLIC_SECTOR)).toBuilder()
              .decide(Monitoring.activeMonitoring())
              .build();
      for (Language language : Language.standard()) {
        assertThat(allNotes(Composer.standard().compose(policy, language)))
            .as("%s in %s", country, language)
            .isEmpty();
      }
    }
  }

  @Test
  void every_note_belongs_to_one_of_the_organisations_countries() {
    Map<String, Set<String>> countriesByText = countriesByNoteText(Language.ENGLISH);
    Set<String> seen = new HashSet<>();
    for (Sector sector : Sector.values()) {
      for (Country home : COUNTRIES) {
        for (Country other : COUNTRIES) {
          if (other.equals(home)) {
            continue;
          }
          Organisation organisation = organisation(home, sector, other);
          Policy policy =
              Preset.BALANCED.policyFor(organisation).toBuilder()
                  .decide(Monitoring.activeMonitoring())
                  .build();
          for (Block.Note note : allNotes(Composer.standard().compose(policy, Language.ENGLISH))) {
            Set<String> countries = countriesByText.get(note.text());
            assertThat(countries).as("a note of %s: %s", organisation, note.text()).isNotNull();
            assertThat(countries)
                .as("%s", note.text())
                .anyMatch(code -> organisation.countries().contains(Country.of(code)));
            seen.add(note.text());
          }
        }
      }
    }
    assertThat(seen)
        .as("every note shows somewhere")
        .containsExactlyInAnyOrderElementsOf(countriesByText.keySet());
  }

  /** The countries of each English note text, from its key. */
  private static Map<String, Set<String>> countriesByNoteText(Language language) {
    Map<String, Set<String>> countries = new java.util.HashMap<>();
    for (String key : StandardTexts.CLAUSES.keys(language)) {
      if (key.startsWith("note.") && !key.equals("note.untranslated")) {
        Matcher matcher = NOTE_KEY.matcher(key);
        assertThat(matcher.matches()).as(key).isTrue();
        String text = text(language, key);
        if (!text.equals(CountryNotes.NONE)) {
          countries.computeIfAbsent(text, t -> new HashSet<>()).add(matcher.group(2));
        }
      }
    }
    assertThat(countries).hasSizeGreaterThanOrEqualTo(7);
    return countries;
  }

  @Test
  void a_sector_variant_gives_or_withdraws_a_countrys_note() {
    Policy publicDanish =
        Preset.BALANCED.policyFor(organisation(Country.DK, Sector.PUBLIC_SECTOR, Country.SE));
    assertThat(notes(compose(publicDanish, Language.DANISH), "criticism", Language.DANISH))
        .containsExactly(
            text(Language.DANISH, "note.criticism.DK.public-sector"),
            text(Language.DANISH, "note.criticism.SE.public-sector"));
    Policy privateDanish =
        Preset.BALANCED.policyFor(organisation(Country.DK, Sector.GENERAL, Country.SE));
    assertThat(allNotes(compose(privateDanish, Language.DANISH))).isEmpty();

    Policy publicAmerican =
        Preset.BALANCED.policyFor(organisation(Country.US, Sector.PUBLIC_SECTOR, Country.GB));
    Document document = compose(publicAmerican, Language.ENGLISH);
    assertThat(notes(document, "confidentiality", Language.ENGLISH))
        .containsExactly(text(Language.ENGLISH, "note.confidentiality.GB"));
    assertThat(notes(document, "criticism", Language.ENGLISH)).isEmpty();
  }

  @Test
  void an_option_variant_notes_only_that_option() {
    Organisation germanAndDutch = organisation(Country.NL, Sector.GENERAL, Country.DE);
    Policy none = Preset.BALANCED.policyFor(germanAndDutch);
    assertThat(
            notes(Composer.standard().compose(none, Language.DUTCH), "monitoring", Language.DUTCH))
        .isEmpty();
    Policy active = none.toBuilder().decide(Monitoring.activeMonitoring()).build();
    assertThat(
            notes(
                Composer.standard().compose(active, Language.DUTCH), "monitoring", Language.DUTCH))
        .containsExactly(text(Language.DUTCH, "note.monitoring.active-monitoring.DE"));
  }

  @Test
  void notes_of_ones_own_show_only_in_the_languages_that_have_them() {
    MessageBundle ours =
        MessageBundle.builder()
            .put(
                Language.ENGLISH,
                "note.criticism.FR",
                "If you work in France: {organisation} has its own rules there.")
            .build();
    Composer composer = Composer.standard().toBuilder().messages(ours).build();
    Policy policy =
        Preset.BALANCED.policyFor(organisation(Country.DK, Sector.GENERAL, Country.of("FR")));
    assertThat(
            notes(
                composer.compose(StandardRules.checker().validate(policy), Language.ENGLISH),
                "criticism",
                Language.ENGLISH))
        .containsExactly("If you work in France: Acme has its own rules there.");
    assertThat(
            allNotes(composer.compose(StandardRules.checker().validate(policy), Language.DANISH)))
        .as("Danish has no text of that note, and English is not shown instead")
        .isEmpty();
  }

  @Test
  void every_note_opens_with_whom_it_is_for_in_the_words_of_its_language() {
    Map<Language, String> opening =
        Map.of(
            Language.ENGLISH, "If you work in ",
            Language.DANISH, "Hvis du arbejder i ",
            Language.SWEDISH, "Om du arbetar i ",
            Language.NORWEGIAN, "Hvis du jobber i ",
            Language.DUTCH, "Als je in ");
    for (Language language : Language.standard()) {
      for (String key : StandardTexts.CLAUSES.keys(language)) {
        if (key.startsWith("note.") && !key.equals("note.untranslated")) {
          assertThat(NOTE_KEY.matcher(key).matches()).as(key).isTrue();
          String text = text(language, key);
          if (!text.equals(CountryNotes.NONE)) {
            assertThat(text)
                .as("%s in %s", key, language)
                .startsWith(String.valueOf(opening.get(language)));
          }
        }
      }
    }
  }
}
