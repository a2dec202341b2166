package dev.guidepost.policy.message;

import dev.guidepost.policy.model.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A text to show a person, kept as a message key and named arguments until a language is chosen.
 *
 * <p>Arguments are themselves messages, so that an argument such as an area's name is translated
 * too; {@link #literal(String)} wraps text that is not translated (a number, a name), and {@link
 * #label(String, String)} names something that may have no text (an area a user added). A message
 * {@link #date(LocalDate)} is a date written as each language writes it ("1. januar 2027"), and
 * {@link #list(List)} several messages written one after another, separated by commas. A message is
 * written out by a {@link MessageBundle}; one {@linkplain #in bound} to a bundle is written with
 * that bundle wherever it is shown, so a finding of a user's own rule formats with the user's
 * texts. Immutable and thread-safe.
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
   * Returns the text shown as it is: a literal message's text, or the fallback of a {@linkplain
   * #label label} whose key no bundle has.
   *
   * @return the text; empty for a keyed message without a fallback
   */
  @Value.Default
  public String literal() {
    return "";
  }

  /**
   * Returns the date a {@linkplain #date(LocalDate) date message} shows.
   *
   * @return the date; empty for any other message
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns the messages a {@linkplain #list(List) list message} shows.
   *
   * @return the items; empty for any other message
   */
  public abstract List<Message> items();

  /**
   * Returns the named arguments, in the order given.
   *
   * @return the arguments by placeholder name
   */
  public abstract Map<String, Message> arguments();

  /**
   * Returns the bundle this message is bound to, if any. It is not part of the message's identity:
   * two messages with the same key, text and arguments are equal whatever bundle they are bound to,
   * so that findings compare by what they say, not by whose texts write it out.
   *
   * @return the bundle; empty for a message written with whatever bundle formats it
   */
  @Value.Auxiliary
  public abstract Optional<MessageBundle> bundle();

  /**
   * Writes this message out in a language with its own bundle, or else the {@linkplain
   * MessageBundle#standard() standard} one; see {@link MessageBundle#format(Message, Language)}.
   *
   * @param language the language
   * @return the text
   * @throws UnresolvedMessageException if a key is missing everywhere or an argument is missing
   */
  public String format(Language language) {
    return MessageBundle.standard().format(this, language);
  }

  /**
   * Returns this message bound to a bundle, so that it is written with that bundle's texts wherever
   * it is shown. Its arguments are written with the same bundle unless bound to their own.
   *
   * @param bundle the bundle
   * @return a new message
   */
  public Message in(MessageBundle bundle) {
    return ImmutableMessage.builder().from(this).bundle(bundle).build();
  }

  /**
   * Returns the name of something that may have no text, such as an area a user added: the key's
   * text where the bundle has it, the fallback as it is where not.
   *
   * @param key the bundle key, such as {@code area.ai-tools}
   * @param fallback the text where no bundle has the key, such as the id {@code ai-tools}
   * @return the message
   */
  public static Message label(String key, String fallback) {
    return ImmutableMessage.builder().key(key).literal(fallback).build();
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
   * Returns a date, written as each language writes a date in running text ("1 January 2027", "1.
   * januar 2027"). Its {@link #literal()} is the ISO form, for language-neutral output.
   *
   * @param date the date
   * @return the message
   */
  public static Message date(LocalDate date) {
    return ImmutableMessage.builder().key("").literal(date.toString()).date(date).build();
  }

  /**
   * Returns several messages written one after another and separated by commas, such as the
   * networks a parameter names. Its {@link #literal()} is the items' own literals so joined.
   *
   * @param items the messages
   * @return the message
   */
  public static Message list(List<Message> items) {
    StringBuilder literal = new StringBuilder();
    for (Message item : items) {
      literal.append(literal.length() == 0 ? "" : ", ").append(item.literal());
    }
    return ImmutableMessage.builder().key("").literal(literal.toString()).items(items).build();
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
