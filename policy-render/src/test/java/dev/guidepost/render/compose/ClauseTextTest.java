package dev.guidepost.render.compose;

import static dev.guidepost.render.compose.ComposerTest.ACME;
import static dev.guidepost.render.compose.ComposerTest.compose;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.AskFirst;
import dev.guidepost.policy.standard.Consultation;
import dev.guidepost.policy.standard.Contact;
import dev.guidepost.policy.standard.Review;
import dev.guidepost.policy.standard.Shareable;
import dev.guidepost.policy.standard.Subject;
import dev.guidepost.policy.standard.WorkingHours;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseTextTest {
  private static final String PLAIN =
      "We encourage you to share our content with your network."
          + " It helps more people get to know us.";

  private static Policy advocacy(Decision decision) {
    return Policy.builder().organisation(ACME).decide(decision).build();
  }

  @Test
  void an_optional_parameter_left_out_or_empty_selects_the_plain_clause() {
    assertThat(
            DocumentText.lines(
                compose(advocacy(Decision.of(Advocacy.ENCOURAGED)), Language.ENGLISH)))
        .contains(PLAIN);
    assertThat(DocumentText.lines(compose(advocacy(Advocacy.encouraged()), Language.ENGLISH)))
        .contains(PLAIN);
  }

  @Test
  void an_optional_parameter_given_selects_the_clause_that_names_it() {
    assertThat(
            DocumentText.lines(
                compose(advocacy(Advocacy.encouraged(Shareable.NEWS)), Language.ENGLISH)))
        .contains(
            "We encourage you to share our news with your network."
                + " Only share what has already been published.");
  }

  @Test
  void alternatives_are_joined_with_or_and_other_lists_with_and() {
    Policy policy =
        advocacy(
            AskFirst.approvalRequired(
                List.of(Contact.COMMUNICATIONS, Contact.LEGAL),
                List.of(Subject.FINANCIAL_RESULTS, Subject.LEGAL_MATTERS, Subject.INCIDENTS)));

    String english = String.join("\n", DocumentText.lines(compose(policy, Language.ENGLISH)));
    String swedish = String.join("\n", DocumentText.lines(compose(policy, Language.SWEDISH)));

    assertThat(english).containsPattern("Before you post about [^,.]+, [^,.]+ or [^,.]+, get");
    assertThat(english).containsPattern("approval from [^,.]+ and [^,.]+\\.");
    assertThat(swedish).containsPattern("något om [^,.]+, [^,.]+ eller [^,.]+ ska du");
  }

  private static final LocalDate FEBRUARY_3 = LocalDate.of(2027, 2, 3);

  private static String consultation(
      Country country,
      EmployeeRepresentation representation,
      Decision decision,
      Language language) {
    return consultation(country, Sector.GENERAL, representation, decision, language);
  }

  private static String consultation(
      Country country,
      Sector sector,
      EmployeeRepresentation representation,
      Decision decision,
      Language language) {
    Organisation organisation =
        Organisation.builder()
            .name("Acme")
            .country(country)
            .sector(sector)
            .employeeRepresentation(representation)
            .build();
    Policy policy = Policy.builder().organisation(organisation).decide(decision).build();
    return DocumentText.of(compose(policy, language));
  }

  @Test
  void the_approval_names_the_works_council_or_the_unions_the_organisation_has() {
    Decision approved = Consultation.representativesApproved();
    assertThat(
            consultation(
                Country.NL, EmployeeRepresentation.WORKS_COUNCIL, approved, Language.DUTCH))
        .contains("De ondernemingsraad heeft met deze richtlijnen ingestemd.");
    assertThat(consultation(Country.NL, EmployeeRepresentation.BOTH, approved, Language.DUTCH))
        .contains("De ondernemingsraad heeft met deze richtlijnen ingestemd.");
    assertThat(consultation(Country.NL, EmployeeRepresentation.UNION, approved, Language.DUTCH))
        .contains("De vakorganisaties hebben met deze richtlijnen ingestemd.")
        .doesNotContain("ondernemingsraad");
    assertThat(
            consultation(
                Country.DE,
                EmployeeRepresentation.WORKS_COUNCIL,
                Consultation.representativesApproved(FEBRUARY_3),
                Language.ENGLISH))
        .contains("The works council (Betriebsrat) approved these guidelines on 3 February 2027.");
  }

  @Test
  void a_danish_public_employer_names_its_med_committee_and_a_shop_steward_stays_named() {
    Decision consulted = Consultation.representativesConsulted();
    assertThat(
            consultation(
                Country.DK,
                Sector.PUBLIC_SECTOR,
                EmployeeRepresentation.WORKS_COUNCIL,
                consulted,
                Language.DANISH))
        .contains("Politikken er drøftet i MED-udvalget, før den blev vedtaget.")
        .doesNotContain("samarbejdsudvalget");
    assertThat(
            consultation(
                Country.DK,
                Sector.PUBLIC_SECTOR,
                EmployeeRepresentation.UNION,
                consulted,
                Language.DANISH))
        .contains("Politikken er drøftet med tillidsrepræsentanten, før den blev vedtaget.");
    assertThat(
            consultation(
                Country.DK, EmployeeRepresentation.WORKS_COUNCIL, consulted, Language.DANISH))
        .contains("Politikken er drøftet i samarbejdsudvalget (SU), før den blev vedtaget.");
    assertThat(
            consultation(
                Country.NO,
                Sector.PUBLIC_SECTOR,
                EmployeeRepresentation.UNION,
                consulted,
                Language.ENGLISH))
        .doesNotContain("MED");
  }

  @Test
  void a_document_in_another_language_names_the_body_of_the_organisations_country() {
    assertThat(
            consultation(
                Country.NL,
                EmployeeRepresentation.WORKS_COUNCIL,
                Consultation.representativesApproved(),
                Language.DANISH))
        .contains("Samarbejdsudvalget (ondernemingsraad) har godkendt politikken.");
    assertThat(
            consultation(
                Country.SE,
                EmployeeRepresentation.UNION,
                Consultation.representativesConsulted(),
                Language.DUTCH))
        .contains("Zweedse medezeggenschapswet (MBL)");
  }

  @Test
  void the_discussion_names_the_body_the_law_of_the_country_speaks_of() {
    Decision consulted = Consultation.representativesConsulted();
    assertThat(
            consultation(
                Country.DK, EmployeeRepresentation.WORKS_COUNCIL, consulted, Language.DANISH))
        .contains("Politikken er drøftet i samarbejdsudvalget (SU), før den blev vedtaget.");
    assertThat(consultation(Country.DK, EmployeeRepresentation.UNION, consulted, Language.DANISH))
        .contains("Politikken er drøftet med tillidsrepræsentanten, før den blev vedtaget.");
    assertThat(
            consultation(
                Country.SE,
                EmployeeRepresentation.UNION,
                Consultation.representativesConsulted(FEBRUARY_3),
                Language.SWEDISH))
        .contains(
            "Riktlinjerna förhandlades med de fackliga organisationerna enligt"
                + " medbestämmandelagen (MBL) den 3 februari 2027 innan de antogs.");
    assertThat(
            consultation(Country.NO, EmployeeRepresentation.UNION, consulted, Language.NORWEGIAN))
        .contains("Retningslinjene er drøftet med de tillitsvalgte før de ble vedtatt.");
  }

  @Test
  void without_representation_or_a_country_text_the_clause_names_no_body() {
    assertThat(
            consultation(
                Country.NL,
                EmployeeRepresentation.NONE,
                Consultation.representativesApproved(),
                Language.DUTCH))
        .contains("De werknemersvertegenwoordiging heeft met deze richtlijnen ingestemd.");
    assertThat(
            consultation(
                Country.GB,
                EmployeeRepresentation.UNION,
                Consultation.representativesConsulted(),
                Language.ENGLISH))
        .contains(
            "These guidelines were discussed with the employee representatives before they were"
                + " adopted.");
  }

  private static String text(Language language, Decision... decisions) {
    Policy.Builder builder = Policy.builder().organisation(ACME);
    for (Decision decision : decisions) {
      builder.decide(decision);
    }
    return DocumentText.of(compose(builder.build(), language));
  }

  @Test
  void numbers_up_to_twelve_are_words_in_the_clause_and_larger_ones_digits() {
    assertThat(text(Language.DUTCH, Review.every(12), WorkingHours.timeLimited(30)))
        .contains("elke twaalf maanden")
        .contains("maximaal 30 minuten");
    assertThat(text(Language.SWEDISH, Review.every(6), WorkingHours.timeLimited(10)))
        .contains("högst sex månaders mellanrum")
        .contains("högst tio minuter");
    for (Language language : List.of(Language.DANISH, Language.NORWEGIAN)) {
      assertThat(text(language, Review.every(3)))
          .as("%s writes the interval as a cardinal, not an ordinal", language)
          .contains("med tre måneders mell")
          .doesNotContain("tre. måned");
    }
  }
}
