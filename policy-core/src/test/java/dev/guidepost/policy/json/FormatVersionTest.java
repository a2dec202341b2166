package dev.guidepost.policy.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.StandardCatalogue;
import dev.guidepost.policy.standard.WorkingHours;
import org.junit.jupiter.api.Test;

class FormatVersionTest {
  private static final Organisation DK = Organisation.of("Acme A/S", Country.DK);

  @Test
  void a_policy_that_needs_nothing_newer_is_written_as_version_1() {
    Policy policy = Policy.builder().organisation(DK).decide(WorkingHours.timeLimited(30)).build();
    assertThat(FormatVersion.needed(policy)).isEqualTo(1);
    assertThat(PolicyJson.standard().write(policy)).startsWith("{\n  \"guidepost\": 1,");
  }

  @Test
  void other_countries_are_written_as_version_2_and_read_back() {
    Organisation nordic =
        Organisation.builder().from(DK).addOtherCountries(Country.SE, Country.NO).build();
    Policy policy = Policy.builder().organisation(nordic).decide(WorkingHours.breaksOnly()).build();
    String json = PolicyJson.standard().write(policy);
    assertThat(json)
        .startsWith("{\n  \"guidepost\": 2,")
        .contains("\"otherCountries\": [\"SE\", \"NO\"]");
    assertThat(PolicyJson.standard().read(json)).isEqualTo(policy);
  }

  @Test
  void version_1_holds_every_option_of_the_first_release() {
    StandardCatalogue.catalogue().areas().stream()
        .flatMap(area -> area.options().stream())
        .filter(option -> option.area().equals(WorkingHours.ID))
        .forEach(
            option ->
                assertThat(
                        FormatVersion.newerThan(1, dev.guidepost.policy.model.Decision.of(option)))
                    .isEmpty());
  }

  @Test
  void areas_of_ones_own_belong_to_no_version() {
    var own = dev.guidepost.policy.model.Option.of("ai-tools", "allowed");
    assertThat(FormatVersion.newerThan(1, dev.guidepost.policy.model.Decision.of(own))).isEmpty();
  }

  @Test
  void an_area_added_after_version_1_needs_version_2() {
    Policy policy =
        Policy.builder()
            .organisation(DK)
            .decide(dev.guidepost.policy.standard.Accuracy.noFalseStatements())
            .build();
    assertThat(FormatVersion.needed(policy)).isEqualTo(2);
    String json = PolicyJson.standard().write(policy);
    assertThat(json).startsWith("{\n  \"guidepost\": 2,");
    assertThat(PolicyJson.standard().read(json)).isEqualTo(policy);

    var e =
        JsonInputs.rejected(
            json.replace("\"guidepost\": 2", "\"guidepost\": 1"), "$.decisions.accuracy");
    assertThat(e.found()).isEqualTo("the area \"accuracy\", added in version 2");
  }

  @Test
  void each_version_holds_everything_the_one_before_it_held() {
    StandardCatalogue.catalogue().areas().stream()
        .flatMap(area -> area.options().stream())
        .map(dev.guidepost.policy.model.Decision::of)
        .forEach(
            decision -> {
              int needed = FormatVersion.needed(decision);
              for (int version = 1; version <= FormatVersion.LATEST; version++) {
                assertThat(FormatVersion.newerThan(version, decision).isEmpty())
                    .as("%s in version %d", decision, version)
                    .isEqualTo(version >= needed);
              }
            });
  }

  @Test
  void version_2_holds_the_carve_outs_that_version_1_did_not() {
    var withCarveOut =
        dev.guidepost.policy.standard.Confidentiality.listedTopics(
            java.util.List.of(dev.guidepost.policy.standard.Topic.TRADE_SECRETS),
            java.util.List.of(dev.guidepost.policy.standard.CarveOut.OWN_PAY_AND_CONDITIONS));
    assertThat(FormatVersion.newerThan(1, withCarveOut)).isPresent();
    assertThat(FormatVersion.newerThan(2, withCarveOut)).isEmpty();
    assertThat(FormatVersion.needed(withCarveOut)).isEqualTo(2);
  }

