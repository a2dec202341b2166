package dev.guidepost.cli;

/** The formats {@code guidepost diff} writes the difference between two versions in. */
enum DiffFormat {
  /** Plain text, 80 columns, as {@code render --format txt} writes a document. */
  TXT("txt", DocumentFormat.TXT),
  /** CommonMark. */
  MD("md", DocumentFormat.MD),
  /** A standalone HTML page. */
  HTML("html", DocumentFormat.HTML),
  /** For programs: the difference as data, its text and the findings; see {@link DiffJson}. */
  JSON("json", DocumentFormat.TXT);

  private final String id;
  private final DocumentFormat document;

  DiffFormat(String id, DocumentFormat document) {
    this.id = id;
    this.document = document;
  }

  String id() {
    return id;
  }

  /** The text format the employees' document is written in, inside JSON as plain text. */
  DocumentFormat document() {
    return document;
  }
}
