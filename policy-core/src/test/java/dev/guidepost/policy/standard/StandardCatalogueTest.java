package dev.guidepost.policy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.catalogue.Catalogue;
import dev.guidepost.policy.catalogue.Chapter;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins the standard catalogue to the "Areas and options" section of DOMAIN.md. */
class StandardCatalogueTest {
  /** Chapters, then each area with its options in order, exactly as DOMAIN.md lists them. */
  private static final String AREAS_AND_OPTIONS =
      """
      scope-and-purpose
        covers: employees-own-use, official-accounts, both
        scope: all-social-media, listed-networks
        people-in-scope: employees, employees-and-others
        company-presence: none, official-accounts
        purpose: defined, undefined
        general-principles: included, not-included
        related-policies: listed, none
      own-presence
        governance: social-media-manager, communications-team, editorial-oversight, no-owner
        account-ownership: company-owns, creator-owns, unspecified
        official-page: single-official-page, multiple-pages-allowed
        account-opening: purpose-audience-and-resources, not-addressed
        access-management: on-and-offboarding-procedure, none
        record-keeping: business-posts-archived, not-addressed
        moderation: house-rules, not-addressed
        account-standards: listed, not-addressed
        promotions: approval-required, not-run, not-addressed
      employees-own-use
        working-hours: prohibited, time-limited, breaks-only, work-related-only, employee-discretion
        private-use: private-matter, guidelines-apply-when-identifiable, guidelines-always-apply, all-digital-activity
        transparency: disclose-and-disclaim, disclose-only, not-required, disclaimer-no-protection
        vested-interests: disclose, not-addressed
        spokespersons: communications-only, authorized-employees, all-employees-within-guidelines
        connections: free-to-decline, managers-do-not-initiate, expected-to-connect
        privacy-settings: recommended, assume-public, not-addressed
        personal-safety: protect-yourself, not-addressed
        platform-terms: follow-terms, not-addressed
        account-identity: personal-and-work-separate, employer-in-profile-needs-disclaimer, profile-consistent-with-role, not-addressed
        good-practice: listed, not-addressed
        tone: respectful, not-addressed
        corrections: correct-openly, not-addressed
        competitors: no-engagement, factual-and-courteous, unrestricted
        advocacy: encouraged, encouraged-voluntary, voluntary, not-allowed
        interactions: count-as-statements, not-addressed
        anonymity: no-anonymous-posts-about-work, discouraged, not-addressed
        political-activity: private-capacity-only, impartiality-required, consideration-advised, not-addressed
      information-and-respect
        confidentiality: listed-topics, all-internal-information, care-advised
        customer-references: with-their-approval, published-references-only, not-addressed
        ask-first: advice, approval-required, not-addressed
        criticism: raise-internally-first, prohibited, colleagues-not-in-public, not-addressed
        photos-and-content: consent-required, not-addressed
        intellectual-property: permission-and-credit, permission-credit-and-publicity, not-addressed
        legal-compliance: sector-rules-apply, general-law-only, local-law-prevails, traditional-media-rules
        financial-commentary: published-news-without-comment, no-comment-on-results-or-share-price, not-addressed
        product-claims: substantiated-only, substantiated-and-approved, published-claims-only, \
      not-addressed
      conduct
        accuracy: no-false-statements, true-and-not-misleading, not-addressed
        harassment-and-discrimination: prohibited, not-addressed
        threats-and-obscenity: no-threats, no-threats-or-obscenity, not-addressed
        defamation: false-and-damaging, damaging-to-reputation, not-addressed
        role-representation: no-misrepresentation, not-addressed
        disparagement: products-and-services, company-or-people, not-addressed
      audiences
        spokesperson-duties: represent-the-organisation, not-addressed
        editorial-staff: impartial, not-addressed
        senior-leaders: extra-care, not-addressed
        off-the-clock: paid-time-only, not-addressed
      oversight
        employer-access: never-requested, credentials-requested
        monitoring: none, public-content-only, active-monitoring
        consultation: representatives-approved, representatives-consulted, employees-consulted, \
      none, before-adoption
        consequences: graduated, dismissal-possible, unspecified, listed-sanctions, \
      contact-first-up-to-dismissal
        review: every, none, check-back, changed-without-notice
        training: for-everyone, for-official-voices, none, required-for-everyone, \
      learning-encouraged
        acknowledgement: on-joining, on-joining-and-each-change, not-addressed
        rights-notice: included, not-included
      """;

