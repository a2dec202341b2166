package dev.guidepost.render.compose;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Governance;
import dev.guidepost.policy.standard.PeopleInScope;
import dev.guidepost.policy.standard.Review;
import dev.guidepost.policy.standard.Scope;
import dev.guidepost.render.document.Block;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard composer's preamble and closing, the defaults of {@link Composer.Builder}: the only
 * place where the composer reads decisions of the standard catalogue's areas ({@code scope}, {@code
 * people-in-scope}, {@code governance} and {@code review}) by name.
 */
final class StandardParts {
  /**
   * Purpose, then whom the guidelines apply to and the networks they cover, unless the scope and
   * people-in-scope areas say both in the body.
   */
  static final Part PREAMBLE = StandardParts::preamble;

  /** Whom to ask, then when the guidelines are next reviewed. */
  static final Part CLOSING = StandardParts::closing;

  private static final Parameter NETWORKS =
      Scope.LISTED_NETWORKS.parameter(Scope.NETWORKS).orElseThrow();

  private static final Parameter OTHER_WORKERS =
      PeopleInScope.EMPLOYEES_AND_OTHERS.parameter(PeopleInScope.OTHER_WORKERS).orElseThrow();

  private StandardParts() {}

  private static List<Block> preamble(Policy policy, Wording wording) {
    String organisation = policy.organisation().name();
    Block purpose =
        new Block.Paragraph(wording.text("preamble.purpose", Map.of("organisation", organisation)));
    if (policy.decision(Scope.ID).isPresent() && policy.decision(PeopleInScope.ID).isPresent()) {
      return List.of(purpose);
    }
    // At most one of the two areas is decided here: listed networks, or others in scope.
    Map<String, String> arguments = new HashMap<>();
    arguments.put("organisation", organisation);
    String key = "preamble.scope.all";
    Optional<ParameterValue> networks =
        policy
            .decision(Scope.ID)
            .filter(d -> d.is(Scope.LISTED_NETWORKS))
            .flatMap(d -> d.value(Scope.NETWORKS))
            .filter(v -> !v.asList().isEmpty());
    if (networks.isPresent()) {
      key = "preamble.scope.listed";
      arguments.put("networks", wording.value(NETWORKS, networks.get()));
    }
    Optional<ParameterValue> others =
        policy
            .decision(PeopleInScope.ID)
            .filter(d -> d.is(PeopleInScope.EMPLOYEES_AND_OTHERS))
            .flatMap(d -> d.value(PeopleInScope.OTHER_WORKERS))
            .filter(v -> !v.asList().isEmpty());
    if (others.isPresent()) {
      key += ".others";
      arguments.put("others", wording.value(OTHER_WORKERS, others.get()));
    }
    return List.of(purpose, new Block.Paragraph(wording.text(key, arguments)));
  }

  private static List<Block> closing(Policy policy, Wording wording) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(contact(policy, wording)));
    policy
        .decision(Review.ID)
        .flatMap(review -> review(policy, review, wording))
        .map(Block.Paragraph::new)
        .ifPresent(blocks::add);
    return blocks;
  }

  private static String contact(Policy policy, Wording wording) {
    Map<String, String> organisation = Map.of("organisation", policy.organisation().name());
    Optional<Decision> governance = policy.decision(Governance.ID);
    if (governance.filter(d -> d.is(Governance.SOCIAL_MEDIA_MANAGER)).isPresent()) {
      Optional<ParameterValue> contact = governance.get().value(Governance.CONTACT);
      return contact.isPresent()
          ? wording.text(
              "closing.contact.manager.contact", Map.of("contact", contact.get().asText()))
          : wording.text("closing.contact.manager", organisation);
    }
    if (governance.filter(d -> d.is(Governance.COMMUNICATIONS_TEAM)).isPresent()) {
      return wording.text("closing.contact.team", organisation);
    }
    if (policy.owner().isPresent()) {
      return wording.text("closing.contact.owner", Map.of("contact", policy.owner().get()));
    }
    return wording.text("closing.contact.line-manager", organisation);
  }

  /**
   * The date of the next review, where the policy is reviewed every so many months from a known
   * date. How often it is reviewed is said once, by the review area's own clause.
   */
  private static Optional<String> review(Policy policy, Decision review, Wording wording) {
    Optional<ParameterValue> months = review.value(Review.MONTHS);
    Optional<LocalDate> from = policy.effectiveFrom();
    if (!review.is(Review.EVERY) || months.isEmpty() || from.isEmpty()) {
      return Optional.empty();
    }
    LocalDate next = from.get().plusMonths(months.get().asInteger());
    return Optional.of(wording.text("closing.review.next", Map.of("date", wording.date(next))));
  }
}
