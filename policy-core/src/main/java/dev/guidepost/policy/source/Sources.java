package dev.guidepost.policy.source;

import dev.guidepost.policy.message.Message;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What a rule rests on: its sources in the order a reader should check them, and the day their
 * citations were last reviewed against the law.
 *
 * <pre>{@code
 * Sources basis =
 *     Sources.of(
 *             Source.law(Jurisdiction.of(Country.DE), "BetrVG", "§ 87 Abs. 1 Nr. 6"),
 *             Source.decision(Jurisdiction.of(Country.DE), "BAG 13.12.2016 – 1 ABR 7/15"))
 *         .reviewed(LocalDate.of(2026, 12, 4));
 * }</pre>
 *
 * <p>Never empty. Immutable and thread-safe; equal by value.
 */
public final class Sources {
  private final List<Source> all;
  private final @Nullable LocalDate reviewed;

  private Sources(List<Source> all, @Nullable LocalDate reviewed) {
    this.all = all;
    this.reviewed = reviewed;
  }

  /**
   * Returns sources, in order.
   *
   * @param first the first source
   * @param more the others
   * @return the sources, not yet dated by a review
   */
  public static Sources of(Source first, Source... more) {
    Objects.requireNonNull(first, "first");
    return new Sources(
        Stream.concat(Stream.of(first), Arrays.stream(more))
            .map(source -> Objects.requireNonNull(source, "source"))
            .toList(),
        null);
  }

  /**
   * Returns sources, in order.
   *
   * @param all the sources
   * @return the sources, not yet dated by a review
   * @throws IllegalArgumentException if there are none
   */
  public static Sources of(List<Source> all) {
    if (all.isEmpty()) {
      throw new IllegalArgumentException("a rule rests on at least one source");
    }
    return new Sources(List.copyOf(all), null);
  }

  /**
   * Returns these sources dated by the day their citations were last checked against the law.
   *
   * @param day the day of the review
   * @return the dated sources
   */
  public Sources reviewed(LocalDate day) {
    return new Sources(all, Objects.requireNonNull(day, "day"));
  }

  /**
   * Returns the sources, in order.
   *
   * @return at least one source
   */
  public List<Source> all() {
    return all;
  }

  /**
   * Returns the day the citations were last checked against the law.
   *
   * @return the day, if they were reviewed
   */
  public Optional<LocalDate> reviewed() {
    return Optional.ofNullable(reviewed);
  }

  /**
   * Returns whether any source is under review.
   *
   * @return true if the law behind the rule is expected to change
   */
  public boolean underReview() {
    return all.stream().anyMatch(source -> source.status() == Source.Status.UNDER_REVIEW);
  }

  /**
   * Returns the sources as a reader sees them: one after another, separated by semicolons, and the
   * day of the last review, written in the reader's language.
   *
   * @return the message
   */
  public Message message() {
    Message joined = all.get(all.size() - 1).message();
    for (int i = all.size() - 2; i >= 0; i--) {
      joined = Message.of("sources.more", "source", all.get(i).message()).with("more", joined);
    }
    if (reviewed == null) {
      return joined;
    }
    return Message.of("sources.reviewed", "sources", joined).with("date", Message.date(reviewed));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Sources that
        && all.equals(that.all)
        && Objects.equals(reviewed, that.reviewed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(all, reviewed);
  }

  @Override
  public String toString() {
    return all + (reviewed == null ? "" : " reviewed " + reviewed);
  }
}