  private static final String NETWORKS =
      "[facebook, linkedin, x, instagram, youtube, tiktok, blogs, forums, internal-network]";

  private static final String CONTACTS =
      "[line-manager, communications, social-media-manager, legal, compliance]";

  private static final String SUBJECTS =
      "[organisation, financial-results, legal-matters, customers, incidents, promotions]";

  /**
   * Every parameter of every option, in catalogue order: name, kind, required, range, values, and
   * what it declares beyond its name: a default value, a clause variant, a vocabulary of labels or
   * a placeholder.
   */
  private static final String PARAMETERS =
      """
      scope = listed-networks: networks CHOICES required %1$s vocabulary network
      people-in-scope = employees-and-others: otherWorkers CHOICES required [contractors, \
      consultants, temporary-staff, trainees] vocabulary other-worker
      company-presence = official-accounts: networks CHOICES required %1$s vocabulary network
      purpose = defined: goals CHOICES required [brand-awareness, customer-service, \
      recruitment, sales, knowledge-sharing, community, internal-collaboration, consultation, transparency, \
      accountability] \
      vocabulary goal
      purpose = defined: measured BOOLEAN optional variant measured
      related-policies = listed: policies CHOICES required [code-of-conduct, it-and-security, \
      anti-harassment, data-protection, editorial-guidelines, email-and-communication, \
      whistleblowing, departmental-policies, account-playbook, policy-manuals, \
      corporate-instructions, values-and-ethics] vocabulary policy-kind
      governance = social-media-manager: contact TEXT optional variant contact
      account-opening = purpose-audience-and-resources: advisers TEXTS optional variant advisers
      account-standards = listed: standards CHOICES required [informal-tone, relevant-content, \
      justifiable-use-of-public-funds, no-manipulated-content, care-for-vulnerable-contributors, \
      archive-closed-accounts, qualify-uncertain-answers, disclaimers-on-offers, check-profiles, \
      link-to-answers] vocabulary account-standard
      promotions = approval-required: contacts CHOICES optional %2$s variant contacts \
      vocabulary contact
      working-hours = time-limited: minutesPerDay INTEGER required 1..480 default 30 \
      placeholder minutes
      transparency = disclose-and-disclaim: method CHOICE required [in-post, hashtag, profile, \
      employees-choice]
      transparency = disclose-only: method CHOICE required [in-post, hashtag, profile, \
      employees-choice]
      spokespersons = authorized-employees: reservedMatters CHOICES optional [negative-posts, \
      press-enquiries, legal-matters, financial-matters] variant reserved vocabulary reserved-matter
      good-practice = listed: practices CHOICES required [first-person, \
      work-email-for-work-only, personal-responsibility, add-value, cite-others, \
      professional-connections, no-logo-or-name-in-account, no-oversharing, \
      internal-networks-too, work-comes-first, update-profile-when-leaving] vocabulary \
      posting-practice
      tone = respectful: alignedWithEmailPolicy BOOLEAN optional variant aligned
      advocacy = encouraged: shareable CHOICES optional [news, job-postings, reports, \
      product-launches, events, expertise] variant shareable
      confidentiality = listed-topics: topics CHOICES required [products, customers, \
      company-information, financials, colleagues, work-tasks, partners, personal-data, \
      trade-secrets, forward-looking-statements, inside-information, legal-matters, \
      pay-and-working-conditions, under-confidentiality-agreement, operational-plans, \
      marked-internal] vocabulary topic
      confidentiality = listed-topics: carveOuts CHOICES optional [own-pay-and-conditions, \
      reviews-on-job-sites, reporting-wrongdoing, discussing-pay-and-conditions] variant \
      carve-outs vocabulary carve-out
      confidentiality = all-internal-information: carveOuts CHOICES optional \
      [own-pay-and-conditions, reviews-on-job-sites, reporting-wrongdoing, \
      discussing-pay-and-conditions] variant carve-outs vocabulary carve-out
      ask-first = advice: contacts CHOICES required %2$s vocabulary contact
      ask-first = advice: subjects CHOICES required %3$s vocabulary subject
      ask-first = approval-required: contacts CHOICES required %2$s vocabulary contact
      ask-first = approval-required: subjects CHOICES required %3$s vocabulary subject
      legal-compliance = sector-rules-apply: regulations TEXTS optional variant regulations
      senior-leaders = extra-care: impartial BOOLEAN optional variant impartial
      consultation = representatives-approved: date DATE optional variant date
      consultation = representatives-consulted: date DATE optional variant date
      consequences = listed-sanctions: sanctions CHOICES required [conversation, \
      written-warning, loss-of-spokesperson-role, ordinary-dismissal, summary-dismissal] \
      vocabulary sanction
      review = every: months INTEGER required 1..60 default 12
      """
          .formatted(NETWORKS, CONTACTS, SUBJECTS);

