package dev.guidepost.policy.json;

import static dev.guidepost.policy.json.Problem.expected;
import static dev.guidepost.policy.json.Problem.found;

import dev.guidepost.policy.message.Message;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  static final Message COUNTRY = Problem.expected("country");
  static final Message LANGUAGE = Problem.expected("language");

  /** What Jackson says when input breaks one of its stream constraints, which are these limits. */
  private static final Pattern EXCEEDED =
      Pattern.compile(
          "(String value length|Document length|Document nesting depth|Number value length"
              + "|Name length) \\((\\d+)\\) exceeds");

  private Limits() {}

  /** Whether Jackson's message is about a field name beyond {@link #MAX_NAME_LENGTH}. */
  static boolean isNameTooLong(String message) {
    return message.startsWith("Name length");
  }

  /**
   * Returns the format error for input beyond a limit, naming the limit as the documentation does.
   *
   * @param path where the parser was
   * @param message what Jackson said, such as {@code String value length (10001) exceeds the
   *     maximum allowed (10000, from ...)}
   */
  static PolicyFormatException exceeded(String path, String message) {
    Matcher m = EXCEEDED.matcher(message);
    if (!m.lookingAt()) {
      return new PolicyFormatException(path, expected("within-limits"), Message.literal(message));
    }
    String size = m.group(2);
    return switch (m.group(1)) {
      case "String value length" ->
          new PolicyFormatException(
              path,
              expected("text-length", "limit", MAX_TEXT_LENGTH),
              found("characters", "size", size));
      case "Document length" ->
          new PolicyFormatException(
              path, expected("document-length", "limit", MAX_DOCUMENT_LENGTH), found("more"));
      case "Document nesting depth" ->
          new PolicyFormatException(
              path, expected("depth", "limit", MAX_DEPTH), found("levels", "size", size));
      case "Number value length" ->
          new PolicyFormatException(
              path,
              expected("number-length", "limit", MAX_NUMBER_LENGTH),
              found("digits", "size", size));
      default ->
          new PolicyFormatException(
              path,
              expected("name-length", "limit", MAX_NAME_LENGTH),
              found("characters", "size", size));
    };
  }
}
