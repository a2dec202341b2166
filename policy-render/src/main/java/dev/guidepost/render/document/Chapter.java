package dev.guidepost.render.document;

import java.util.List;

/**
 * A chapter of the document, in the catalogue's order, with its sections.
 *
 * @param heading the heading, not blank
 * @param sections the sections, at least one
 */
public record Chapter(String heading, List<Section> sections) {
  /**
   * Checks and copies the parts.
   *
   * @param heading the heading
   * @param sections the sections
   */
  public Chapter {
    Texts.require("a chapter heading", heading);
    sections = List.copyOf(sections);
    if (sections.isEmpty()) {
      throw new IllegalArgumentException("chapter '" + heading + "' has no section");
    }
  }
}
