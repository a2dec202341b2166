package dev.guidepost.render.compose;

import dev.guidepost.policy.catalogue.Catalogue;
import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.StandardCatalogue;
import dev.guidepost.render.document.Document;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns a validated policy into a {@link Document} in one language: the title, the metadata, a
 * preamble, one chapter per catalogue chapter with one section per addressed area, and a closing.
 *
 * <p>Every word of the document comes from the composer's texts, one UTF-8 properties file per
 * language; the {@linkplain dev.guidepost.render.compose package documentation} lists their keys
 * and how an option's parameters select and fill its clause, the same for an area of one's own as
 * for a standard one. Guidepost ships English, Danish, Swedish, Norwegian Bokmål and Dutch; {@link
 * #toBuilder()} overrides single texts, adds a language or a catalogue, or sets another preamble or
 * closing {@link Part}.
 *
 * <p>The organisation's own clauses follow the clause of their area; an area with only custom
 * clauses still gets a section. A custom clause with no text in the document's language is shown in
 * the authoritative language or, if it has none there either, in the first language it has, as a
 * {@link dev.guidepost.render.document.Block.Note} that begins with a sentence saying so, such as
 * "(Only available in Danish:)". The document never silently mixes languages.
 *
 * <p>Immutable and thread-safe; composing is deterministic: equal input gives equal documents.
 *
 * <pre>{@code
 * ValidatedPolicy policy = Checker.standard().validate(Preset.BALANCED.policyFor(acme));
 * Document danish = Composer.standard().compose(policy, Language.DANISH);
 * Composer ours = Composer.standard().toBuilder()
 *     .override(Language.ENGLISH, "area.tone", "How we write")
 *     .build();
 * }</pre>
 */
public final class Composer {
  private static final Composer STANDARD =
      new Composer(
          StandardCatalogue.catalogue(),
          StandardTexts.all(),
          StandardParts.PREAMBLE,
          StandardParts.CLOSING);

  private final Catalogue catalogue;
  private final Map<Language, Map<String, String>> texts;
  private final Map<Language, Phrasebook> books;
  private final List<Language> languages;
  private final Part preamble;
  private final Part closing;

  private Composer(
      Catalogue catalogue, Map<Language, Map<String, String>> texts, Part preamble, Part closing) {
    this.catalogue = catalogue;
    this.preamble = preamble;
    this.closing = closing;
    this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    Map<Language, Phrasebook> books = new LinkedHashMap<>();
    texts.forEach((language, map) -> books.put(language, new Phrasebook(language, map)));
    this.books = Map.copyOf(books);
    this.languages = List.copyOf(texts.keySet());
  }

  /**
   * Returns the composer with Guidepost's texts in the five standard languages and the standard
   * catalogue.
   *
   * @return the shared instance
   */
  public static Composer standard() {
    return STANDARD;
  }

  /**
   * Returns the languages this composer can write, the standard ones first.
   *
   * @return an immutable list
   */
  public List<Language> languages() {
    return languages;
  }

  /**
   * Composes a policy's document in one language.
   *
   * @param policy a validated policy whose areas are all in this composer's catalogue
   * @param language one of {@link #languages()}
   * @return the document
   * @throws IllegalArgumentException if the composer has no texts in the language, or the policy
   *     addresses an area its catalogue lacks
   * @throws IllegalStateException if a text the document needs is missing, which can happen only
   *     for an area or option that was added to the catalogue without texts for it
   */
  public Document compose(ValidatedPolicy policy, Language language) {
    Objects.requireNonNull(policy, "policy");
    return compose(policy.policy(), language);
  }

  /** Composes any policy, checked or not: for tests of options that never validate. */
  Document compose(Policy policy, Language language) {
    Objects.requireNonNull(language, "language");
    Phrasebook book = books.get(language);
    if (book == null) {
      throw new IllegalArgumentException(
          "the composer has no texts in '" + language + "'; add them with toBuilder().language()");
    }
    Frame frame = new Frame(policy, book);
    Wording wording = new PhrasebookWording(book);
    return new Document(
        language,
        frame.title(),
        frame.metadata(),
        preamble.write(policy, wording),
        new Body(policy, book).chapters(catalogue),
        closing.write(policy, wording));
  }

  /**
   * Returns a builder that starts from this composer's texts, catalogue, preamble and closing.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(catalogue, texts, preamble, closing);
  }

  /**
   * Builds a {@link Composer} with texts of one's own: single texts overridden, whole languages
   * added, another catalogue, or another preamble or closing. Not thread-safe; the composer it
   * builds is.
   */
  public static final class Builder {
    private final ComposerTexts texts;
    private Catalogue catalogue;
    private Part preamble;
    private Part closing;

    Builder(
        Catalogue catalogue,
        Map<Language, Map<String, String>> texts,
        Part preamble,
        Part closing) {
      this.texts = new ComposerTexts(texts);
      this.catalogue = catalogue;
      this.preamble = preamble;
      this.closing = closing;
    }

    /**
     * Replaces or adds one text in one language.
     *
     * @param language the language
     * @param key a key such as {@code clause.tone.respectful} or {@code area.tone}
     * @param text the text, not blank, with no placeholder the standard text lacks
     * @return this builder
     */
    public Builder override(Language language, String key, String text) {
      this.texts.put(language, key, text);
      return this;
    }

    /**
     * Adds a language, or lays texts over an existing one. A new language must give every key the
     * standard English texts have; {@link #build()} checks it.
     *
     * @param language the language
     * @param texts texts by key
     * @return this builder
     */
    public Builder language(Language language, Map<String, String> texts) {
      Objects.requireNonNull(language, "language");
      new TreeMap<>(texts).forEach((key, text) -> this.texts.put(language, key, text));
      return this;
    }

    /**
     * Sets the catalogue whose chapters and areas the documents follow; the standard catalogue by
     * default. Texts for areas and options it adds are given with {@link #override}.
     *
     * @param catalogue the catalogue
     * @return this builder
     */
    public Builder catalogue(Catalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /**
     * Sets what the document says before its chapters; by default the standard preamble, which
     * states the guidelines' purpose and which networks the {@code scope} decision lists.
     *
     * @param preamble writes the preamble's blocks
     * @return this builder
     */
    public Builder preamble(Part preamble) {
      this.preamble = Objects.requireNonNull(preamble, "preamble");
      return this;
    }

    /**
     * Sets what the document says after its chapters; by default the standard closing, which says
     * whom to ask (from the {@code governance} decision or the policy's owner) and when the
     * guidelines are reviewed (from the {@code review} decision).
     *
     * @param closing writes the closing's blocks
     * @return this builder
     */
    public Builder closing(Part closing) {
      this.closing = Objects.requireNonNull(closing, "closing");
      return this;
    }

    /**
     * Builds the composer.
     *
     * @return the composer
     * @throws IllegalArgumentException if a language lacks a key that the English texts have
     */
    public Composer build() {
      return new Composer(catalogue, texts.complete(), preamble, closing);
    }
  }
}
