package dev.guidepost.render.compose;

import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.Governance;
import dev.guidepost.policy.standard.Review;
import dev.guidepost.policy.standard.Scope;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes the parts around the chapters: title, metadata, preamble and closing. */
final class Frame {
  private final Policy policy;
  private final Phrasebook book;
  private final String organisation;

  Frame(Policy policy, Phrasebook book) {
    this.policy = policy;
    this.book = book;
    this.organisation = policy.organisation().name();
  }

  String title() {
    return book.fill("title", Map.of("organisation", organisation));
  }

  List<Field> metadata() {
    List<Field> fields = new ArrayList<>();
    fields.add(field("field.organisation", organisation));
    policy.version().ifPresent(version -> fields.add(field("field.version", version)));
    policy.effectiveFrom().ifPresent(date -> fields.add(field("field.effective", book.date(date))));
    policy.owner().ifPresent(owner -> fields.add(field("field.owner", owner)));
    Language prevailing = policy.authoritativeLanguage();
    if (policy.languages().size() > 1 || !prevailing.equals(book.language())) {
      String name = book.languageName(prevailing);
      fields.add(
          field(
              "field.languages", book.fill("field.languages.prevails", Map.of("language", name))));
    }
    return fields;
  }

  List<Block> preamble() {
    Map<String, String> arguments = Map.of("organisation", organisation);
    Optional<ParameterValue> networks =
        policy
            .decision(Scope.ID)
            .filter(d -> d.is(Scope.LISTED_NETWORKS))
            .flatMap(d -> d.value(Scope.NETWORKS))
            .filter(v -> !v.asList().isEmpty());
    String scope =
        networks.isPresent()
            ? book.fill(
                "preamble.scope.listed",
                Map.of(
                    "organisation",
                    organisation,
                    "networks",
                    ClauseText.format(Scope.NETWORKS, networks.get(), book)))
            : book.fill("preamble.scope.all", arguments);
    return List.of(
        new Block.Paragraph(book.fill("preamble.purpose", arguments)), new Block.Paragraph(scope));
  }

  List<Block> closing() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(contact()));
    policy
        .decision(Review.ID)
        .flatMap(this::review)
        .map(Block.Paragraph::new)
        .ifPresent(blocks::add);
    return blocks;
  }

  private String contact() {
    Optional<Decision> governance = policy.decision(Governance.ID);
    if (governance.filter(d -> d.is(Governance.SOCIAL_MEDIA_MANAGER)).isPresent()) {
      Optional<ParameterValue> contact = governance.get().value(Governance.CONTACT);
      return contact.isPresent()
          ? book.fill("closing.contact.manager.contact", Map.of("contact", contact.get().asText()))
          : book.fill("closing.contact.manager", Map.of("organisation", organisation));
    }
    if (governance.filter(d -> d.is(Governance.COMMUNICATIONS_TEAM)).isPresent()) {
      return book.fill("closing.contact.team", Map.of("organisation", organisation));
    }
    if (policy.owner().isPresent()) {
      return book.fill("closing.contact.owner", Map.of("contact", policy.owner().get()));
    }
    return book.fill("closing.contact.line-manager", Map.of("organisation", organisation));
  }

  private Optional<String> review(Decision review) {
    if (review.is(Review.NONE)) {
      return Optional.of(book.fill("closing.review.none", Map.of("organisation", organisation)));
    }
    Optional<ParameterValue> months = review.value(Review.MONTHS);
    if (!review.is(Review.EVERY) || months.isEmpty()) {
      return Optional.empty();
    }
    long count = months.get().asInteger();
    String key = "closing.review.every";
    Map<String, String> arguments = Map.of("months", book.number(count));
    Optional<LocalDate> from = policy.effectiveFrom();
    if (from.isPresent()) {
      key += ".date";
      arguments =
          Map.of("months", book.number(count), "date", book.date(from.get().plusMonths(count)));
    }
    if (count == 1 && book.has(key + ".one")) {
      key += ".one";
    }
    return Optional.of(book.fill(key, arguments));
  }

  private Field field(String key, String value) {
    return new Field(book.pattern(key), value);
  }
}
