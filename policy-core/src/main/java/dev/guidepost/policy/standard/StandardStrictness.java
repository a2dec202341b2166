package dev.guidepost.policy.standard;

import dev.guidepost.policy.catalogue.Strictness;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The strictness of the standard catalogue's options for employees. Each scale reads from the least
 * to the most restrictive level, levels split by {@code <}, options on one level by {@code |}.
 * Where options are not on one scale (such as the kinds of consequence, or the ways to keep work
 * and private accounts apart) they share a level, so that a move between them counts as stricter,
 * conservatively. "Not addressed" is the least restrictive level: the policy asks nothing.
 */
final class StandardStrictness {
  private static final Map<String, String> SCALES = new TreeMap<>();

  static {
    scale(AccessManagement.ID, "none < on-and-offboarding-procedure");
    scale(
        AccountIdentity.ID,
        "not-addressed < personal-and-work-separate | employer-in-profile-needs-disclaimer"
            + " | profile-consistent-with-role");
    scale(AccountOpening.ID, "not-addressed < purpose-audience-and-resources");
    scale(AccountOwnership.ID, "creator-owns | unspecified < company-owns");
    scale(AccountStandards.ID, "not-addressed < listed");
    scale(Accuracy.ID, "not-addressed < no-false-statements < true-and-not-misleading");
    scale(Acknowledgement.ID, "not-addressed < on-joining < on-joining-and-each-change");
    scale(Advocacy.ID, "voluntary < encouraged-voluntary < encouraged | not-allowed");
    scale(Anonymity.ID, "not-addressed < discouraged < no-anonymous-posts-about-work");
    scale(AskFirst.ID, "not-addressed < advice < approval-required");
    scale(CompanyPresence.ID, "none < official-accounts");
    scale(Competitors.ID, "unrestricted < factual-and-courteous < no-engagement");
    scale(Confidentiality.ID, "care-advised < listed-topics < all-internal-information");
    scale(Connections.ID, "free-to-decline < managers-do-not-initiate | expected-to-connect");
    scale(
        Consequences.ID,
        "unspecified < graduated < contact-first-up-to-dismissal | listed-sanctions"
            + " | dismissal-possible");
    scale(Corrections.ID, "not-addressed < correct-openly");
    scale(Covers.ID, "employees-own-use | official-accounts < both");
    scale(
        Criticism.ID,
        "not-addressed < colleagues-not-in-public < raise-internally-first < prohibited");
    scale(CustomerReferences.ID, "not-addressed < with-their-approval | published-references-only");
    scale(Defamation.ID, "not-addressed < false-and-damaging < damaging-to-reputation");
    scale(Disparagement.ID, "not-addressed < products-and-services < company-or-people");
    scale(EditorialStaff.ID, "not-addressed < impartial");
    scale(EmployerAccess.ID, "never-requested < credentials-requested");
    scale(
        FinancialCommentary.ID,
        "not-addressed < published-news-without-comment | no-comment-on-results-or-share-price");
    scale(GeneralPrinciples.ID, "not-included < included");
    scale(GoodPractice.ID, "not-addressed < listed");
    scale(HarassmentAndDiscrimination.ID, "not-addressed < prohibited");
    scale(
        IntellectualProperty.ID,
        "not-addressed < permission-and-credit < permission-credit-and-publicity");
    scale(Interactions.ID, "not-addressed < count-as-statements");
    scale(
        LegalCompliance.ID,
        "general-law-only < sector-rules-apply | local-law-prevails | traditional-media-rules");
    scale(Monitoring.ID, "none < public-content-only < active-monitoring");
    scale(OffTheClock.ID, "paid-time-only < not-addressed");
    scale(OfficialPage.ID, "multiple-pages-allowed < single-official-page");
    scale(PeopleInScope.ID, "employees < employees-and-others");
    scale(PersonalSafety.ID, "not-addressed < protect-yourself");
    scale(PhotosAndContent.ID, "not-addressed < consent-required");
    scale(PlatformTerms.ID, "not-addressed < follow-terms");
    scale(
        PoliticalActivity.ID,
        "not-addressed < consideration-advised < impartiality-required | private-capacity-only");
    scale(PrivacySettings.ID, "not-addressed < recommended | assume-public");
    scale(
        PrivateUse.ID,
        "private-matter < guidelines-apply-when-identifiable < guidelines-always-apply"
            + " < all-digital-activity");
    scale(
        ProductClaims.ID,
        "not-addressed < substantiated-only < substantiated-and-approved | published-claims-only");
    scale(Promotions.ID, "not-addressed < approval-required < not-run");
    scale(RecordKeeping.ID, "not-addressed < business-posts-archived");
    scale(RelatedPolicies.ID, "none < listed");
    scale(RightsNotice.ID, "included < not-included");
    scale(RoleRepresentation.ID, "not-addressed < no-misrepresentation");
    scale(Scope.ID, "listed-networks < all-social-media");
    scale(SeniorLeaders.ID, "not-addressed < extra-care");
    scale(SpokespersonDuties.ID, "not-addressed < represent-the-organisation");
    scale(
        Spokespersons.ID,
        "all-employees-within-guidelines < authorized-employees < communications-only");
    scale(ThreatsAndObscenity.ID, "not-addressed < no-threats < no-threats-or-obscenity");
    scale(Tone.ID, "not-addressed < respectful");
    scale(
        Training.ID,
        "none < learning-encouraged < for-official-voices < for-everyone < required-for-everyone");
    scale(
        Transparency.ID,
        "not-required < disclose-only | disclaimer-no-protection < disclose-and-disclaim");
    scale(VestedInterests.ID, "not-addressed < disclose");
    scale(
        WorkingHours.ID,
        "employee-discretion < time-limited | breaks-only | work-related-only < prohibited");
  }

  /** Areas about how the organisation works: who runs its accounts, why, and how it reviews. */
  private static final Set<String> BINDING_NO_ONE =
      Set.of(Consultation.ID, Governance.ID, Moderation.ID, Purpose.ID, Review.ID);

  static final Strictness STRICTNESS = Strictness.of(levels(), BINDING_NO_ONE);

  private StandardStrictness() {}

  private static void scale(String area, String levels) {
    SCALES.put(area, levels);
  }

  private static Map<String, List<Set<String>>> levels() {
    Map<String, List<Set<String>>> levels = new TreeMap<>();
    SCALES.forEach(
        (area, text) ->
            levels.put(
                area,
                Arrays.stream(text.split("<", -1))
                    .map(
                        level ->
                            (Set<String>)
                                new LinkedHashSet<>(
                                    Arrays.stream(level.split("\\|", -1))
                                        .map(String::strip)
                                        .toList()))
                    .toList()));
    return levels;
  }
}
