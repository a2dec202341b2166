package dev.guidepost.policy.rules;

import static dev.guidepost.policy.condition.Conditions.all;
import static dev.guidepost.policy.condition.Conditions.any;
import static dev.guidepost.policy.condition.Conditions.choiceIs;
import static dev.guidepost.policy.condition.Conditions.contains;
import static dev.guidepost.policy.condition.Conditions.country;
import static dev.guidepost.policy.condition.Conditions.emptyList;
import static dev.guidepost.policy.condition.Conditions.is;
import static dev.guidepost.policy.condition.Conditions.missing;
import static dev.guidepost.policy.condition.Conditions.not;
import static dev.guidepost.policy.condition.Conditions.sector;

import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.condition.DeclarativeRule;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import dev.guidepost.policy.standard.Advocacy;
import dev.guidepost.policy.standard.Confidentiality;
import dev.guidepost.policy.standard.DisclosureMethod;
import dev.guidepost.policy.standard.Shareable;
import dev.guidepost.policy.standard.Spokespersons;
import dev.guidepost.policy.standard.Topic;
import dev.guidepost.policy.standard.Transparency;
import dev.guidepost.policy.standard.WorkingHours;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Rules about employees sharing and speaking: advocacy, spokespersons and disclosure. */
final class AdvocacyRules {
  private AdvocacyRules() {}

  static final Rule VS_WORKING_HOURS_BAN =
      DeclarativeRule.builder("advocacy-vs-working-hours-ban")
          .severity(Severity.WARNING)
          .sources(Sources.of(Practice.EIGHT_QUESTIONS.at("8")))
          .when(
              all(
                  is(Advocacy.ENCOURAGED, Advocacy.ENCOURAGED_VOLUNTARY),
                  is(WorkingHours.PROHIBITED),
                  CoversCondition.employeesOwnUse()))
          .suggest(WorkingHours.workRelatedOnly())
          .suggest(WorkingHours.breaksOnly())
          .build();

  static final Rule VS_CENTRAL_COMMUNICATION =
      DeclarativeRule.builder("advocacy-vs-central-communication")
          .severity(Severity.WARNING)
          .sources(Sources.of(Practice.ENCOURAGE))
          .when(
              all(
                  is(Advocacy.ENCOURAGED, Advocacy.ENCOURAGED_VOLUNTARY),
                  is(Spokespersons.COMMUNICATIONS_ONLY),
                  CoversCondition.employeesOwnUse()))
          .suggest(Spokespersons.allEmployeesWithinGuidelines())
          .suggest(Spokespersons.authorizedEmployees())
          .build();

  static final Rule NEEDS_SHAREABLE_CONTENT =
      DeclarativeRule.builder("advocacy-needs-shareable-content")
          .severity(Severity.WARNING)
          .sources(Sources.of(Practice.EIGHT_QUESTIONS.at("7")))
          .when(
              all(
                  is(Advocacy.ENCOURAGED),
                  any(
                      emptyList(Advocacy.ENCOURAGED, Advocacy.SHAREABLE),
                      missing(Confidentiality.ID)),
                  CoversCondition.employeesOwnUse()))
          .suggest(AdvocacyRules::shareableAndConfidential)
          .build();

