package dev.guidepost.render.compose;

import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.render.document.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the title and the metadata block from the policy's own details; the preamble and the
 * closing are {@link Part}s of the composer. The language-versions field names the policy's
 * languages in the document's language, then which version prevails; it appears only for a policy
 * published in more than one language (a policy that names no languages is published in the five
 * standard ones), since a policy of one language has no other version to prevail over.
 */
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
    if (policy.languages().size() > 1) {
      String name = book.languageName(prevailing);
      String prevails = book.fill("field.languages.prevails", Map.of("language", name));
      fields.add(field("field.languages", versions() + ". " + prevails));
    }
    return fields;
  }

  /**
   * Names the policy's languages in its order, as a list that begins the field ("Dansk og
   * engelsk").
   */
  private String versions() {
    String names = book.list(policy.languages().stream().map(book::languageName).toList());
    return names.substring(0, 1).toUpperCase(book.language().locale()) + names.substring(1);
  }

  private Field field(String key, String value) {
    return new Field(book.pattern(key), value);
  }
}
