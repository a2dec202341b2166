package dev.guidepost.policy.source;

import dev.guidepost.policy.message.Message;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One source a rule rests on: a law, a decision of a court or an authority, official guidance, a
 * published article of practice, common practice, or the range the catalogue sets for a setting.
 *
 * <p>A legal source is cited as its {@link Jurisdiction} cites it, in the words of that
 * jurisdiction ({@code § 87 Abs. 1 Nr. 6 BetrVG} whatever the reader's language); what surrounds
 * the citation comes in the reader's language through {@link #message()}: the jurisdiction's name,
 * "practice", "under review", and the secondary source a citation was read in where no primary copy
 * was. A source carries the date of its instrument or decision and a public link where there is
 * one. Immutable and thread-safe; equal by value.
 *
 * <pre>{@code
 * Source betrVg = Source.law(Jurisdiction.of(Country.DE), "BetrVG", "§ 87 Abs. 1 Nr. 6");
 * Source stericycle =
 *     Source.decision(Jurisdiction.of(Country.US), "Stericycle, Inc., 372 NLRB No. 113")
 *         .dated(LocalDate.of(2023, 8, 2))
 *         .underReview();
 * }</pre>
 */
public final class Source {
  /** What kind of source it is. */
  public enum Kind {
    /**
     * A statute, regulation, directive, constitution or collective agreement, or its preparatory
     * works.
     */
    LAW,
    /** A decision of a court, tribunal or authority. */
    DECISION,
    /** Guidance an authority has published. */
    GUIDANCE,
    /** A published article, or a named organisation's published guidelines, that shows practice. */
    PRACTICE,
    /** What organisations commonly do, with no one publication behind it. */
    COMMON_PRACTICE,
    /** The range or type the catalogue sets for a setting. */
    CATALOGUE,
    /** A text of the rule's author, shown as written, such as a house rule. */
    TEXT;

    /**
     * Returns the kind's id in the JSON report.
     *
     * @return a kebab-case id such as {@code common-practice}
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** Whether the law is settled. */
  public enum Status {
    /** In force, or the current law as far as it was read. */
    IN_FORCE,
    /** In force, but expected to change: an authority has said it will revisit it. */
    UNDER_REVIEW;

    /**
     * Returns the status's id in the JSON report.
     *
     * @return {@code in-force} or {@code under-review}
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final Kind kind;
  private final @Nullable Jurisdiction jurisdiction;
  private final String instrument;
  private final String pinpoint;
  private final @Nullable LocalDate date;
  private final @Nullable URI link;
  private final Status status;
  private final String readIn;

  private Source(
      Kind kind,
      @Nullable Jurisdiction jurisdiction,
      String instrument,
      String pinpoint,
      @Nullable LocalDate date,
      @Nullable URI link,
      Status status,
      String readIn) {
    this.kind = kind;
    this.jurisdiction = jurisdiction;
    this.instrument = instrument;
    this.pinpoint = pinpoint;
    this.date = date;
    this.link = link;
    this.status = status;
    this.readIn = readIn;
  }

  private static Source of(Kind kind, @Nullable Jurisdiction jurisdiction, String instrument) {
    if (instrument.isBlank()) {
      throw new IllegalArgumentException("a source needs the name of what it cites");
    }
    return new Source(kind, jurisdiction, instrument, "", null, null, Status.IN_FORCE, "");
  }

  /**
   * Returns a provision of a law.
   *
   * @param jurisdiction whose law it is
   * @param instrument the statute, code or directive as that jurisdiction names it, such as {@code
   *     BetrVG} or {@code lov nr. 1436 af 29/06/2021 om beskyttelse af whistleblowere}
   * @param pinpoint the provision, such as {@code § 87 Abs. 1 Nr. 6}; empty for the whole law
   * @return the source
   * @throws IllegalArgumentException if the instrument is blank
   */
  public static Source law(Jurisdiction jurisdiction, String instrument, String pinpoint) {
    return of(Kind.LAW, Objects.requireNonNull(jurisdiction, "jurisdiction"), instrument)
        .at(pinpoint);
  }

  /**
   * Returns a decision of a court, tribunal or authority.
   *
   * @param jurisdiction whose court or authority decided
   * @param citation the decision as that jurisdiction cites it, such as {@code BAG 13.12.2016 – 1
   *     ABR 7/15}
   * @return the source
   * @throws IllegalArgumentException if the citation is blank
   */
  public static Source decision(Jurisdiction jurisdiction, String citation) {
    return of(Kind.DECISION, Objects.requireNonNull(jurisdiction, "jurisdiction"), citation);
  }

  /**
   * Returns guidance an authority has published.
   *
   * @param jurisdiction where the authority sits
   * @param title the authority and the guidance's title, such as {@code NLRB General Counsel Memo
   *     GC 26-03}
   * @return the source
   * @throws IllegalArgumentException if the title is blank
   */
  public static Source guidance(Jurisdiction jurisdiction, String title) {
    return of(Kind.GUIDANCE, Objects.requireNonNull(jurisdiction, "jurisdiction"), title);
  }

  /**
   * Returns a published article or a named organisation's published guidelines, cited for what
   * organisations do: practice, not law.
   *
   * @param title the author, title and publisher, such as {@code S. Stærk, "Tip til firmapolitik på
   *     sociale medier" (claushoffmann.dk)}
   * @return the source
   * @throws IllegalArgumentException if the title is blank
   */
  public static Source practice(String title) {
    return of(Kind.PRACTICE, null, title);
  }

  /**
   * Returns common practice, for a rule that no one publication is behind.
   *
   * @return the source
   */
  public static Source commonPractice() {
    return new Source(Kind.COMMON_PRACTICE, null, "", "", null, null, Status.IN_FORCE, "");
  }

  /**
   * Returns the range or type the catalogue sets for a setting, for a rule that checks values.
   *
   * @return the source
   */
  public static Source catalogue() {
    return new Source(Kind.CATALOGUE, null, "", "", null, null, Status.IN_FORCE, "");
  }

  /**
   * Returns a text of the rule's author, shown as written in every language: a house rule, or a
   * source the other kinds do not fit.
   *
   * @param text the text, such as {@code house rule}
   * @return the source
   * @throws IllegalArgumentException if the text is blank
   */
  public static Source text(String text) {
    return of(Kind.TEXT, null, Objects.requireNonNull(text, "text"));
  }

  /**
   * Returns this source narrowed to a provision, or to a numbered point of an article of practice.
   *
   * @param pinpoint such as {@code § 87 Abs. 1 Nr. 6}, {@code s. 43J(1)} or, for practice, {@code
   *     5}; empty for the whole
   * @return the narrowed source
   */
  public Source at(String pinpoint) {
    return new Source(
        kind,
        jurisdiction,
        instrument,
        Objects.requireNonNull(pinpoint, "pinpoint").strip(),
        date,
        link,
        status,
        readIn);
  }

  /**
   * Returns this source with the date of its instrument or decision.
   *
   * @param date the date it was made or, for a statute, of the version read
   * @return the dated source
   */
  public Source dated(LocalDate date) {
    return new Source(
        kind,
        jurisdiction,
        instrument,
        pinpoint,
        Objects.requireNonNull(date, "date"),
        link,
        status,
        readIn);
  }

  /**
   * Returns this source with a public address where a reader can read it.
   *
   * @param link an absolute {@code https} address
   * @return the linked source
   * @throws IllegalArgumentException if the address is not absolute {@code https} or {@code http}
   */
  public Source link(String link) {
    URI uri = URI.create(Objects.requireNonNull(link, "link"));
    if (!uri.isAbsolute() || !List.of("https", "http").contains(uri.getScheme())) {
      throw new IllegalArgumentException(
          "a source's link is an absolute http(s) address, but was '" + link + "'");
    }
    return new Source(kind, jurisdiction, instrument, pinpoint, date, uri, status, readIn);
  }

  /**
   * Returns this source marked as under review: in force, but an authority has said it will revisit
   * it.
   *
   * @return the marked source
   */
  public Source underReview() {
    return new Source(
        kind, jurisdiction, instrument, pinpoint, date, link, Status.UNDER_REVIEW, readIn);
  }

  /**
   * Returns this source as read at second hand, where no primary copy was read.
   *
   * @param secondary the secondary source it was read in, such as {@code Justia, 50-state survey}
   * @return the marked source
   * @throws IllegalArgumentException if the secondary source is blank
   */
  public Source readIn(String secondary) {
    if (Objects.requireNonNull(secondary, "secondary").isBlank()) {
      throw new IllegalArgumentException("a secondary source needs a name");
    }
    return new Source(
        kind, jurisdiction, instrument, pinpoint, date, link, status, secondary.strip());
  }

  /**
   * Returns what kind of source this is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns whose law this is.
   *
   * @return the jurisdiction; empty for practice and the other kinds that are not law
   */
  public Optional<Jurisdiction> jurisdiction() {
    return Optional.ofNullable(jurisdiction);
  }

  /**
   * Returns the statute, decision, guidance or article cited.
   *
   * @return its name; empty for common practice and the catalogue
   */
  public String instrument() {
    return instrument;
  }

  /**
   * Returns the provision of the instrument, or the point of an article of practice.
   *
   * @return the pinpoint; empty for the whole
   */
  public String pinpoint() {
    return pinpoint;
  }

  /**
   * Returns the date of the instrument or decision.
   *
   * @return the date, if given
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * Returns a public address where the source can be read.
   *
   * @return the address, if there is one
   */
  public Optional<URI> link() {
    return Optional.ofNullable(link);
  }

  /**
   * Returns whether the law is settled.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Returns the secondary source this one was read in, where no primary copy was read.
   *
   * @return the secondary source; empty when a primary copy was read
   */
  public Optional<String> readIn() {
    return readIn.isEmpty() ? Optional.empty() : Optional.of(readIn);
  }

  /**
   * Returns the citation as the source's jurisdiction writes it, the same in every language: a law
   * with its pinpoint in that jurisdiction's order, a decision, guidance, an article or a text as
   * given. Common practice and the catalogue have none.
   *
   * @return the citation, such as {@code § 87 Abs. 1 Nr. 6 BetrVG}; empty for common practice and
   *     the catalogue
   */
  public String citation() {
    if (jurisdiction != null) {
      return jurisdiction.cite(instrument, pinpoint);
    }
    return instrument;
  }

  /**
   * Returns the source as a reader sees it: the citation, then in brackets its jurisdiction's name,
   * the date of guidance or of an article (a law or a decision carries its date in its citation),
   * whether it is under review and the secondary source it was read in; practice says it is
   * practice, and names its point.
   *
   * @return the message
   */
  public Message message() {
    Message cited = Message.literal(citation());
    Message shown =
        switch (kind) {
          case COMMON_PRACTICE -> Message.of("source.common-practice");
          case CATALOGUE -> Message.of("source.catalogue");
          case PRACTICE ->
              pinpoint.isEmpty()
                  ? Message.of("source.practice", "citation", cited)
                  : Message.of("source.practice.point", "citation", cited)
                      .with("point", Message.literal(pinpoint));
          default -> cited;
        };
    List<Message> notes = new ArrayList<>();
    if (jurisdiction != null) {
      notes.add(jurisdiction.label());
    }
    if (date != null && (kind == Kind.GUIDANCE || kind == Kind.PRACTICE)) {
      notes.add(Message.date(date));
    }
    if (status == Status.UNDER_REVIEW) {
      notes.add(Message.of("source.under-review"));
    }
    if (!readIn.isEmpty()) {
      notes.add(Message.of("source.read-in", "secondary", Message.literal(readIn)));
    }
    if (notes.isEmpty()) {
      return shown;
    }
    return Message.of("source.noted", "source", shown).with("notes", Message.list(notes));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Source that
        && kind == that.kind
        && Objects.equals(jurisdiction, that.jurisdiction)
        && instrument.equals(that.instrument)
        && pinpoint.equals(that.pinpoint)
        && Objects.equals(date, that.date)
        && Objects.equals(link, that.link)
        && status == that.status
        && readIn.equals(that.readIn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, jurisdiction, instrument, pinpoint, date, link, status, readIn);
  }

  /** Returns the citation with its jurisdiction's code, for logs and tests. */
  @Override
  public String toString() {
    return jurisdiction == null ? kind.id() + ": " + citation() : jurisdiction + " " + citation();
  }
}
