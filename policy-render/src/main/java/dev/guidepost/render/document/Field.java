package dev.guidepost.render.document;

/**
 * One line of the metadata block, such as "Version: 1.2.0".
 *
 * @param label the label, not blank
 * @param value the value, not blank
 */
public record Field(String label, String value) {
  /**
   * Checks the parts.
   *
   * @param label the label
   * @param value the value
   */
  public Field {
    Texts.require("a field label", label);
    Texts.require("a field value", value);
  }
}
