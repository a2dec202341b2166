package dev.guidepost.render.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.model.Audience;
import dev.guidepost.policy.model.Clause;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Revision;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Monitoring;
import dev.guidepost.policy.standard.Tone;
import dev.guidepost.policy.standard.WorkingHours;
import dev.guidepost.render.document.Document;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesTest {
  private static final Organisation ACME =
      Organisation.builder()
          .name("Acme A/S")
          .country(Country.DK)
          .employeeRepresentation(EmployeeRepresentation.UNION)
          .build();
  private static final Revision FIRST =
      Revision.builder()
          .version("1.4.2")
          .effectiveFrom(LocalDate.of(2026, 1, 1))
          .putSummary(Language.ENGLISH, "First version.")
          .build();

  private static Policy.Builder older() {
    return Policy.builder().organisation(ACME).addHistory(FIRST);
  }

  private static Policy.Builder newer(String version) {
    return Policy.builder()
        .organisation(ACME)
        .addHistory(
            FIRST,
            Revision.builder()
                .version(version)
                .effectiveFrom(LocalDate.of(2027, 3, 1))
                .announced(LocalDate.of(2027, 2, 1))
                .putSummary(Language.ENGLISH, "Monitoring of public posts.")
                .build());
  }

  private static List<String> lines(Policy older, Policy newer, Language language) {
    List<Finding> findings = StandardRules.changeChecker().check(older, newer);
    return DocumentText.lines(Composer.standard().composeChanges(older, newer, findings, language));
  }

  @Test
  void says_what_changed_from_the_effective_date_which_version_it_calls_for_and_the_findings() {
    Policy older =
        older().decide(Monitoring.none()).decide(WorkingHours.employeeDiscretion()).build();
    Policy newer =
        newer("1.5.0")
            .decide(Monitoring.publicContentOnly())
            .decide(WorkingHours.breaksOnly())
            .build();

    List<String> lines = lines(older, newer, Language.ENGLISH);

    assertThat(lines)
        .startsWith(
            "Changes to the social media policy – Acme A/S",
            "Organisation",
            "Acme A/S",
            "Replaces version",
            "1.4.2",
            "Version",
            "1.5.0",
            "Effective from",
            "1 March 2027",
            "This change calls for version 2.0.0; the guidelines state version 1.5.0.",
            "What changes for you",
            "Monitoring")
        .contains(
            "Changed from 1 March 2027: We follow what is said publicly about us on social media."
                + " This can include employees' public posts, but never private messages or closed"
                + " groups.",
            "Changed from 1 March 2027: You may use social media for private purposes during"
                + " your breaks, but not otherwise during working hours.",
            "Notice and timing of the change");
    assertThat(lines).anyMatch(line -> line.startsWith("Until now: You decide for yourself"));
    assertThat(lines.get(lines.size() - 1))
        .isNotEqualTo("There are no findings on when the change takes effect.");
    assertThat(lines).contains("Warning: monitoring-change-notice");
  }

  @Test
  void a_fitting_version_an_added_and_a_removed_rule_and_an_own_clause() {
    Clause own =
        Clause.builder().area(Tone.ID).putText(Language.DANISH, "Vi skriver venligt.").build();
    Policy older = older().decide(Monitoring.activeMonitoring()).build();
    Policy newer = newer("2.0.0").decide(WorkingHours.breaksOnly()).addCustomClauses(own).build();

    List<String> lines = lines(older, newer, Language.ENGLISH);

    assertThat(lines)
        .contains(
            "This change calls for version 2.0.0 or later; the guidelines state version 2.0.0.",
            "No longer applies from 1 March 2027: We monitor the use of social media on our equipment"
                + " and networks, within the limits of the law and the agreements that apply.",
            "New from 1 March 2027: (Only available in Danish:) Vi skriver venligt.",
            "There are no findings on when the change takes effect.")
        .anyMatch(line -> line.startsWith("New from 1 March 2027: You may use social media"));
  }

  @Test
  void audiences_countries_owner_and_wording_without_dates_or_versions() {
    Clause tone = Clause.builder().area(Tone.ID).putText(Language.ENGLISH, "Be kind.").build();
    Clause reworded =
        Clause.builder().area(Tone.ID).putText(Language.ENGLISH, "Be kinder.").build();
    Policy older =
        Policy.builder()
            .organisation(ACME)
            .decide(Monitoring.none().boundTo(Audience.SENIOR_LEADERS))
            .decide(WorkingHours.breaksOnly())
            .decide(Tone.respectful().boundTo(Audience.SPOKESPERSONS))
            .addCustomClauses(tone)
            .build();
    Policy newer =
        Policy.builder()
            .organisation(
                Organisation.builder()
                    .from(ACME)
                    .country(Country.SE)
                    .addOtherCountries(Country.NO)
                    .build())
            .owner("hr@acme.example")
            .decide(Monitoring.none())
            .decide(WorkingHours.breaksOnly().boundTo(Audience.SENIOR_LEADERS))
            .decide(Tone.respectful().boundTo(Audience.EDITORIAL_STAFF))
            .addCustomClauses(reworded)
            .build();

    List<String> lines = lines(older, newer, Language.ENGLISH);

    assertThat(lines)
        .contains(
            "The rule now applies to more people than before.",
            "The rule now applies to fewer people than before.",
            "The rule now applies to another group than before.",
            "New wording: Be kinder.",
            "Other changes",
            "The guidelines now also apply to those who work in Sweden and Norway.",
            "The guidelines no longer apply to those who work in Denmark.",
            "The owner of the guidelines is now hr@acme.example.",
            "This change calls for a new major version, as it makes a rule stricter or adds an"
                + " obligation.")
        .noneMatch(line -> line.contains("Replaces version"));
  }

  @Test
  void the_bump_without_a_previous_version_and_no_change() {
    Policy plain =
        Policy.builder().organisation(ACME).decide(Monitoring.activeMonitoring()).build();
    Policy relaxed = Policy.builder().organisation(ACME).decide(Monitoring.none()).build();
    Policy owned =
        Policy.builder()
            .organisation(ACME)
            .decide(Monitoring.activeMonitoring())
            .owner("hr")
            .build();
    assertThat(lines(plain, relaxed, Language.ENGLISH))
        .contains(
            "This change calls for a new minor version, as it relaxes a rule or adds one that asks no more of anyone.");
    assertThat(lines(plain, owned, Language.ENGLISH))
        .contains(
            "This change calls for a patch version only, as only wording or details have changed.");
    assertThat(lines(plain, plain, Language.ENGLISH))
        .contains("Nothing has changed between the two versions.")
        .noneMatch(line -> line.startsWith("This change"))
        .doesNotContain("What changes for you", "Other changes");
    Policy versioned = plain.toBuilder().version("1.0.0").build();
    assertThat(lines(versioned, versioned, Language.ENGLISH))
        .contains("Nothing has changed between the two versions.")
        .noneMatch(line -> line.startsWith("This change"));
    assertThat(lines(versioned, plain.toBuilder().version("0.9.0").build(), Language.ENGLISH))
        .contains("This change calls for version 1.0.0; the guidelines state version 0.9.0.");
    assertThat(lines(versioned, relaxed, Language.ENGLISH))
        .contains(
            "This change calls for version 1.1.0; the new version of the guidelines states no version number.");
  }

  @Test
  void an_area_without_a_name_is_headed_by_its_id_and_an_owner_taken_away_is_not_announced() {
    Clause own = Clause.builder().area("own-area").putText(Language.ENGLISH, "Ours.").build();
    Policy older = Policy.builder().organisation(ACME).owner("hr").build();
    Policy newer = Policy.builder().organisation(ACME).addCustomClauses(own).build();

    List<String> lines = lines(older, newer, Language.ENGLISH);

    assertThat(lines)
        .contains("own-area", "New: Ours.")
        .doesNotContain("Other changes")
        .noneMatch(line -> line.startsWith("The owner"));
  }

  @Test
  void every_language_writes_every_kind_of_change() {
    Policy older =
        older().decide(Monitoring.none()).decide(WorkingHours.employeeDiscretion()).build();
    Policy newer =
        newer("1.5.0")
            .decide(Monitoring.publicContentOnly().boundTo(Audience.SENIOR_LEADERS))
            .addCustomClauses(
                Clause.builder().area(Tone.ID).putText(Language.ENGLISH, "Be kind.").build())
            .owner("hr")
            .build();
    for (Language language : Language.standard()) {
      Document document =
          Composer.standard()
              .composeChanges(
                  older, newer, StandardRules.changeChecker().check(older, newer), language);
      assertThat(document.language()).isEqualTo(language);
      assertThat(DocumentText.of(document)).doesNotContain("{").contains("1.5.0", "2.0.0", "hr");
    }
    assertThat(lines(older, newer, Language.DANISH))
        .contains(
            "Ændringen kræver version 2.0.0, men den nye version af politikken har version 1.5.0.",
            "Ansvarlig for politikken er nu hr.");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Composer.standard().composeChanges(older, newer, List.of(), Language.of("de")));
  }
}
