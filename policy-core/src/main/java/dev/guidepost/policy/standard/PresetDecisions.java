package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Decision;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decisions of the three presets, one per area of the standard catalogue: {@code balanced} in
 * full, the other two as their differences from it.
 */
final class PresetDecisions {
  private PresetDecisions() {}

  static List<Decision> restrictive() {
    return changed(
        balanced(),
        CompanyPresence.officialAccounts(Network.LINKEDIN),
        Purpose.defined(true, Goal.BRAND_AWARENESS, Goal.RECRUITMENT),
        Governance.communicationsTeam(),
        WorkingHours.prohibited(),
        PrivateUse.guidelinesApplyWhenIdentifiable(),
        Spokespersons.communicationsOnly(),
        PrivacySettings.assumePublic(),
        AccountIdentity.personalAndWorkSeparate(),
        Competitors.noEngagement(),
        Advocacy.notAllowed(),
        Confidentiality.allInternalInformation(CarveOut.OWN_PAY_AND_CONDITIONS),
        CustomerReferences.publishedReferencesOnly(),
        AskFirst.approvalRequired(
            List.of(Contact.COMMUNICATIONS, Contact.LEGAL),
            List.of(Subject.FINANCIAL_RESULTS, Subject.LEGAL_MATTERS, Subject.INCIDENTS)),
        FinancialCommentary.noCommentOnResultsOrSharePrice(),
        ProductClaims.publishedClaimsOnly(),
        Promotions.notRun(),
        Accuracy.trueAndNotMisleading(),
        ThreatsAndObscenity.noThreatsOrObscenity(),
        Consequences.dismissalPossible(),
        Training.forOfficialVoices(),
        Acknowledgement.onJoiningAndEachChange(),
        PeopleInScope.employeesAnd(
            OtherWorker.CONTRACTORS, OtherWorker.CONSULTANTS, OtherWorker.TEMPORARY_STAFF),
        OffTheClock.paidTimeOnly());
  }

  static List<Decision> balanced() {
    return List.of(
        Covers.both(),
        Scope.allSocialMedia(),
        PeopleInScope.employees(),
        CompanyPresence.officialAccounts(Network.LINKEDIN, Network.FACEBOOK),
        Purpose.defined(true, Goal.BRAND_AWARENESS, Goal.RECRUITMENT, Goal.CUSTOMER_SERVICE),
        GeneralPrinciples.included(),
        RelatedPolicies.none(),
        Governance.socialMediaManager(),
        AccountOwnership.companyOwns(),
        OfficialPage.singleOfficialPage(),
        AccountOpening.purposeAudienceAndResources(),
        AccessManagement.onAndOffboardingProcedure(),
        RecordKeeping.businessPostsArchived(),
        Moderation.houseRules(),
        AccountStandards.listed(
            AccountStandard.RELEVANT_CONTENT,
            AccountStandard.NO_MANIPULATED_CONTENT,
            AccountStandard.ARCHIVE_CLOSED_ACCOUNTS),
        Promotions.approvalRequired(),
        WorkingHours.breaksOnly(),
        PrivateUse.privateMatter(),
        Transparency.discloseAndDisclaim(DisclosureMethod.IN_POST),
        VestedInterests.disclose(),
        Spokespersons.authorizedEmployees(),
        Connections.freeToDecline(),
        PrivacySettings.recommended(),
        PersonalSafety.protectYourself(),
        PlatformTerms.followTerms(),
        AccountIdentity.employerInProfileNeedsDisclaimer(),
        GoodPractice.listed(
            PostingPractice.PERSONAL_RESPONSIBILITY,
            PostingPractice.FIRST_PERSON,
            PostingPractice.ADD_VALUE),
        Tone.respectful(),
        Corrections.correctOpenly(),
        Competitors.factualAndCourteous(),
        Advocacy.voluntary(),
        Interactions.countAsStatements(),
        Anonymity.notAddressed(),
        PoliticalActivity.privateCapacityOnly(),
        Confidentiality.listedTopics(
            List.of(
                Topic.PRODUCTS,
                Topic.CUSTOMERS,
                Topic.COMPANY_INFORMATION,
                Topic.FINANCIALS,
                Topic.COLLEAGUES,
                Topic.PERSONAL_DATA),
            List.of(CarveOut.OWN_PAY_AND_CONDITIONS)),
        CustomerReferences.withTheirApproval(),
        AskFirst.advice(
            List.of(Contact.LINE_MANAGER, Contact.COMMUNICATIONS),
            List.of(Subject.FINANCIAL_RESULTS, Subject.LEGAL_MATTERS, Subject.INCIDENTS)),
        Criticism.raiseInternallyFirst(),
        PhotosAndContent.consentRequired(),
        IntellectualProperty.permissionAndCredit(),
        LegalCompliance.generalLawOnly(),
        FinancialCommentary.publishedNewsWithoutComment(),
        ProductClaims.substantiatedOnly(),
        Accuracy.noFalseStatements(),
        HarassmentAndDiscrimination.prohibited(),
        ThreatsAndObscenity.noThreats(),
        Defamation.falseAndDamaging(),
        RoleRepresentation.noMisrepresentation(),
        Disparagement.productsAndServices(),
        SpokespersonDuties.representTheOrganisation(),
        EditorialStaff.notAddressed(),
        SeniorLeaders.extraCare(),
        OffTheClock.notAddressed(),
        EmployerAccess.neverRequested(),
        Monitoring.none(),
        Consultation.beforeAdoption(),
        Consequences.graduated(),
        Review.every(12),
        Training.forEveryone(),
        Acknowledgement.onJoining(),
        RightsNotice.included());
  }

  static List<Decision> encouraging() {
    return changed(
        balanced(),
        CompanyPresence.officialAccounts(Network.LINKEDIN, Network.FACEBOOK, Network.INSTAGRAM),
        Purpose.defined(
            true, Goal.BRAND_AWARENESS, Goal.RECRUITMENT, Goal.KNOWLEDGE_SHARING, Goal.COMMUNITY),
        WorkingHours.employeeDiscretion(),
        Transparency.discloseAndDisclaim(DisclosureMethod.HASHTAG),
        Spokespersons.allEmployeesWithinGuidelines(),
        Advocacy.encouraged(
            Shareable.NEWS, Shareable.JOB_POSTINGS, Shareable.EVENTS, Shareable.EXPERTISE));
  }

  /** Returns the base decisions with some replaced, each in its area's place. */
  private static List<Decision> changed(List<Decision> base, Decision... changes) {
    Map<String, Decision> decisions = new LinkedHashMap<>();
    base.forEach(d -> decisions.put(d.area(), d));
    for (Decision change : changes) {
      if (decisions.put(change.area(), change) == null) {
        throw new IllegalArgumentException("the base has no decision for " + change.area());
      }
    }
    return List.copyOf(decisions.values());
  }
}
