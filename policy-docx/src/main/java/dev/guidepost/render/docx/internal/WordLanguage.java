package dev.guidepost.render.docx.internal;

import dev.guidepost.policy.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * A document language as Word names it (a language tag with its country, such as {@code da-DK}, so
 * that Word's spelling check picks the right dictionary) and the few words the DOCX adds of its own
 * (the heading of the table of contents and the text that stands in the field until Word fills it).
 * A language without its own words uses the English ones.
 */
public final class WordLanguage {
  private static final Map<String, String> TAGS =
      Map.of("en", "en-GB", "da", "da-DK", "sv", "sv-SE", "nb", "nb-NO", "nl", "nl-NL");

  private final String tag;
  private final Properties words;

  private WordLanguage(String tag, Properties words) {
    this.tag = tag;
    this.words = words;
  }

  /**
   * Returns Word's tag and words for a language.
   *
   * @param language the document's language
   * @return its tag and words
   */
  public static WordLanguage of(Language language) {
    String code = language.code();
    Properties words = load(code);
    if (words.isEmpty()) {
      words = load("en");
    }
    return new WordLanguage(TAGS.getOrDefault(code, code), words);
  }

  private static Properties load(String code) {
    Properties words = new Properties();
    try (InputStream in = WordLanguage.class.getResourceAsStream("docx_" + code + ".properties")) {
      if (in != null) {
        words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /**
   * Returns the language tag Word uses, such as {@code nb-NO}.
   *
   * @return the tag
   */
  public String tag() {
    return tag;
  }

  /**
   * Returns the heading of the table of contents.
   *
   * @return the heading
   */
  public String contentsHeading() {
    return words.getProperty("toc.heading", "");
  }

  /**
   * Returns the footer's version text, such as "Version 1.2".
   *
   * @param version the policy's version
   * @return the text
   */
  public String version(String version) {
    return words.getProperty("footer.version", "{version}").replace("{version}", version);
  }

  /**
   * Returns the footer's page text, such as "Page {page} of {pages}", with its two placeholders.
   *
   * @return the pattern
   */
  public String pagePattern() {
    return words.getProperty("footer.page", "{page} / {pages}");
  }

  /**
   * Returns the text that stands in the table of contents until Word fills it.
   *
   * @return the text
   */
  public String contentsPlaceholder() {
    return words.getProperty("toc.placeholder", "");
  }
}
