package dev.guidepost.render.document;

import java.util.List;

/**
 * A section of a chapter, one per area the policy addresses: a heading and its blocks.
 *
 * @param heading the heading, not blank
 * @param blocks the body, at least one block
 */
public record Section(String heading, List<Block> blocks) {
  /**
   * Checks and copies the parts.
   *
   * @param heading the heading
   * @param blocks the blocks
   */
  public Section {
    Texts.require("a section heading", heading);
    blocks = List.copyOf(blocks);
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException("section '" + heading + "' has no body");
    }
  }
}