  private static final Catalogue CATALOGUE = StandardCatalogue.catalogue();

  @Test
  void chapters_areas_and_options_are_those_of_the_domain_in_order() {
    StringBuilder actual = new StringBuilder();
    for (Chapter chapter : CATALOGUE.chapters()) {
      actual.append(chapter.id()).append('\n');
      for (Area area : chapter.areas()) {
        List<String> options = new ArrayList<>();
        area.options().forEach(option -> options.add(option.id()));
        actual.append("  ").append(area.id()).append(": ");
        actual.append(String.join(", ", options)).append('\n');
      }
    }
    assertThat(actual).hasToString(AREAS_AND_OPTIONS);
  }

  @Test
  void parameters_have_the_names_kinds_ranges_and_values_of_the_domain() {
    StringBuilder actual = new StringBuilder();
    for (Area area : CATALOGUE.areas()) {
      for (Option option : area.options()) {
        for (Parameter parameter : option.parameters()) {
          actual.append(option).append(": ").append(parameter.name());
          actual.append(' ').append(parameter.kind());
          actual.append(parameter.required() ? " required" : " optional");
          if (parameter.minimum().isPresent() || parameter.maximum().isPresent()) {
            actual.append(' ').append(parameter.minimum().map(String::valueOf).orElse(""));
            actual.append("..").append(parameter.maximum().map(String::valueOf).orElse(""));
          }
          if (!parameter.allowedValues().isEmpty()) {
            actual.append(' ').append(parameter.allowedValues());
          }
          parameter.defaultValue().ifPresent(value -> actual.append(" default ").append(value));
          parameter.variant().ifPresent(variant -> actual.append(" variant ").append(variant));
          if (!parameter.vocabulary().equals(parameter.name())) {
            actual.append(" vocabulary ").append(parameter.vocabulary());
          }
          if (!parameter.placeholder().equals(parameter.name())) {
            actual.append(" placeholder ").append(parameter.placeholder());
          }
          actual.append('\n');
        }
      }
    }
    assertThat(actual).hasToString(PARAMETERS);
  }

  @Test
  void the_catalogue_has_sixty_areas_in_seven_chapters() {
    assertThat(CATALOGUE.chapters())
        .extracting(Chapter::id)
        .containsExactly(
            "scope-and-purpose",
            "own-presence",
            "employees-own-use",
            "information-and-respect",
            "conduct",
            "audiences",
            "oversight");
    assertThat(CATALOGUE.areas()).hasSize(61);
  }

  @Test
  void the_catalogue_is_the_same_instance_on_every_call() {
    assertThat(StandardCatalogue.catalogue()).isSameAs(CATALOGUE);
  }

  @Test
  void the_catalogue_holds_the_typed_handles_areas() {
    assertThat(CATALOGUE.area(WorkingHours.ID)).containsSame(WorkingHours.AREA);
    assertThat(CATALOGUE.option("advocacy", "encouraged")).contains(Advocacy.ENCOURAGED);
    assertThat(CATALOGUE.chapterOf(Review.ID)).map(Chapter::id).contains("oversight");
    assertThat(CATALOGUE.chapterOf(Tone.ID)).map(Chapter::id).contains("employees-own-use");
  }

  @Test
  void the_catalogue_can_be_extended_without_being_changed() {
    Catalogue ours =
        CATALOGUE
            .withArea("oversight", Area.of("ai-tools", Option.of("ai-tools", "disclose-use")))
            .withOption("competitors", Option.of("competitors", "praise-only"));
    assertThat(ours.chapterOf("ai-tools")).map(Chapter::id).contains("oversight");
    assertThat(ours.areas()).hasSize(62).last().extracting(Area::id).isEqualTo("ai-tools");
    assertThat(ours.option("competitors", "praise-only")).isPresent();
    assertThat(CATALOGUE.area("ai-tools")).isEmpty();
    assertThat(CATALOGUE.option("competitors", "praise-only")).isEmpty();
  }
}
