package dev.guidepost.policy.standard;

import dev.guidepost.policy.catalogue.Catalogue;
import dev.guidepost.policy.catalogue.Chapter;
import dev.guidepost.policy.catalogue.Strictness;
import java.util.List;

/**
 * The standard catalogue: the seven chapters of a social media policy and their areas, in the order
 * a document renders them.
 *
 * <p>The chapters are {@code scope-and-purpose}, {@code own-presence}, {@code employees-own-use},
 * {@code information-and-respect}, {@code conduct} (the standards of conduct, each its own area so
 * that a rule can read each one), {@code audiences} (the duties that bind only some people, one
 * area per group) and {@code oversight}. The catalogue is immutable and built once; extend a copy
 * with {@link Catalogue#withArea} and {@link Catalogue#withOption}.
 */
public final class StandardCatalogue {
  private static final Catalogue CATALOGUE =
      Catalogue.of(
          List.of(
              Chapter.of(
                  "scope-and-purpose",
                  List.of(
                      Covers.AREA,
                      Scope.AREA,
                      PeopleInScope.AREA,
                      CompanyPresence.AREA,
                      Purpose.AREA,
                      GeneralPrinciples.AREA,
                      RelatedPolicies.AREA)),
              Chapter.of(
                  "own-presence",
                  List.of(
                      Governance.AREA,
                      AccountOwnership.AREA,
                      OfficialPage.AREA,
                      AccountOpening.AREA,
                      AccessManagement.AREA,
                      RecordKeeping.AREA,
                      Moderation.AREA,
                      AccountStandards.AREA,
                      Promotions.AREA)),
              Chapter.of(
                  "employees-own-use",
                  List.of(
                      WorkingHours.AREA,
                      PrivateUse.AREA,
                      Transparency.AREA,
                      VestedInterests.AREA,
                      Spokespersons.AREA,
                      Connections.AREA,
                      PrivacySettings.AREA,
                      PersonalSafety.AREA,
                      PlatformTerms.AREA,
                      AccountIdentity.AREA,
                      GoodPractice.AREA,
                      Tone.AREA,
                      Corrections.AREA,
                      Competitors.AREA,
                      Advocacy.AREA,
                      Interactions.AREA,
                      Anonymity.AREA,
                      PoliticalActivity.AREA)),
              Chapter.of(
                  "information-and-respect",
                  List.of(
                      Confidentiality.AREA,
                      CustomerReferences.AREA,
                      AskFirst.AREA,
                      Criticism.AREA,
                      PhotosAndContent.AREA,
                      IntellectualProperty.AREA,
                      LegalCompliance.AREA,
                      FinancialCommentary.AREA,
                      ProductClaims.AREA)),
              Chapter.of(
                  "conduct",
                  List.of(
                      Accuracy.AREA,
                      HarassmentAndDiscrimination.AREA,
                      ThreatsAndObscenity.AREA,
                      Defamation.AREA,
                      RoleRepresentation.AREA,
                      Disparagement.AREA)),
              Chapter.of(
                  "audiences",
                  List.of(
                      SpokespersonDuties.AREA,
                      EditorialStaff.AREA,
                      SeniorLeaders.AREA,
                      OffTheClock.AREA)),
              Chapter.of(
                  "oversight",
                  List.of(
                      EmployerAccess.AREA,
                      Monitoring.AREA,
                      Consultation.AREA,
                      Consequences.AREA,
                      Review.AREA,
                      Training.AREA,
                      Acknowledgement.AREA,
                      RightsNotice.AREA))));

  private StandardCatalogue() {}

  /**
   * Returns the standard catalogue.
   *
   * @return the catalogue, the same instance on every call
   */
  public static Catalogue catalogue() {
    return CATALOGUE;
  }

  /**
   * Returns how strictly each option of the standard catalogue binds employees: every area of
   * {@link #catalogue()} is placed, on a scale from the least to the most restrictive option or as
   * an area that binds no one. The scales are Guidepost's judgement, not law: see {@link
   * Strictness} for how options that are not on one scale are read.
   *
   * @return the strictness data
   */
  public static Strictness strictness() {
    return StandardStrictness.STRICTNESS;
  }
}
