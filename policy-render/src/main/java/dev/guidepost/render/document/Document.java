package dev.guidepost.render.document;

import dev.guidepost.policy.model.Language;
import java.util.List;
import java.util.Objects;

/**
 * A finished policy document in one language, independent of any format: a title, a metadata block
 * (organisation, version, effective date, owner, which language prevails), a preamble (purpose and
 * scope), chapters of sections in the catalogue's order, and a closing part (who to ask, when the
 * policy is reviewed).
 *
 * <p>Immutable and thread-safe; two documents are equal when all their parts are. All text is
 * plain; each renderer escapes it for its format.
 *
 * @param language the language the document is written in
 * @param title the title, not blank
 * @param metadata the metadata block, in order
 * @param preamble the preamble's blocks
 * @param chapters the chapters, in order
 * @param closing the closing blocks
 */
public record Document(
    Language language,
    String title,
    List<Field> metadata,
    List<Block> preamble,
    List<Chapter> chapters,
    List<Block> closing) {
  /**
   * Checks and copies the parts.
   *
   * @param language the language
   * @param title the title
   * @param metadata the metadata
   * @param preamble the preamble
   * @param chapters the chapters
   * @param closing the closing
   */
  public Document {
    Objects.requireNonNull(language, "language");
    Texts.require("a title", title);
    metadata = List.copyOf(metadata);
    preamble = List.copyOf(preamble);
    chapters = List.copyOf(chapters);
    closing = List.copyOf(closing);
  }
}
