package dev.guidepost.policy.json;

import dev.guidepost.policy.message.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a {@link PolicyFormatException}: what the reader expected ({@code json.expected.*})
 * and what it found ({@code json.found.*}), as messages, so that a format error reads in the
 * language of whoever sees it. Ids, field names, numbers and quoted input stay as they are.
 */
final class Problem {
  private Problem() {}

  /**
   * An expectation.
   *
   * @param name the key's last part, such as {@code object}
   * @param namesAndValues placeholder names, each followed by its value: a {@link Message}, or
   *     anything else, written as it is
   */
  static Message expected(String name, Object... namesAndValues) {
    return keyed("json.expected." + name, namesAndValues);
  }

  /** What was found instead; arguments as for {@link #expected}. */
  static Message found(String name, Object... namesAndValues) {
    return keyed("json.found." + name, namesAndValues);
  }

  /** The whole problem: where, what was expected, what was found ({@code json.problem}). */
  static Message problem(String path, Message expected, Message found) {
    return keyed("json.problem", "path", path, "expected", expected, "found", found);
  }

  /** A piece of input quoted as JSON writes a string. */
  static Message quoted(String text) {
    return Message.literal("\"" + text + "\"");
  }

  /** Ids or codes written one after another, separated by commas, as they are. */
  static Message ids(List<String> ids) {
    return Message.literal(String.join(", ", ids));
  }

  private static Message keyed(String key, Object... namesAndValues) {
    Map<String, Message> arguments = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      arguments.put(
          (String) namesAndValues[i],
          value instanceof Message message ? message : Message.literal(String.valueOf(value)));
    }
    return Message.of(key, arguments);
  }
}