  /**
   * Employees asked to promote the organisation must make their relationship to it clear. In the US
   * the FTC's Endorsement Guides expect it, and its rule on consumer reviews and testimonials makes
   * it an unfair or deceptive practice for a business to disseminate a testimonial by one of its
   * employees without that disclosure when it knew or should have known of the relationship (16 CFR
   * 465.5(b)(1)); in Denmark hidden advertising is unlawful (markedsføringsloven § 6, stk. 4).
   */
  static final Rule NEEDS_DISCLOSURE =
      DeclarativeRule.builder("advocacy-needs-disclosure")
          .severity(Severity.WARNING)
          .severityWhen(country(Country.US, Country.DK), Severity.ERROR)
          .sources(
              Sources.of(
                      Practice.SEVEN_POINTS.at("5"),
                      Source.law(Laws.US, "16 CFR Part 255", "")
                          .link("https://www.law.cornell.edu/cfr/text/16/part-255"),
                      Source.law(Laws.US, "16 CFR", "§ 465.5(b)(1)")
                          .dated(LocalDate.of(2024, 8, 22))
                          .link(
                              "https://www.govinfo.gov/content/pkg/FR-2024-08-22/html/2024-18519.htm"),
                      Laws.MARKEDSFORINGSLOVEN_6_4,
                      Laws.FORBRUGEROMBUDSMANDEN_18_05035)
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(
              all(
                  is(Advocacy.ENCOURAGED, Advocacy.ENCOURAGED_VOLUNTARY),
                  is(Transparency.NOT_REQUIRED, Transparency.DISCLAIMER_NO_PROTECTION)))
          .suggest(Transparency.discloseAndDisclaim(DisclosureMethod.IN_POST))
          .build();

  static final Rule SPEAKING_NEEDS_DISCLOSURE =
      DeclarativeRule.builder("speaking-for-company-needs-disclosure")
          .severity(Severity.WARNING)
          .sources(Sources.of(Practice.SEVEN_POINTS.at("5"), Practice.EIGHT_QUESTIONS.at("5")))
          .when(
              all(
                  is(Spokespersons.ALL_EMPLOYEES_WITHIN_GUIDELINES),
                  not(is(Transparency.DISCLOSE_AND_DISCLAIM)),
                  CoversCondition.employeesOwnUse()))
          .suggest(Transparency.discloseAndDisclaim(DisclosureMethod.IN_POST))
          .build();

  /**
   * Encouraged sharing with the employment disclosed in the profile: the FTC (and the Danish
   * Consumer Ombudsman) want it in the post. A method left to the employee's choice allows the
   * profile alone, so it is read like the profile.
   */
  static final Rule PROFILE_DISCLOSURE_NOT_ENOUGH =
      DeclarativeRule.builder("profile-disclosure-not-enough")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(
                      Source.law(Laws.US, "16 CFR", "§ 255.5")
                          .link("https://www.law.cornell.edu/cfr/text/16/255.5"),
                      Source.guidance(
                          Laws.US, "FTC, \"FTC's Endorsement Guides: What People Are Asking\""),
                      Source.practice("Intel Social Media Guidelines"),
                      Laws.MARKEDSFORINGSLOVEN_6_4,
                      Laws.FORBRUGEROMBUDSMANDEN_18_05035)
                  .reviewed(Laws.REVIEWED_4_DEC_2026))
          .when(
              all(
                  country(Country.US, Country.DK),
                  is(Advocacy.ENCOURAGED, Advocacy.ENCOURAGED_VOLUNTARY),
                  any(
                      choiceIs(
                          Transparency.DISCLOSE_AND_DISCLAIM,
                          Transparency.METHOD,
                          DisclosureMethod.PROFILE.id()),
                      choiceIs(
                          Transparency.DISCLOSE_ONLY,
                          Transparency.METHOD,
                          DisclosureMethod.PROFILE.id()),
                      choiceIs(
                          Transparency.DISCLOSE_AND_DISCLAIM,
                          Transparency.METHOD,
                          DisclosureMethod.EMPLOYEES_CHOICE.id()),
                      choiceIs(
                          Transparency.DISCLOSE_ONLY,
                          Transparency.METHOD,
                          DisclosureMethod.EMPLOYEES_CHOICE.id()))))
          .suggest(policy -> withMethod(policy, DisclosureMethod.IN_POST))
          .suggest(policy -> withMethod(policy, DisclosureMethod.HASHTAG))
          .build();

  static final Rule PHARMA_PRODUCTS =
      DeclarativeRule.builder("pharma-advocacy-of-products")
          .severity(Severity.WARNING)
          .sources(
              Sources.of(
                      Source.law(Laws.EU, "Directive 2001/83/EC", "art. 88(1)"),
                      Source.law(Laws.GB, "Human Medicines Regulations 2012", "reg. 284(1)"),
                      Laws.PMCPA_SOCIAL_MEDIA)
                  .reviewed(Laws.REVIEWED_3_DEC_2026))
          .when(
              all(
                  sector(Sector.PHARMA),
                  contains(
                      Advocacy.ENCOURAGED, Advocacy.SHAREABLE, Shareable.PRODUCT_LAUNCHES.id())))
          .suggest(AdvocacyRules::withoutProducts)
          .build();

  private static List<Decision> shareableAndConfidential(Policy policy) {
    List<Decision> decisions = new ArrayList<>();
    boolean noShareable =
        policy
            .decision(Advocacy.ID)
            .flatMap(d -> d.value(Advocacy.SHAREABLE))
            .map(v -> v.asList().isEmpty())
            .orElse(true);
    if (noShareable) {
      decisions.add(Advocacy.encouraged(Shareable.NEWS, Shareable.JOB_POSTINGS, Shareable.EVENTS));
    }
    if (policy.decision(Confidentiality.ID).isEmpty()) {
      decisions.add(
          Confidentiality.listedTopics(
              Topic.CUSTOMERS, Topic.FINANCIALS, Topic.COMPANY_INFORMATION, Topic.PERSONAL_DATA));
    }
    return decisions;
  }

  private static List<Decision> withMethod(Policy policy, DisclosureMethod method) {
    return policy
        .decision(Transparency.ID)
        .map(d -> List.of(d.withValue(Transparency.METHOD, ParameterValue.ofChoice(method.id()))))
        .orElse(List.of());
  }

  private static List<Decision> withoutProducts(Policy policy) {
    return policy
        .decision(Advocacy.ID)
        .flatMap(
            d ->
                d.value(Advocacy.SHAREABLE)
                    .map(
                        v -> {
                          List<String> kept = new ArrayList<>(v.asList());
                          kept.remove(Shareable.PRODUCT_LAUNCHES.id());
                          return List.of(
                              d.withValue(Advocacy.SHAREABLE, ParameterValue.ofChoices(kept)));
                        }))
        .orElse(List.of());
  }
}
