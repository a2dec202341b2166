package dev.guidepost.render.compose;

import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.diff.Bump;
import dev.guidepost.policy.diff.ChangeKind;
import dev.guidepost.policy.diff.ClauseChange;
import dev.guidepost.policy.diff.DecisionChange;
import dev.guidepost.policy.diff.PolicyDiff;
import dev.guidepost.policy.diff.VersionCheck;
import dev.guidepost.policy.model.Clause;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Revision;
import dev.guidepost.policy.standard.StandardCatalogue;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Chapter;
import dev.guidepost.render.document.Document;
import dev.guidepost.render.document.Field;
import dev.guidepost.render.document.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes what changed between two versions of a policy as a document for employees: the version
 * line, one section per area whose rule changed (the new clause, and the old one it replaces), the
 * countries and owner, and the findings on the change's timing.
 */
final class Changes {
  private final Policy older;
  private final Policy newer;
  private final Phrasebook book;

  Changes(Policy older, Policy newer, Phrasebook book) {
    this.older = older;
    this.newer = newer;
    this.book = book;
  }

  Document document(List<Finding> findings) {
    PolicyDiff diff = PolicyDiff.between(older, newer);
    VersionCheck check = VersionCheck.between(older, newer, StandardCatalogue.strictness());
    List<Chapter> chapters = new ArrayList<>();
    List<Section> sections = areas(diff);
    List<Block> other = other();
    if (!other.isEmpty()) {
      sections.add(new Section(book.pattern("changes.other"), other));
    }
    if (!sections.isEmpty()) {
      chapters.add(new Chapter(book.pattern("changes.heading"), sections));
    }
    List<Block> closing = new ArrayList<>();
    if (findings.isEmpty()) {
      closing.add(new Block.Paragraph(book.pattern("changes.findings.none")));
    } else {
      chapters.add(new Chapter(book.pattern("changes.findings"), findings(findings)));
    }
    return new Document(
        book.language(),
        book.fill("changes.title", Map.of("organisation", newer.organisation().name())),
        metadata(),
        version(diff, check),
        chapters,
        closing);
  }

