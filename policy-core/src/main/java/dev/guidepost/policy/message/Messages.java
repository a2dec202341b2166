package dev.guidepost.policy.message;

import dev.guidepost.policy.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Guidepost's message bundles: one UTF-8 {@code .properties} file per language under {@code
 * dev/guidepost/policy/message/}, with named placeholders such as {@code {area}}.
 *
 * <p>English is complete and is the fallback for a key another language lacks; a test proves that
 * every standard language has every key with the same placeholders. Loaded once; immutable and
 * thread-safe.
 */
public final class Messages {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");
  private static final Messages STANDARD = new Messages();

  private final Map<Language, Map<String, String>> bundles = new HashMap<>();

  private Messages() {
    for (Language language : Language.standard()) {
      bundles.put(language, load(language));
    }
  }

  /**
   * Returns the bundles shipped with Guidepost.
   *
   * @return the shared instance
   */
  public static Messages standard() {
    return STANDARD;
  }

  /**
   * Returns the keys of a language's bundle.
   *
   * @param language a standard language
   * @return the keys, sorted; empty for a language Guidepost has no bundle for
   */
  public Set<String> keys(Language language) {
    return Collections.unmodifiableSet(new TreeSet<>(bundle(language).keySet()));
  }

  /**
   * Returns the text of a key in a language, before its placeholders are filled.
   *
   * @param language a language
   * @param key a key
   * @return the pattern, falling back to English
   * @throws IllegalArgumentException if not even English has the key
   */
  public String pattern(Language language, String key) {
    String pattern = bundle(language).get(key);
    if (pattern == null) {
      pattern = bundle(Language.ENGLISH).get(key);
    }
    if (pattern == null) {
      throw new IllegalArgumentException("no message has the key '" + key + "'");
    }
    return pattern;
  }

  /**
   * Tells whether English, the complete bundle, has a key.
   *
   * @param key a key
   * @return true if the key exists
   */
  public boolean has(String key) {
    return bundle(Language.ENGLISH).containsKey(key);
  }

  /**
   * Returns the names of the placeholders in a pattern, sorted.
   *
   * @param pattern a pattern such as {@code "{area}: {option}"}
   * @return the placeholder names
   */
  public static Set<String> placeholders(String pattern) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  String format(Message message, Language language) {
    if (message.key().isEmpty()) {
      return message.literal();
    }
    String pattern = pattern(language, message.key());
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      Message argument = message.arguments().get(matcher.group(1));
      if (argument == null) {
        throw new IllegalArgumentException(
            "message '" + message.key() + "' needs the argument '" + matcher.group(1) + "'");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(format(argument, language)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private Map<String, String> bundle(Language language) {
    return bundles.getOrDefault(language, Map.of());
  }

  private static Map<String, String> load(Language language) {
    String name = "messages_" + language.code() + ".properties";
    return readBundle(Messages.class.getResourceAsStream(name), name);
  }

  /**
   * Reads a bundle in Guidepost's form: a UTF-8 {@code .properties} file. The caller opens the
   * stream, so that a bundle in another module is read with that module's access to its own
   * resources, for example {@code readBundle(Texts.class.getResourceAsStream(name), name)}.
   *
   * @param in the bundle's bytes, or null if the resource was not found; closed when read
   * @param name the bundle's name, for the error message
   * @return the texts by key, sorted by key and immutable
   * @throws IllegalStateException if {@code in} is null
   * @throws UncheckedIOException if reading fails
   */
  public static SortedMap<String, String> readBundle(@Nullable InputStream in, String name) {
    if (in == null) {
      throw new IllegalStateException("the bundle " + name + " is missing");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      Properties properties = new Properties();
      properties.load(reader);
      SortedMap<String, String> bundle = new TreeMap<>();
      properties.stringPropertyNames().forEach(key -> bundle.put(key, properties.getProperty(key)));
      return Collections.unmodifiableSortedMap(bundle);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
