package dev.guidepost.policy.model;

import dev.guidepost.policy.internal.Ids;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The value of one parameter of a decision, tagged with its {@link ParameterKind}.
 *
 * <p>Immutable; list values are immutable copies kept in the order given. Two values are equal when
 * their kinds and contents are. Whether a value fits its parameter's range is not checked here:
 * that is the rule engine's job.
 */
public final class ParameterValue {
  private final ParameterKind kind;
  private final Object value;

  private ParameterValue(ParameterKind kind, Object value) {
    this.kind = kind;
    this.value = value;
  }

  /**
   * Returns a whole number.
   *
   * @param value the number
   * @return an {@link ParameterKind#INTEGER} value
   */
  public static ParameterValue ofInteger(long value) {
    return new ParameterValue(ParameterKind.INTEGER, value);
  }

  /**
   * Returns a boolean.
   *
   * @param value the flag
   * @return a {@link ParameterKind#BOOLEAN} value
   */
  public static ParameterValue ofBoolean(boolean value) {
    return new ParameterValue(ParameterKind.BOOLEAN, value);
  }

  /**
   * Returns a free text.
   *
   * @param value a text that is not blank
   * @return a {@link ParameterKind#TEXT} value
   */
  public static ParameterValue ofText(String value) {
    return new ParameterValue(ParameterKind.TEXT, Ids.requireText("a text value", value));
  }

  /**
   * Returns a calendar date.
   *
   * @param value the date
   * @return a {@link ParameterKind#DATE} value
   */
  public static ParameterValue ofDate(LocalDate value) {
    return new ParameterValue(ParameterKind.DATE, Objects.requireNonNull(value, "value"));
  }

  /**
   * Returns one allowed value, by id.
   *
   * @param id a kebab-case id
   * @return a {@link ParameterKind#CHOICE} value
   */
  public static ParameterValue ofChoice(String id) {
    return new ParameterValue(ParameterKind.CHOICE, Ids.requireKebabCase("a choice", id));
  }

  /**
   * Returns a list of distinct allowed values, by id.
   *
   * @param ids kebab-case ids, each at most once
   * @return a {@link ParameterKind#CHOICES} value
   * @throws IllegalArgumentException if an id repeats or is not kebab-case
   */
  public static ParameterValue ofChoices(List<String> ids) {
    List<String> copy = List.copyOf(ids);
    for (String id : copy) {
      Ids.requireKebabCase("a choice", id);
    }
    if (copy.stream().distinct().count() != copy.size()) {
      throw new IllegalArgumentException("choices must not repeat, but were " + copy);
    }
    return new ParameterValue(ParameterKind.CHOICES, copy);
  }

  /**
   * Returns a list of free texts.
   *
   * @param texts texts that are not blank
   * @return a {@link ParameterKind#TEXTS} value
   */
  public static ParameterValue ofTexts(List<String> texts) {
    List<String> copy = List.copyOf(texts);
    for (String text : copy) {
      Ids.requireText("a text in a list", text);
    }
    return new ParameterValue(ParameterKind.TEXTS, copy);
  }

  /**
   * Returns the kind of this value.
   *
   * @return the kind
   */
  public ParameterKind kind() {
    return kind;
  }

  /**
   * Returns the number of an {@link ParameterKind#INTEGER} value.
   *
   * @return the number
   * @throws IllegalStateException if this value is of another kind
   */
  public long asInteger() {
    return (Long) as(ParameterKind.INTEGER);
  }

  /**
   * Returns the flag of a {@link ParameterKind#BOOLEAN} value.
   *
   * @return the flag
   * @throws IllegalStateException if this value is of another kind
   */
  public boolean asBoolean() {
    return (Boolean) as(ParameterKind.BOOLEAN);
  }

  /**
   * Returns the text of a {@link ParameterKind#TEXT} value or the id of a {@link
   * ParameterKind#CHOICE}.
   *
   * @return the text or id
   * @throws IllegalStateException if this value is of another kind
   */
  public String asText() {
    if (kind == ParameterKind.CHOICE) {
      return (String) value;
    }
    return (String) as(ParameterKind.TEXT);
  }

  /**
   * Returns the date of a {@link ParameterKind#DATE} value.
   *
   * @return the date
   * @throws IllegalStateException if this value is of another kind
   */
  public LocalDate asDate() {
    return (LocalDate) as(ParameterKind.DATE);
  }

  /**
   * Returns the ids of a {@link ParameterKind#CHOICES} value or the texts of a {@link
   * ParameterKind#TEXTS} value.
   *
   * @return an immutable list in the order given
   * @throws IllegalStateException if this value is of another kind
   */
  @SuppressWarnings("unchecked")
  public List<String> asList() {
    if (kind == ParameterKind.TEXTS) {
      return (List<String>) value;
    }
    return (List<String>) as(ParameterKind.CHOICES);
  }

  private Object as(ParameterKind expected) {
    if (kind != expected) {
      throw new IllegalStateException("this value is " + kind + ", not " + expected);
    }
    return value;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ParameterValue that && that.kind == kind && that.value.equals(value);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + value.hashCode();
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