  @Test
  void a_decision_that_binds_an_audience_is_written_as_version_4_and_read_back() {
    Policy policy =
        Policy.builder()
            .organisation(DK)
            .decide(
                dev.guidepost.policy.standard.Accuracy.trueAndNotMisleading()
                    .boundTo(dev.guidepost.policy.model.Audience.SPOKESPERSONS))
            .build();
    assertThat(FormatVersion.needed(policy)).isEqualTo(4);
    String json = PolicyJson.standard().write(policy);
    assertThat(json).startsWith("{\n  \"guidepost\": 4,").contains("\"binds\": \"spokespersons\"");
    Policy read = PolicyJson.standard().read(json);
    assertThat(read).isEqualTo(policy);
    assertThat(read.decision("accuracy").orElseThrow().bindsEveryone()).isFalse();

    var e =
        JsonInputs.rejected(
            json.replace("\"guidepost\": 4", "\"guidepost\": 3"), "$.decisions.accuracy");
    assertThat(e.found()).isEqualTo("the field 'binds', added in version 4");
    assertThat(e.expected()).isEqualTo("only what format version 3 holds, or \"guidepost\": 4");
  }

  @Test
  void consultation_before_adoption_is_new_in_version_4_and_reads_back() {
    Policy policy =
        Policy.builder()
            .organisation(DK)
            .decide(dev.guidepost.policy.standard.Consultation.beforeAdoption())
            .build();
    assertThat(FormatVersion.needed(policy)).isEqualTo(4);
    assertThat(
            FormatVersion.needed(
                dev.guidepost.policy.standard.Consultation.representativesConsulted()))
        .isLessThan(4);
    String json = PolicyJson.standard().write(policy);
    assertThat(json).startsWith("{\n  \"guidepost\": 4,").contains("\"before-adoption\"");
    assertThat(PolicyJson.standard().read(json)).isEqualTo(policy);

    var e =
        JsonInputs.rejected(
            json.replace("\"guidepost\": 4", "\"guidepost\": 3"), "$.decisions.consultation");
    assertThat(e.found()).contains("before-adoption");
  }

  @Test
  void an_unknown_audience_is_a_format_error_naming_the_audiences() {
    String json =
        PolicyJson.standard()
            .write(
                Policy.builder()
                    .organisation(DK)
                    .decide(
                        dev.guidepost.policy.standard.Accuracy.trueAndNotMisleading()
                            .boundTo(dev.guidepost.policy.model.Audience.EDITORIAL_STAFF))
                    .build());
    var e =
        JsonInputs.rejected(
            json.replace("\"editorial-staff\"", "\"interns\""), "$.decisions.accuracy.binds");
    assertThat(e.expected())
        .isEqualTo("one of spokespersons, editorial-staff, senior-leaders, all-but-spokespersons");
    assertThat(e.found()).isEqualTo("\"interns\"");
  }

  @Test
  void a_decision_for_everyone_needs_no_newer_version_than_its_option() {
    var everyone = dev.guidepost.policy.standard.Accuracy.trueAndNotMisleading();
    assertThat(FormatVersion.newerThan(3, everyone)).isEmpty();
    assertThat(
            FormatVersion.newerThan(
                3, everyone.boundTo(dev.guidepost.policy.model.Audience.SENIOR_LEADERS)))
        .isPresent();
    assertThat(
            FormatVersion.newerThan(
                4, everyone.boundTo(dev.guidepost.policy.model.Audience.SENIOR_LEADERS)))
        .isEmpty();
  }

  @Test
  void version_3_files_still_read() {
    String v3 =
        "{\"guidepost\": 3, \"organisation\": {\"name\": \"A\", \"country\": \"DK\"},"
            + " \"decisions\": {\"accuracy\": {\"option\": \"true-and-not-misleading\"}}}";
    assertThat(PolicyJson.standard().read(v3).decision("accuracy").orElseThrow().bindsEveryone())
        .isTrue();
  }
}
