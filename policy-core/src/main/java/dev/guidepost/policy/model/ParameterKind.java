package dev.guidepost.policy.model;

/** The type of a {@link Parameter}'s value, and so of its JSON form. */
public enum ParameterKind {
  /** A whole number, in JSON a number without a fraction; may declare a range. */
  INTEGER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A free text. */
  TEXT,
  /** An ISO-8601 calendar date such as {@code 2027-01-01}. */
  DATE,
  /** One of the parameter's allowed values. */
  CHOICE,
  /** A list of distinct allowed values, in JSON an array of strings. */
  CHOICES,
  /** A list of free texts, in JSON an array of strings. */
  TEXTS
}
