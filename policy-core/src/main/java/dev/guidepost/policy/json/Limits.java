package dev.guidepost.policy.json;

/** The documented limits of the JSON form, and the wording of common expectations. */
final class Limits {
  /** The largest input read, in bytes or characters: 1 MiB. */
  static final int MAX_DOCUMENT_LENGTH = 1 << 20;

  /** The deepest nesting of objects and arrays; a policy needs four. */
  static final int MAX_DEPTH = 16;

  /** The longest text, in characters: a clause is a paragraph, not a book. */
  static final int MAX_TEXT_LENGTH = 10_000;

  /** The longest number, in digits. */
  static final int MAX_NUMBER_LENGTH = 20;

  /** The longest field name, in characters. */
  static final int MAX_NAME_LENGTH = 100;

  /** The most entries of a list: languages, clauses, list parameters. */
  static final int MAX_LIST_SIZE = 1_000;

  static final String COUNTRY = "an ISO 3166-1 alpha-2 country code such as \"DK\"";
  static final String LANGUAGE = "a language code such as \"da\"";

  private Limits() {}
}
