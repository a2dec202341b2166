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
  /** Purpose, then whom the guidelines apply to and the networks they cover. */
  static final Part PREAMBLE = StandardParts::preamble;

  /** Whom to ask, then when the guidelines are reviewed. */
  static final Part CLOSING = StandardParts::closing;

  private static final Parameter NETWORKS =
      Scope.LISTED_NETWORKS.parameter(Scope.NETWORKS).orElseThrow();

  private static final Parameter OTHER_WORKERS =
      PeopleInScope.EMPLOYEES_AND_OTHERS.parameter(PeopleInScope.OTHER_WORKERS).orElseThrow();

  private StandardParts() {}

  private static List<Block> preamble(Policy policy, Wording wording) {
    String organisation = policy.organisation().name();
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
    return List.of(
        new Block.Paragraph(wording.text("preamble.purpose", Map.of("organisation", organisation))),
        new Block.Paragraph(wording.text(key, arguments)));
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

  private static Optional<String> review(Policy policy, Decision review, Wording wording) {
    if (review.is(Review.NONE)) {
      return Optional.of(
          wording.text(
              "closing.review.none", Map.of("organisation", policy.organisation().name())));
    }
    Optional<ParameterValue> months = review.value(Review.MONTHS);
    if (!review.is(Review.EVERY) || months.isEmpty()) {
      return Optional.empty();
    }
    long count = months.get().asInteger();
    String key = "closing.review.every";
    Map<String, String> arguments = Map.of("months", wording.number(count));
    Optional<LocalDate> from = policy.effectiveFrom();
    if (from.isPresent()) {
      key += ".date";
      arguments =
          Map.of(
              "months", wording.number(count), "date", wording.date(from.get().plusMonths(count)));
    }
    if (count == 1 && wording.has(key + ".one")) {
      key += ".one";
    }
    return Optional.of(wording.text(key, arguments));
  }
}
