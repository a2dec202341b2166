package dev.guidepost.render.document;

import java.util.Objects;

/** Checks the plain texts of a document. */
final class Texts {
  private Texts() {}

  static String require(String what, String text) {
    if (Objects.requireNonNull(text, what).isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return text;
  }
}