  private List<Field> metadata() {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field(book.pattern("field.organisation"), newer.organisation().name()));
    VersionCheck.declared(older)
        .ifPresent(v -> fields.add(new Field(book.pattern("changes.field.previous"), v)));
    VersionCheck.declared(newer)
        .ifPresent(v -> fields.add(new Field(book.pattern("field.version"), v)));
    effective()
        .ifPresent(date -> fields.add(new Field(book.pattern("field.effective"), book.date(date))));
    return fields;
  }

  private List<Block> version(PolicyDiff diff, VersionCheck check) {
    List<Block> blocks = new ArrayList<>();
    if (diff.isEmpty()) {
      blocks.add(new Block.Paragraph(book.pattern("changes.none")));
    }
    if (check.calledFor().isEmpty()) {
      if (check.bump() != Bump.NONE) {
        String bump = check.bump().name().toLowerCase(Locale.ROOT);
        blocks.add(new Block.Paragraph(book.pattern("changes.version.unknown." + bump)));
      }
      return blocks;
    }
    String called = check.calledFor().orElseThrow();
    if (check.newer().isEmpty()) {
      blocks.add(
          new Block.Paragraph(book.fill("changes.version.undeclared", Map.of("called", called))));
      return blocks;
    }
    if (!diff.isEmpty() || !check.fits()) {
      String key = check.fits() ? "changes.version.fits" : "changes.version.mismatch";
      blocks.add(
          new Block.Paragraph(
              book.fill(key, Map.of("called", called, "declared", check.newer().orElseThrow()))));
    }
    return blocks;
  }

  /** One section per area, decisions first, then the organisation's own clauses of that area. */
  private List<Section> areas(PolicyDiff diff) {
    Map<String, List<Block>> byArea = new LinkedHashMap<>();
    for (DecisionChange change : diff.decisions()) {
      byArea.computeIfAbsent(change.area(), area -> new ArrayList<>()).addAll(decision(change));
    }
    for (ClauseChange change : diff.clauses()) {
      byArea.computeIfAbsent(change.area(), area -> new ArrayList<>()).add(clause(change));
    }
    List<Section> sections = new ArrayList<>();
    byArea.forEach((area, blocks) -> sections.add(new Section(areaName(area), blocks)));
    return sections;
  }

  private String areaName(String area) {
    String key = "area." + area;
    return book.has(key) ? book.pattern(key) : area;
  }

  private List<Block> decision(DecisionChange change) {
    List<Block> blocks = new ArrayList<>();
    if (change.kind() == ChangeKind.REMOVED) {
      blocks.add(paragraph("changes.removed", clause(change.before().orElseThrow())));
      return blocks;
    }
    String text = clause(change.after().orElseThrow());
    if (change.kind() == ChangeKind.ADDED) {
      blocks.add(paragraph("changes.added", text));
      return blocks;
    }
    blocks.add(paragraph("changes.changed", text));
    if (change.audienceChanged()) {
      blocks.add(new Block.Paragraph(book.pattern(audience(change))));
    }
    blocks.add(
        new Block.Note(
            book.fill("changes.before", Map.of("text", clause(change.before().orElseThrow())))));
    return blocks;
  }

  private static String audience(DecisionChange change) {
    boolean before = change.before().orElseThrow().bindsEveryone();
    boolean after = change.after().orElseThrow().bindsEveryone();
    if (after) {
      return "changes.audience.wider";
    }
    return before ? "changes.audience.narrower" : "changes.audience.other";
  }

  private Block clause(ClauseChange change) {
    return switch (change.kind()) {
      case ADDED -> paragraph("changes.added", own(change.after().orElseThrow()));
      case REMOVED -> paragraph("changes.removed", own(change.before().orElseThrow()));
      case CHANGED -> paragraph("changes.reworded", own(change.after().orElseThrow()));
    };
  }

  private String own(Clause clause) {
    String text = clause.text().get(book.language());
    return text != null
        ? text
        : OwnText.untranslated(clause.text(), newer.authoritativeLanguage(), book);
  }

  private String clause(Decision decision) {
    return ClauseText.of(decision, book, newer.organisation());
  }

  /** A sentence, with the newer version's effective date when it has one ("New from ..."). */
  private Block paragraph(String key, String text) {
    return new Block.Paragraph(
        effective()
            .map(date -> book.fill(key + ".from", Map.of("date", book.date(date), "text", text)))
            .orElseGet(() -> book.fill(key, Map.of("text", text))));
  }

  /** The newer version's effective date: its own, or else that of its last revision. */
  private Optional<LocalDate> effective() {
    List<Revision> history = newer.history();
    return newer
        .effectiveFrom()
        .or(
            () ->
                history.isEmpty()
                    ? Optional.empty()
                    : Optional.of(history.get(history.size() - 1).effectiveFrom()));
  }

  private List<Block> other() {
    List<Block> blocks = new ArrayList<>();
    Set<Country> before = new LinkedHashSet<>(older.organisation().countries());
    Set<Country> after = new LinkedHashSet<>(newer.organisation().countries());
    countries("changes.countries.added", after, before).ifPresent(blocks::add);
    countries("changes.countries.removed", before, after).ifPresent(blocks::add);
    if (newer.owner().isPresent() && !newer.owner().equals(older.owner())) {
      blocks.add(
          new Block.Paragraph(
              book.fill("changes.owner", Map.of("owner", newer.owner().orElseThrow()))));
    }
    return blocks;
  }

  private Optional<Block> countries(String key, Set<Country> these, Set<Country> not) {
    List<String> names =
        these.stream()
            .filter(country -> !not.contains(country))
            .map(country -> book.pattern("country." + country.code()))
            .toList();
    return names.isEmpty()
        ? Optional.empty()
        : Optional.of(new Block.Paragraph(book.fill(key, Map.of("countries", book.list(names)))));
  }

  /** One section per finding, headed by its severity and rule, with its message and advice. */
  private List<Section> findings(List<Finding> findings) {
    List<Section> sections = new ArrayList<>();
    for (Finding finding : findings) {
      List<Block> blocks = new ArrayList<>();
      blocks.add(new Block.Paragraph(finding.message().format(book.language())));
      finding
          .advice()
          .ifPresent(advice -> blocks.add(new Block.Note(advice.format(book.language()))));
      sections.add(
          new Section(
              finding.severity().label().format(book.language()) + ": " + finding.rule(), blocks));
    }
    return sections;
  }
}
