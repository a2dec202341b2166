package dev.guidepost.policy.message;

import dev.guidepost.policy.model.Language;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A text to show a person, kept as a message key and named arguments until a language is chosen.
 *
 * <p>Arguments are themselves messages, so that an argument such as an area's name is translated
 * too; {@link #literal(String)} wraps text that is not translated (a number, a name). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Message m = Message.of("fact.decision", "area", Message.of("area.working-hours"));
 * String danish = m.format(Language.DANISH);
 * }</pre>
 */
@Value.Immutable
public abstract class Message {
  Message() {}

  /**
   * Returns the key in the message bundles; empty for a literal.
   *
   * @return the key, such as {@code rule.review-overdue.message}
   */
  public abstract String key();

  /**
   * Returns the text of a literal message.
   *
   * @return the literal text; empty for a keyed message
   */
  @Value.Default
  public String literal() {
    return "";
  }

  /**
   * Returns the named arguments, in the order given.
   *
   * @return the arguments by placeholder name
   */
  public abstract Map<String, Message> arguments();

  /**
   * Resolves this message in a language, falling back to English where the language lacks a key.
   *
   * @param language the language
   * @return the text
   */
  public String format(Language language) {
    return Messages.standard().format(this, language);
  }

  /**
   * Returns a message with no arguments.
   *
   * @param key the bundle key
   * @return the message
   */
  public static Message of(String key) {
    return ImmutableMessage.builder().key(key).build();
  }

  /**
   * Returns a message with one argument.
   *
   * @param key the bundle key
   * @param name the placeholder's name
   * @param value its value
   * @return the message
   */
  public static Message of(String key, String name, Message value) {
    return ImmutableMessage.builder().key(key).putArgument(name, value).build();
  }

  /**
   * Returns a message with arguments.
   *
   * @param key the bundle key
   * @param arguments the arguments by placeholder name
   * @return the message
   */
  public static Message of(String key, Map<String, Message> arguments) {
    return ImmutableMessage.builder().key(key).arguments(arguments).build();
  }

  /**
   * Returns text that is shown as it is in every language.
   *
   * @param text the text
   * @return the message
   */
  public static Message literal(String text) {
    return ImmutableMessage.builder().key("").literal(text).build();
  }

  /**
   * Returns this message with one more argument.
   *
   * @param name the placeholder's name
   * @param value its value
   * @return a new message
   */
  public Message with(String name, Message value) {
    return ImmutableMessage.builder().from(this).putArgument(name, value).build();
  }

  @Override
  public String toString() {
    return key().isEmpty() ? literal() : key() + arguments();
  }
}
