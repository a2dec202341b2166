package dev.guidepost.policy.catalogue;

import dev.guidepost.policy.internal.Ids;
import dev.guidepost.policy.model.Area;
import java.util.List;
import org.immutables.value.Value;

/**
 * A chapter of the document, such as {@code employees-own-use}, with its areas in the order they
 * are rendered. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Chapter {
  Chapter() {}

  /**
   * Returns the chapter's id.
   *
   * @return a kebab-case id
   */
  public abstract String id();

  /**
   * Returns the chapter's areas, in order.
   *
   * @return the areas; possibly empty
   */
  public abstract List<Area> areas();

  /**
   * Returns a chapter.
   *
   * @param id its id
   * @param areas its areas, in order
   * @return the chapter
   */
  public static Chapter of(String id, List<Area> areas) {
    return builder().id(id).areas(areas).build();
  }

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
    Ids.requireKebabCase("a chapter id", id());
  }

  /** Builds a {@link Chapter}. */
  public static final class Builder extends ImmutableChapter.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
