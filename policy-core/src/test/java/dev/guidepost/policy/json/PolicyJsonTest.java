package dev.guidepost.policy.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Clause;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.CompanyPresence;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.Governance;
import dev.guidepost.policy.standard.Network;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.policy.standard.Review;
import dev.guidepost.policy.standard.Shareable;
import dev.guidepost.policy.standard.Topic;
import dev.guidepost.policy.standard.WorkingHours;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyJsonTest {
  /** The example of DOMAIN.md's section "The JSON form", verbatim. */
  static final String DOMAIN_EXAMPLE =
      """
      {
        "guidepost": 1,
        "organisation": {
          "name": "Acme A/S",
          "country": "DK",
          "sector": "general",
          "employeeRepresentation": "works-council",
          "employees": 120
        },
        "version": "1.2.0",
        "effectiveFrom": "2027-01-01",
        "owner": "hr@acme.example",
        "languages": ["da", "en"],
        "authoritativeLanguage": "da",
        "decisions": {
          "working-hours":   { "option": "time-limited", "minutesPerDay": 30 },
          "advocacy":        { "option": "encouraged", "shareable": ["news", "job-postings"] },
          "confidentiality": { "option": "listed-topics", "topics": ["customers", "financials"] },
          "company-presence":{ "option": "official-accounts", "networks": ["linkedin", "facebook"] },
          "governance":      { "option": "social-media-manager", "contact": "Jane Doe, jane@acme.example" },
          "review":          { "option": "every", "months": 12 }
        },
        "customClauses": [
          { "area": "tone", "text": { "en": "We never post about ongoing tenders.", "da": "Vi skriver aldrig om igangværende udbud." } }
        ]
      }
      """;

  private final PolicyJson json = PolicyJson.standard();

  @Test
  void reads_the_example_of_the_domain() {
    Policy policy = json.read(DOMAIN_EXAMPLE);

    Organisation acme = policy.organisation();
    assertThat(acme.name()).isEqualTo("Acme A/S");
    assertThat(acme.country()).isEqualTo(Country.DK);
    assertThat(acme.sector()).isEqualTo(Sector.GENERAL);
    assertThat(acme.employeeRepresentation()).isEqualTo(EmployeeRepresentation.WORKS_COUNCIL);
    assertThat(acme.employees()).hasValue(120);
    assertThat(policy.version()).hasValue("1.2.0");
    assertThat(policy.effectiveFrom()).hasValue(LocalDate.of(2027, 1, 1));
    assertThat(policy.owner()).hasValue("hr@acme.example");
    assertThat(policy.languages()).containsExactly(Language.DANISH, Language.ENGLISH);
    assertThat(policy.authoritativeLanguage()).isEqualTo(Language.DANISH);
    assertThat(policy.decisions())
        .containsOnlyKeys(
            "working-hours",
            "advocacy",
            "confidentiality",
            "company-presence",
            "governance",
            "review");
    Decision workingHours = policy.decision("working-hours").orElseThrow();
    assertThat(workingHours.is(WorkingHours.TIME_LIMITED)).isTrue();
    assertThat(workingHours.values())
        .containsExactly(Map.entry("minutesPerDay", ParameterValue.ofInteger(30)));
    assertThat(policy.decision("advocacy").orElseThrow().value("shareable").orElseThrow().asList())
        .containsExactly("news", "job-postings");
    assertThat(
            policy.decision("confidentiality").orElseThrow().value("topics").orElseThrow().asList())
        .containsExactly("customers", "financials");
    assertThat(
            policy
                .decision("company-presence")
                .orElseThrow()
                .value("networks")
                .orElseThrow()
                .asList())
        .containsExactly("linkedin", "facebook");
    assertThat(policy.decision("governance").orElseThrow().value("contact").orElseThrow().asText())
        .isEqualTo("Jane Doe, jane@acme.example");
    assertThat(policy.decision("review").orElseThrow().value("months").orElseThrow().asInteger())
        .isEqualTo(12);
    assertThat(policy.customClauses()).hasSize(1);
    Clause clause = policy.customClauses().get(0);
    assertThat(clause.area()).isEqualTo("tone");
    assertThat(clause.text())
        .containsExactly(
            Map.entry(Language.ENGLISH, "We never post about ongoing tenders."),
            Map.entry(Language.DANISH, "Vi skriver aldrig om igangværende udbud."));
  }

  @Test
  void the_example_of_the_domain_equals_the_same_policy_built_with_typed_handles() {
    Policy built =
        Policy.builder()
            .organisation(
                Organisation.builder()
                    .name("Acme A/S")
                    .country(Country.DK)
                    .employeeRepresentation(EmployeeRepresentation.WORKS_COUNCIL)
                    .employees(120)
                    .build())
            .version("1.2.0")
            .effectiveFrom(LocalDate.of(2027, 1, 1))
            .owner("hr@acme.example")
            .languages(List.of(Language.DANISH, Language.ENGLISH))
            .decide(Review.every(12))
            .decide(Governance.socialMediaManager("Jane Doe, jane@acme.example"))
            .decide(CompanyPresence.officialAccounts(Network.LINKEDIN, Network.FACEBOOK))
            .decide(Confidentiality.listedTopics(Topic.CUSTOMERS, Topic.FINANCIALS))
            .decide(Advocacy.encouraged(Shareable.NEWS, Shareable.JOB_POSTINGS))
            .decide(WorkingHours.timeLimited(30))
            .addCustomClause(
                Clause.builder()
                    .area("tone")
                    .putText(Language.ENGLISH, "We never post about ongoing tenders.")
                    .putText(Language.DANISH, "Vi skriver aldrig om igangværende udbud.")
                    .build())
            .build();

    assertThat(json.read(DOMAIN_EXAMPLE)).isEqualTo(built);
  }

  @Test
  void writing_gives_byte_identical_text_for_equal_policies() {
    Policy read = json.read(DOMAIN_EXAMPLE);
    Policy readAgain = json.read(DOMAIN_EXAMPLE);

    String text = json.write(read);

    assertThat(json.write(readAgain)).isEqualTo(text);
    assertThat(json.write(json.read(text))).isEqualTo(text);
    assertThat(text).endsWith("}\n").doesNotContain("\r").startsWith("{\n  \"guidepost\": 1,\n");
  }

  @Test
  void writing_puts_decisions_in_catalogue_order_whatever_order_they_were_made_in() {
    Policy one =
        Policy.builder()
            .organisation(Organisation.of("Acme A/S", Country.DK))
            .decide(Review.every(12))
            .decide(WorkingHours.breaksOnly())
            .build();
    Policy other =
        Policy.builder()
            .organisation(Organisation.of("Acme A/S", Country.DK))
            .decide(WorkingHours.breaksOnly())
            .decide(Review.every(12))
            .build();

    String text = json.write(one);

    assertThat(json.write(other)).isEqualTo(text);
    assertThat(text.indexOf("\"working-hours\"")).isLessThan(text.indexOf("\"review\""));
  }

  @Test
  void every_preset_round_trips() {
    for (Preset preset : Preset.values()) {
      Policy policy = preset.policyFor(Organisation.of("Acme A/S", Country.NL));
      assertThat(json.read(json.write(policy))).as(preset.id()).isEqualTo(policy);
    }
  }

  @Test
  void a_missing_required_parameter_is_read_because_the_rules_report_it() {
    Policy policy =
        json.read(JsonInputs.withDecision("working-hours", "{\"option\": \"time-limited\"}"));

    Decision decision = policy.decision("working-hours").orElseThrow();
    assertThat(decision.is(WorkingHours.TIME_LIMITED)).isTrue();
    assertThat(decision.values()).isEmpty();
  }

  @Test
  void an_out_of_range_parameter_is_read_because_the_rules_report_it() {
    Policy policy =
        json.read(
            JsonInputs.withDecision(
                "working-hours", "{\"option\": \"time-limited\", \"minutesPerDay\": 9999}"));

    assertThat(policy.decision("working-hours")).hasValue(WorkingHours.timeLimited(9999));
  }

  @Test
  void the_minimal_policy_takes_the_documented_defaults() {
    Policy policy = json.read(JsonInputs.MINIMAL);

    assertThat(policy.languages()).isEqualTo(Language.standardFor(Country.DK));
    assertThat(policy.authoritativeLanguage()).isEqualTo(Language.DANISH);
    assertThat(policy.organisation().sector()).isEqualTo(Sector.GENERAL);
    assertThat(policy.organisation().employeeRepresentation())
        .isEqualTo(EmployeeRepresentation.NONE);
    assertThat(policy.decisions()).isEmpty();
    assertThat(policy.customClauses()).isEmpty();
    assertThat(policy.version()).isEmpty();
  }

  @Test
  void a_decision_with_a_text_value_round_trips_non_ascii_and_markup() {
    Decision governance =
        Decision.of(Governance.SOCIAL_MEDIA_MANAGER)
            .withValue(
                "contact", ParameterValue.ofText("Åse \"Ø\" <script>alert(1)</script> 😀\n"));
    Policy policy =
        Policy.builder()
            .organisation(Organisation.of("Blåbær & Co", Country.NO))
            .decide(governance)
            .build();

    assertThat(json.read(json.write(policy))).isEqualTo(policy);
  }
}
