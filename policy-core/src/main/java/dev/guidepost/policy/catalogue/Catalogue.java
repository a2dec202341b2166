package dev.guidepost.policy.catalogue;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The areas a policy can decide, grouped in chapters, in the order a document renders them.
 *
 * <p>Area ids are unique across the catalogue. Immutable and thread-safe; {@link #withArea} and
 * {@link #withOption} return extended copies, so the standard catalogue can be extended without
 * being changed:
 *
 * <pre>{@code
 * Catalogue ours = StandardCatalogue.catalogue()
 *     .withArea("oversight", Area.of("ai-tools", Option.of("ai-tools", "disclose-use")))
 *     .withOption("competitors", Option.of("competitors", "praise-only"));
 * }</pre>
 */
@Value.Immutable
public abstract class Catalogue {
  Catalogue() {}

  /**
   * Returns the chapters, in order.
   *
   * @return the chapters
   */
  public abstract List<Chapter> chapters();

  /**
   * Returns every area of every chapter, in document order.
   *
   * @return the areas
   */
  @Value.Derived
  public List<Area> areas() {
    List<Area> areas = new ArrayList<>();
    chapters().forEach(chapter -> areas.addAll(chapter.areas()));
    return List.copyOf(areas);
  }

  /**
   * Returns the area with this id.
   *
   * @param id an area id
   * @return the area, or empty if the catalogue has none with that id
   */
  public Optional<Area> area(String id) {
    return areas().stream().filter(area -> area.id().equals(id)).findFirst();
  }

  /**
   * Returns the option of an area.
   *
   * @param area an area id
   * @param option an option id
   * @return the option, or empty if there is no such area or option
   */
  public Optional<Option> option(String area, String option) {
    return area(area).flatMap(a -> a.option(option));
  }

  /**
   * Returns the chapter an area belongs to.
   *
   * @param area an area id
   * @return the chapter, or empty if no chapter holds that area
   */
  public Optional<Chapter> chapterOf(String area) {
    return chapters().stream()
        .filter(chapter -> chapter.areas().stream().anyMatch(a -> a.id().equals(area)))
        .findFirst();
  }

  /**
   * Returns a copy with an area added at the end of a chapter; a new chapter is added at the end if
   * none has that id.
   *
   * @param chapter the chapter's id
   * @param area the new area
   * @return the extended catalogue
   * @throws IllegalArgumentException if the catalogue already has an area with that id
   */
  public Catalogue withArea(String chapter, Area area) {
    List<Chapter> chapters = new ArrayList<>();
    boolean added = false;
    for (Chapter existing : chapters()) {
      if (existing.id().equals(chapter)) {
        chapters.add(Chapter.builder().from(existing).addArea(area).build());
        added = true;
      } else {
        chapters.add(existing);
      }
    }
    if (!added) {
      chapters.add(Chapter.of(chapter, List.of(area)));
    }
    return of(chapters);
  }

  /**
   * Returns a copy with an option added at the end of an existing area.
   *
   * @param area the area's id
   * @param option the new option, whose {@link Option#area()} is that id
   * @return the extended catalogue
   * @throws IllegalArgumentException if there is no such area or it already has that option
   */
  public Catalogue withOption(String area, Option option) {
    if (area(area).isEmpty()) {
      throw new IllegalArgumentException("the catalogue has no area '" + area + "'");
    }
    List<Chapter> chapters = new ArrayList<>();
    for (Chapter chapter : chapters()) {
      List<Area> areas = new ArrayList<>();
      for (Area existing : chapter.areas()) {
        areas.add(
            existing.id().equals(area)
                ? Area.builder().from(existing).addOption(option).build()
                : existing);
      }
      chapters.add(Chapter.of(chapter.id(), areas));
    }
    return of(chapters);
  }

  /**
   * Returns a catalogue of some chapters.
   *
   * @param chapters the chapters, in order
   * @return the catalogue
   * @throws IllegalArgumentException if an area or chapter id repeats
   */
  public static Catalogue of(List<Chapter> chapters) {
    return ImmutableCatalogue.builder().chapters(chapters).build();
  }

  @Value.Check
  void check() {
    Set<String> areaIds = new HashSet<>();
    for (Area area : areas()) {
      if (!areaIds.add(area.id())) {
        throw new IllegalArgumentException("the catalogue holds area '" + area.id() + "' twice");
      }
    }
    Set<String> chapterIds = new HashSet<>();
    for (Chapter chapter : chapters()) {
      if (!chapterIds.add(chapter.id())) {
        throw new IllegalArgumentException(
            "the catalogue holds chapter '" + chapter.id() + "' twice");
      }
    }
  }
}
