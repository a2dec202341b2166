package dev.guidepost.policy.model;

import dev.guidepost.policy.internal.Ids;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A clause an organisation writes itself, placed in one area of the document, with its text in one
 * or more languages.
 *
 * <p>Immutable and thread-safe; texts are kept in the order given.
 *
 * <pre>{@code
 * Clause clause = Clause.builder()
 *     .area("tone")
 *     .putText(Language.ENGLISH, "We never post about ongoing tenders.")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Clause {
  Clause() {}

  /**
   * Returns the id of the area the clause belongs to.
   *
   * @return an area id
   */
  public abstract String area();

  /**
   * Returns the clause's text by language.
   *
   * @return at least one text, none blank
   */
  public abstract Map<Language, String> text();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Ids.requireKebabCase("a clause's area", area());
    if (text().isEmpty()) {
      throw new IllegalArgumentException("a clause in '" + area() + "' has no text");
    }
    text().forEach((language, text) -> Ids.requireText("the " + language + " text", text));
  }

  /** Builds a {@link Clause}. */
  public static final class Builder extends ImmutableClause.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
