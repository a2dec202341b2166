package dev.guidepost.render.compose;

import dev.guidepost.policy.catalogue.Catalogue;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.diff.PolicyDiff;
import dev.guidepost.policy.diff.VersionCheck;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.StandardCatalogue;
import dev.guidepost.render.document.Block;
import dev.guidepost.render.document.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a validated policy into a {@link Document} in one language: the title, the metadata, a
 * preamble, one chapter per catalogue chapter with one section per addressed area, and a closing.
 *
 * <p>Every word of the document comes from the composer's {@linkplain MessageBundle message
 * bundle}: the clause texts, with keys such as {@code title}, {@code chapter.<id>} and {@code
 * clause.<area>.<option>}, laid over the core's standard texts, which give each area its one name
 * ({@code area.<id>}, the same in a finding and in a heading) and each value its name ({@code
 * value.<kind>.<id>}). Guidepost ships English, Danish, Swedish, Norwegian Bokmål and Dutch; {@link
 * Builder#messages} lays texts of one's own over them: single texts reworded, the texts of one's
 * own areas and options, or a whole language. Numbers and dates are formatted for the language's
 * locale, dates in {@link java.time.format.FormatStyle#LONG}. The {@linkplain
 * dev.guidepost.render.compose package documentation} lists the keys and how an option's parameters
 * select and fill its clause, the same for an area of one's own as for a standard one; {@link
 * #toBuilder()} also sets another catalogue, or another preamble or closing {@link Part}.
 *
 * <p>The organisation's own clauses follow the clause of their area; an area with only custom
 * clauses still gets a section. A custom clause with no text in the document's language is shown in
 * the authoritative language or, if it has none there either, in the first language it has, as a
 * {@link dev.guidepost.render.document.Block.Note} that begins with a sentence saying so, such as
 * "(Only available in Danish:)". The document never silently mixes languages.
 *
 * <p>A policy with a {@linkplain Policy#history() change history} ends, after the closing part's
 * blocks, with a {@link dev.guidepost.render.document.Block.Table} ({@code history.heading}): one
 * row per revision, oldest first, with its version, effective date and summary; a summary with no
 * text in the document's language is shown like a custom clause, with "(Only available in …:)".
 *
 * <p>For an organisation whose people work in more than one country ({@link
 * dev.guidepost.policy.model.Organisation#otherCountries()}), a section ends with a country note,
 * also a {@link dev.guidepost.render.document.Block.Note}, for each of the organisation's countries
 * whose law differs on that decision ("If you work in Norway: ..."). The notes are the texts {@code
 * note.<area>.<country>}, with variants by option and sector that the {@linkplain
 * dev.guidepost.render.compose package documentation} lists, so that texts of one's own add notes
 * for other countries. A note is shown only in a language that has it. A policy for one country
 * gets no notes.
 *
 * <p>Immutable and thread-safe; composing is deterministic: equal input gives equal documents.
 *
 * <pre>{@code
 * ValidatedPolicy policy = StandardRules.checker().validate(Preset.BALANCED.policyFor(acme));
 * Document danish = Composer.standard().compose(policy, Language.DANISH);
 * Composer ours = Composer.standard().toBuilder()
 *     .messages(MessageBundle.builder().put(Language.ENGLISH, "area.tone", "How we write").build())
 *     .build();
 * }</pre>
 */
public final class Composer {
  private static final Composer STANDARD =
      new Composer(
          StandardCatalogue.catalogue(),
          StandardTexts.ALL,
          StandardParts.PREAMBLE,
          StandardParts.CLOSING);

  private final Catalogue catalogue;
  private final MessageBundle messages;
  private final Map<Language, Phrasebook> books;
  private final List<Language> languages;
  private final Part preamble;
  private final Part closing;

  private Composer(Catalogue catalogue, MessageBundle messages, Part preamble, Part closing) {
    this.catalogue = catalogue;
    this.preamble = preamble;
    this.closing = closing;
    this.messages = messages;
    this.languages = ComposerTexts.languages(messages);
    Map<Language, Phrasebook> books = new LinkedHashMap<>();
    languages.forEach(language -> books.put(language, new Phrasebook(language, messages)));
    this.books = Map.copyOf(books);
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
   * Returns the texts this composer writes with: the standard texts and any laid over them.
   *
   * @return the bundle
   */
  public MessageBundle messages() {
    return messages;
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
    Phrasebook book = book(language);
    Frame frame = new Frame(policy, book);
    Wording wording = new PhrasebookWording(book);
    return new Document(
        language,
        frame.title(),
        frame.metadata(),
        preamble.write(policy, wording),
        new Body(policy, book).chapters(catalogue),
        closing(policy, wording, book));
  }

  /**
   * Writes what changed between two versions of a policy for the employees it binds, in one
   * language: the title {@code changes.title}; the organisation, both versions and the newer
   * version's effective date as metadata; a preamble that says which version number the change
   * calls for ({@link VersionCheck}, judged with {@link StandardCatalogue#strictness()}) and
   * whether the newer version declares it; a chapter with one section per area whose rule changed,
   * in {@link PolicyDiff}'s order, each saying the new rule in the words of its clause ("New:",
   * "Changed:", "No longer applies:"), begun with the newer version's effective date when it has
   * one, whom it now binds when its audience changed, and the clause it replaces as a note; a
   * chapter on the countries it now covers or no longer covers and its new owner, when those
   * changed; and a chapter with the given findings on the change (such as {@link
   * dev.guidepost.policy.check.ChangeChecker}'s), each with its severity and advice, or a sentence
   * that there are none. Facts the employees need not act on (sector, number of employees,
   * languages) are left out. Deterministic: equal input gives equal documents.
   *
   * @param older the earlier version
   * @param newer the later version
   * @param findings findings on the change, in the order to show them
   * @param language one of {@link #languages()}
   * @return the document
   * @throws IllegalArgumentException if the composer has no texts in the language
   * @throws IllegalStateException if a text the document needs is missing, which can happen only
   *     for an area or option that was added to the catalogue without texts for it
   */
  public Document composeChanges(
      Policy older, Policy newer, List<Finding> findings, Language language) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    return new Changes(older, newer, book(language)).document(List.copyOf(findings));
  }

  private Phrasebook book(Language language) {
    Objects.requireNonNull(language, "language");
    Phrasebook book = books.get(language);
    if (book == null) {
      throw new IllegalArgumentException(
          "the composer has no texts in '" + language + "'; add them with toBuilder().messages()");
    }
    return book;
  }

  /** The closing part's blocks, then the change history, if the policy has one. */
  private List<Block> closing(Policy policy, Wording wording, Phrasebook book) {
    List<Block> blocks = new ArrayList<>(closing.write(policy, wording));
    blocks.addAll(History.of(policy, book));
    return blocks;
  }

  /**
   * Returns a builder that starts from this composer's texts, catalogue, preamble and closing.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(catalogue, messages, preamble, closing);
  }

  /**
   * Builds a {@link Composer} with texts of one's own, another catalogue, or another preamble or
   * closing. Not thread-safe; the composer it builds is.
   */
  public static final class Builder {
    private MessageBundle messages;
    private Catalogue catalogue;
    private Part preamble;
    private Part closing;

    Builder(Catalogue catalogue, MessageBundle messages, Part preamble, Part closing) {
      this.messages = messages;
      this.catalogue = catalogue;
      this.preamble = preamble;
      this.closing = closing;
    }

    /**
     * Lays texts of one's own over the composer's texts: a standard text reworded (such as {@code
     * area.tone} or {@code clause.tone.respectful}), the texts of one's own areas and options, or a
     * whole language. A language other than the standard ones must give every key the standard
     * English clause texts have, and every area and value name; {@link #build()} checks it.
     *
     * @param texts the texts
     * @return this builder
     * @throws IllegalArgumentException if a text uses a placeholder its standard text lacks
     */
    public Builder messages(MessageBundle texts) {
      this.messages = ComposerTexts.overlay(messages, Objects.requireNonNull(texts, "texts"));
      return this;
    }

    /**
     * Sets the catalogue whose chapters and areas the documents follow; the standard catalogue by
     * default. Texts for areas and options it adds are given with {@link #messages}.
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
     * @throws IllegalArgumentException if a language lacks a text a document needs
     */
    public Composer build() {
      return new Composer(catalogue, messages, preamble, closing);
    }
  }
}
