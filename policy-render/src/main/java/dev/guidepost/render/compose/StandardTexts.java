package dev.guidepost.render.compose;

import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Language;

/**
 * The clause texts Guidepost ships, one UTF-8 {@code clauses_<code>.properties} file per standard
 * language, laid over the core's standard texts, which name the areas and values.
 */
final class StandardTexts {
  /** The clause texts alone: every composer language must have each of their English keys. */
  static final MessageBundle CLAUSES =
      MessageBundle.read(StandardTexts.class::getResourceAsStream, "clauses", Language.standard());

  /** The core's texts with the clause texts over them: what the standard composer writes with. */
  static final MessageBundle ALL = MessageBundle.standard().overlay(CLAUSES);

  private StandardTexts() {}
}
