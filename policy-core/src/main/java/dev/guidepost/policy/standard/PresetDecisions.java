package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Decision;
import java.util.List;

/** The decisions of the three presets, one per area of the standard catalogue. */
final class PresetDecisions {
  private PresetDecisions() {}

  static List<Decision> restrictive() {
    return List.of(
        Scope.allSocialMedia(),
        CompanyPresence.officialAccounts(Network.LINKEDIN),
        Purpose.defined(true, Goal.BRAND_AWARENESS, Goal.RECRUITMENT),
        GeneralPrinciples.included(),
        Governance.communicationsTeam(),
        AccountOwnership.companyOwns(),
        OfficialPage.singleOfficialPage(),
        AccessManagement.onAndOffboardingProcedure(),
        RecordKeeping.businessPostsArchived(),
        WorkingHours.prohibited(),
        PrivateUse.guidelinesApplyWhenIdentifiable(),
        Transparency.discloseAndDisclaim(DisclosureMethod.IN_POST),
        Spokespersons.communicationsOnly(),
        Connections.freeToDecline(),
        PrivacySettings.recommended(),
        AccountIdentity.personalAndWorkSeparate(),
        Tone.respectful(true),
        Corrections.correctOpenly(),
        Competitors.noEngagement(),
        Advocacy.notAllowed(),
        Interactions.countAsStatements(),
        Anonymity.notAddressed(),
        PoliticalActivity.privateCapacityOnly(),
        Confidentiality.allInternalInformation(),
        Criticism.raiseInternallyFirst(),
        PhotosAndContent.consentRequired(),
        LegalCompliance.generalLawOnly(),
        EmployerAccess.neverRequested(),
        Monitoring.none(),
        Consultation.employeesConsulted(),
        Consequences.dismissalPossible(),
        Review.every(12),
        Training.forOfficialVoices(),
        RightsNotice.included());
  }

  static List<Decision> balanced() {
    return List.of(
        Scope.allSocialMedia(),
        CompanyPresence.officialAccounts(Network.LINKEDIN, Network.FACEBOOK),
        Purpose.defined(true, Goal.BRAND_AWARENESS, Goal.RECRUITMENT, Goal.CUSTOMER_SERVICE),
        GeneralPrinciples.included(),
        Governance.socialMediaManager(),
        AccountOwnership.companyOwns(),
        OfficialPage.singleOfficialPage(),
        AccessManagement.onAndOffboardingProcedure(),
        RecordKeeping.businessPostsArchived(),
        WorkingHours.breaksOnly(),
        PrivateUse.privateMatter(),
        Transparency.discloseAndDisclaim(DisclosureMethod.IN_POST),
        Spokespersons.authorizedEmployees(),
        Connections.freeToDecline(),
        PrivacySettings.recommended(),
        AccountIdentity.employerInProfileNeedsDisclaimer(),
        Tone.respectful(true),
        Corrections.correctOpenly(),
        Competitors.factualAndCourteous(),
        Advocacy.voluntary(),
        Interactions.countAsStatements(),
        Anonymity.notAddressed(),
        PoliticalActivity.privateCapacityOnly(),
        Confidentiality.listedTopics(
            Topic.PRODUCTS,
            Topic.CUSTOMERS,
            Topic.COMPANY_INFORMATION,
            Topic.FINANCIALS,
            Topic.COLLEAGUES,
            Topic.PERSONAL_DATA),
        Criticism.raiseInternallyFirst(),
        PhotosAndContent.consentRequired(),
        LegalCompliance.generalLawOnly(),
        EmployerAccess.neverRequested(),
        Monitoring.none(),
        Consultation.employeesConsulted(),
        Consequences.graduated(),
        Review.every(12),
        Training.forEveryone(),
        RightsNotice.included());
  }

  static List<Decision> encouraging() {
    return List.of(
        Scope.allSocialMedia(),
        CompanyPresence.officialAccounts(Network.LINKEDIN, Network.FACEBOOK, Network.INSTAGRAM),
        Purpose.defined(
            true, Goal.BRAND_AWARENESS, Goal.RECRUITMENT, Goal.KNOWLEDGE_SHARING, Goal.COMMUNITY),
        GeneralPrinciples.included(),
        Governance.socialMediaManager(),
        AccountOwnership.companyOwns(),
        OfficialPage.singleOfficialPage(),
        AccessManagement.onAndOffboardingProcedure(),
        RecordKeeping.businessPostsArchived(),
        WorkingHours.employeeDiscretion(),
        PrivateUse.privateMatter(),
        Transparency.discloseAndDisclaim(DisclosureMethod.HASHTAG),
        Spokespersons.allEmployeesWithinGuidelines(),
        Connections.freeToDecline(),
        PrivacySettings.recommended(),
        AccountIdentity.employerInProfileNeedsDisclaimer(),
        Tone.respectful(true),
        Corrections.correctOpenly(),
        Competitors.factualAndCourteous(),
        Advocacy.encouraged(
            Shareable.NEWS, Shareable.JOB_POSTINGS, Shareable.EVENTS, Shareable.EXPERTISE),
        Interactions.countAsStatements(),
        Anonymity.notAddressed(),
        PoliticalActivity.privateCapacityOnly(),
        Confidentiality.listedTopics(
            Topic.PRODUCTS,
            Topic.CUSTOMERS,
            Topic.COMPANY_INFORMATION,
            Topic.FINANCIALS,
            Topic.COLLEAGUES,
            Topic.PERSONAL_DATA),
        Criticism.raiseInternallyFirst(),
        PhotosAndContent.consentRequired(),
        LegalCompliance.generalLawOnly(),
        EmployerAccess.neverRequested(),
        Monitoring.none(),
        Consultation.employeesConsulted(),
        Consequences.graduated(),
        Review.every(12),
        Training.forEveryone(),
        RightsNotice.included());
  }
}
