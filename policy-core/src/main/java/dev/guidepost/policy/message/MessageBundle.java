package dev.guidepost.policy.message;

import dev.guidepost.policy.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Texts by language and key, with named placeholders such as {@code {area}}: Guidepost's one
 * message layer, used for findings, documents, the command-line tool and the example server.
 *
 * <p><b>Layers.</b> {@link #overlay(MessageBundle)} lays one bundle over another: the upper one's
 * texts win key by key and language by language, and every other text stays. This is how an
 * organisation brings its own texts (for its own rules, areas, options or a language of its own)
 * and how it rewords a standard text, for example {@code MessageBundle.standard().overlay(ours)}.
 *
 * <p><b>Look-up.</b> A key is looked up in the language asked for, then in English, then in the
 * bundle's other languages in the order they were added; {@link UnresolvedMessageException} is
 * thrown only when no language has it.
 *
 * <p><b>Bundles on disk</b> are UTF-8 {@code .properties} files named {@code
 * <base>_<language>.properties}; see {@link #read}. {@link #gaps(Collection)} lists every key a
 * language lacks or writes with other placeholders, so a test suite can keep its own bundles whole
 * as Guidepost keeps its own.
 *
 * <p>Immutable and thread-safe; two bundles are equal when they hold the same texts.
 *
 * <pre>{@code
 * MessageBundle ours = MessageBundle.builder()
 *     .put(Language.ENGLISH, "rule.no-tiktok.message", "We are not on TikTok.")
 *     .put(Language.DANISH, "rule.no-tiktok.message", "Vi er ikke på TikTok.")
 *     .build();
 * String danish = MessageBundle.standard().overlay(ours)
 *     .format(Message.of("rule.no-tiktok.message"), Language.DANISH);
 * }</pre>
 */
public final class MessageBundle {
  private static final MessageBundle STANDARD =
      read(MessageBundle.class::getResourceAsStream, "messages", Language.standard());

  private final Map<Language, SortedMap<String, String>> texts;
  private final int hash;

  private MessageBundle(Map<Language, SortedMap<String, String>> texts) {
    this.texts = Collections.unmodifiableMap(texts);
    this.hash = texts.hashCode();
  }

  /**
   * Returns the texts of Guidepost's core in its five standard languages: the names of areas,
   * options, parameters and values, and the texts of findings, checklists and the questionnaire.
   *
   * @return the shared standard bundle
   */
  public static MessageBundle standard() {
    return STANDARD;
  }

  /**
   * Returns an empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads one UTF-8 {@code .properties} file per language, {@code <base>_<code>.properties}. The
   * caller opens the files, so that a module reads its own resources, for example {@code
   * MessageBundle.read(OurRules.class::getResourceAsStream, "texts", List.of(ENGLISH, DANISH))}.
   *
   * @param resources opens a file by name, giving null where there is none
   * @param base the files' base name
   * @param languages the languages to read, in the order they are to be kept
   * @return the bundle
   * @throws IllegalStateException if a language's file is missing, naming it
   * @throws UncheckedIOException if reading fails
   */
  public static MessageBundle read(
      Function<String, @Nullable InputStream> resources,
      String base,
      Collection<Language> languages) {
    Builder builder = builder();
    for (Language language : languages) {
      String name = base + "_" + language.code() + ".properties";
      builder.putAll(language, readFile(resources.apply(name), name));
    }
    return builder.build();
  }

  /**
   * Returns a bundle whose texts are this one's with another's laid over them.
   *
   * @param upper the texts that win where both have a key in a language
   * @return the layered bundle
   */
  public MessageBundle overlay(MessageBundle upper) {
    if (upper.texts.isEmpty()) {
      return this;
    }
    Builder builder = builder();
    texts.forEach(builder::putAll);
    upper.texts.forEach(builder::putAll);
    return builder.build();
  }

  /**
   * Returns the languages this bundle has texts in, in the order they were added.
   *
   * @return the languages
   */
  public Set<Language> languages() {
    return texts.keySet();
  }

  /**
   * Returns the keys a language has texts for itself, without falling back.
   *
   * @param language a language
   * @return the keys, sorted; empty for a language the bundle has no texts in
   */
  public SortedSet<String> keys(Language language) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(own(language).keySet()));
  }

  /**
   * Tells whether some language of the bundle has a key, so that it can be written out.
   *
   * @param key a key
   * @return true if the key resolves
   */
  public boolean has(String key) {
    return lookUp(Language.ENGLISH, key) != null;
  }

  /**
   * Returns the names of the placeholders of a key's text, such as {@code area} for {@code "{area}:
   * {option}"}.
   *
   * @param language a language
   * @param key a key
   * @return the names, sorted
   * @throws UnresolvedMessageException if no language has the key
   */
  public SortedSet<String> placeholders(Language language, String key) {
    return Collections.unmodifiableSortedSet(Placeholders.in(pattern(language, key)));
  }

  /**
   * Returns a text before its placeholders are filled, looked up as described above.
   *
   * @param language a language
   * @param key a key
   * @return the pattern
   * @throws UnresolvedMessageException if no language has the key
   */
  public String pattern(Language language, String key) {
    String pattern = lookUp(language, key);
    if (pattern == null) {
      throw new UnresolvedMessageException(key, "no message has the key '" + key + "'");
    }
    return pattern;
  }

  /**
   * Writes a message out in a language: its key's text with every placeholder filled by the
   * argument of that name, itself written out in the same language. A message {@linkplain
   * Message#in bound} to a bundle of its own is written with that bundle.
   *
   * @param message the message
   * @param language the language
   * @return the text
   * @throws UnresolvedMessageException if a key is missing everywhere or an argument is missing
   */
  public String format(Message message, Language language) {
    MessageBundle bundle = message.bundle().orElse(this);
    if (message.key().isEmpty()) {
      return unkeyed(bundle, message, language);
    }
    String pattern = bundle.lookUp(language, message.key());
    if (pattern == null) {
      if (!message.literal().isEmpty()) {
        return message.literal();
      }
      throw new UnresolvedMessageException(
          message.key(), "no message has the key '" + message.key() + "'");
    }
    return Placeholders.fill(
        pattern,
        name -> {
          Message argument = message.arguments().get(name);
          if (argument == null) {
            throw new UnresolvedMessageException(
                message.key(), "message '" + message.key() + "' needs the argument '" + name + "'");
          }
          return bundle.format(argument, language);
        });
  }

  /** Writes out a message without a key: a date, a list, or a literal text. */
  private static String unkeyed(MessageBundle bundle, Message message, Language language) {
    if (message.date().isPresent()) {
      return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
          .withLocale(language.locale())
          .format(message.date().get());
    }
    if (!message.items().isEmpty()) {
      StringJoiner joined = new StringJoiner(", ");
      message.items().forEach(item -> joined.add(bundle.format(item, language)));
      return joined.toString();
    }
    return message.literal();
  }

  /**
   * Writes out a key's text with plain arguments: a {@link Message} argument is written out in the
   * same language, any other is shown as {@link String#valueOf(Object)} gives it.
   *
   * @param language the language
   * @param key the key
   * @param arguments the arguments by placeholder name
   * @return the text
   * @throws UnresolvedMessageException if the key is missing everywhere or an argument is missing
   */
  public String format(Language language, String key, Map<String, ?> arguments) {
    return Placeholders.fill(
        pattern(language, key),
        name -> {
          Object argument = arguments.get(name);
          if (argument == null) {
            throw new UnresolvedMessageException(
                key, "message '" + key + "' needs the argument '" + name + "'");
          }
          return argument instanceof Message m ? format(m, language) : String.valueOf(argument);
        });
  }

  /**
   * Lists what keeps the given languages from being whole: every key the reference language has and
   * another lacks, every key another has that the reference lacks, every text with other
   * placeholders than the reference's, and every blank text. The reference is English where the
   * bundle has English, else the first language given.
   *
   * @param languages the languages to compare
   * @return one line per gap, such as {@code "sv lacks rule.x.message"}; empty when whole
   */
  public List<String> gaps(Collection<Language> languages) {
    List<String> gaps = new ArrayList<>();
    if (languages.isEmpty()) {
      return gaps;
    }
    Language reference =
        texts.containsKey(Language.ENGLISH) ? Language.ENGLISH : languages.iterator().next();
    SortedMap<String, String> expected = own(reference);
    for (Language language : new LinkedHashSet<>(languages)) {
      SortedMap<String, String> actual = own(language);
      expected.forEach(
          (key, text) -> {
            String translation = actual.get(key);
            if (translation == null) {
              gaps.add(language + " lacks " + key);
            } else if (!Placeholders.in(text).equals(Placeholders.in(translation))) {
              gaps.add(
                  language
                      + " writes "
                      + key
                      + " with the placeholders "
                      + Placeholders.in(translation)
                      + " where "
                      + reference
                      + " has "
                      + Placeholders.in(text));
            }
          });
      actual.forEach(
          (key, text) -> {
            if (!expected.containsKey(key)) {
              gaps.add(language + " has " + key + ", which " + reference + " lacks");
            }
            if (text.isBlank()) {
              gaps.add(language + " leaves " + key + " blank");
            }
          });
    }
    return gaps;
  }

  private @Nullable String lookUp(Language language, String key) {
    String text = own(language).get(key);
    if (text == null && !language.equals(Language.ENGLISH)) {
      text = own(Language.ENGLISH).get(key);
    }
    if (text == null) {
      for (SortedMap<String, String> other : texts.values()) {
        text = other.get(key);
        if (text != null) {
          break;
        }
      }
    }
    return text;
  }

  private SortedMap<String, String> own(Language language) {
    SortedMap<String, String> own = texts.get(language);
    return own == null ? Collections.emptySortedMap() : own;
  }

  private static SortedMap<String, String> readFile(@Nullable InputStream in, String name) {
    if (in == null) {
      throw new IllegalStateException("the bundle " + name + " is missing");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      Properties properties = new Properties();
      properties.load(reader);
      SortedMap<String, String> file = new TreeMap<>();
      properties.stringPropertyNames().forEach(key -> file.put(key, properties.getProperty(key)));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other == this
        || (other instanceof MessageBundle bundle
            && hash == bundle.hash
            && texts.equals(bundle.texts));
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    Map<Language, Integer> sizes = new LinkedHashMap<>();
    texts.forEach((language, own) -> sizes.put(language, own.size()));
    return "MessageBundle" + sizes;
  }

  /** Collects the texts of a {@link MessageBundle}. Not thread-safe; may be reused. */
  public static final class Builder {
    private final Map<Language, SortedMap<String, String>> texts = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a text, replacing any text the builder has for that key in that language.
     *
     * @param language the language
     * @param key the key, not blank
     * @param text the text, not blank, with placeholders such as {@code {area}}
     * @return this builder
     * @throws IllegalArgumentException if the key or the text is blank
     */
    public Builder put(Language language, String key, String text) {
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(text, "text");
      if (key.isBlank() || text.isBlank()) {
        throw new IllegalArgumentException(
            "a key and its text must not be blank: '" + key + "' in " + language);
      }
      texts.computeIfAbsent(language, l -> new TreeMap<>()).put(key, text);
      return this;
    }

    /**
     * Adds texts of one language; see {@link #put}.
     *
     * @param language the language
     * @param texts texts by key
     * @return this builder
     */
    public Builder putAll(Language language, Map<String, String> texts) {
      new TreeMap<>(texts).forEach((key, text) -> put(language, key, text));
      return this;
    }

    /**
     * Builds the bundle.
     *
     * @return the bundle
     */
    public MessageBundle build() {
      Map<Language, SortedMap<String, String>> copy = new LinkedHashMap<>();
      texts.forEach(
          (language, own) ->
              copy.put(language, Collections.unmodifiableSortedMap(new TreeMap<>(own))));
      return new MessageBundle(copy);
    }
  }
}
