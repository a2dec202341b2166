package dev.guidepost.render.compose;

import dev.guidepost.policy.catalogue.Catalogue;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Clause;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the chapters: one section per addressed area, in the catalogue's order, with the clause of
 * its decision followed by the organisation's own clauses for that area and, for an organisation
 * that works in several countries, the {@linkplain CountryNotes country notes} on the decision.
 */
final class Body {
  private final Policy policy;
  private final Phrasebook book;

  Body(Policy policy, Phrasebook book) {
    this.policy = policy;
    this.book = book;
  }

  List<Chapter> chapters(Catalogue catalogue) {
    requireKnownAreas(catalogue);
    List<Chapter> chapters = new ArrayList<>();
    for (dev.guidepost.policy.catalogue.Chapter chapter : catalogue.chapters()) {
      List<Section> sections = new ArrayList<>();
      for (Area area : chapter.areas()) {
        List<Block> blocks = blocks(area.id());
        if (!blocks.isEmpty()) {
          sections.add(new Section(heading(area.id()), blocks));
        }
      }
      if (!sections.isEmpty()) {
        chapters.add(new Chapter(book.pattern("chapter." + chapter.id()), sections));
      }
    }
    return chapters;
  }

  /**
   * The heading of an area's section: {@code heading.<area>.<option>} where the chosen option needs
   * a heading of its own (a heading that says what its text says), else the area's name.
   */
  private String heading(String area) {
    Optional<String> own =
        policy.decision(area).map(d -> "heading." + area + "." + d.option().id()).filter(book::has);
    return book.pattern(own.orElse("area." + area));
  }

  private List<Block> blocks(String area) {
    List<Block> blocks = new ArrayList<>();
    Optional<Decision> decision = policy.decision(area);
    decision.ifPresent(
        d -> blocks.add(new Block.Paragraph(ClauseText.of(d, book, policy.organisation()))));
    for (Clause clause : policy.customClauses()) {
      if (clause.area().equals(area)) {
        blocks.add(custom(clause));
      }
    }
    decision.ifPresent(d -> blocks.addAll(CountryNotes.of(d, policy.organisation(), book)));
    return blocks;
  }

  /**
   * Returns a custom clause in the document's language or, failing that, in the authoritative
   * language or else its first language, as a note that says which language it is in.
   */
  private Block custom(Clause clause) {
    String text = clause.text().get(book.language());
    if (text != null) {
      return new Block.Paragraph(text);
    }
    return new Block.Note(
        OwnText.untranslated(clause.text(), policy.authoritativeLanguage(), book));
  }

  private void requireKnownAreas(Catalogue catalogue) {
    List<String> areas = new ArrayList<>(policy.decisions().keySet());
    policy.customClauses().forEach(clause -> areas.add(clause.area()));
    for (String area : areas) {
      if (catalogue.area(area).isEmpty()) {
        throw new IllegalArgumentException(
            "the policy addresses area '" + area + "', which the composer's catalogue lacks");
      }
    }
  }
}
