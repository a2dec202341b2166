package dev.guidepost.policy.catalogue;

import dev.guidepost.policy.model.Area;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How strictly each option of a catalogue binds employees, as data: an area is either on a
 * <em>scale</em>, its options in levels from the least to the most restrictive for employees, or
 * <em>binds no one</em> (its options say how the organisation works, such as who runs its accounts,
 * and none of them asks more of an employee than another).
 *
 * <p>Options on the same level of a scale are not on one scale with each other (such as "breaks
 * only" and "some minutes a day"): a move between them is neither stricter nor looser, and readers
 * of this data treat it as stricter, conservatively. An area this data does not place, and an
 * option its scale does not name, is not comparable with anything and is treated the same way.
 * Immutable and thread-safe.
 */
public final class Strictness {
  private final Map<String, Map<String, Integer>> ranks;
  private final Set<String> bindingNoOne;

  private Strictness(Map<String, Map<String, Integer>> ranks, Set<String> bindingNoOne) {
    this.ranks = Map.copyOf(ranks);
    this.bindingNoOne = Set.copyOf(bindingNoOne);
  }

  /**
   * Returns strictness data.
   *
   * @param scales for each area on a scale, its levels from the least to the most restrictive for
   *     employees, each level the ids of its options
   * @param bindingNoOne the ids of the areas whose options bind no employee
   * @return the data
   * @throws IllegalArgumentException if an area is both on a scale and binds no one, a scale has no
   *     level or an empty one, or an option appears twice on a scale
   */
  public static Strictness of(Map<String, List<Set<String>>> scales, Set<String> bindingNoOne) {
    Map<String, Map<String, Integer>> ranks = new HashMap<>();
    scales.forEach(
        (area, levels) -> {
          if (bindingNoOne.contains(area)) {
            throw new IllegalArgumentException(
                "area '" + area + "' is both on a scale and binds no one");
          }
          if (levels.isEmpty() || levels.stream().anyMatch(Set::isEmpty)) {
            throw new IllegalArgumentException("the scale of '" + area + "' has an empty level");
          }
          Map<String, Integer> byOption = new HashMap<>();
          for (int rank = 0; rank < levels.size(); rank++) {
            for (String option : levels.get(rank)) {
              if (byOption.put(option, rank) != null) {
                throw new IllegalArgumentException(
                    "the scale of '" + area + "' names '" + option + "' twice");
              }
            }
          }
          ranks.put(area, byOption);
        });
    return new Strictness(ranks, new HashSet<>(bindingNoOne));
  }

  /**
   * Returns an option's level on its area's scale.
   *
   * @param area an area id
   * @param option an option id
   * @return 0 for the least restrictive level and higher for stricter ones; empty if the area is
   *     not on a scale or the scale does not name the option
   */
  public OptionalInt rank(String area, String option) {
    @Nullable Integer rank = ranks.getOrDefault(area, Map.of()).get(option);
    return rank == null ? OptionalInt.empty() : OptionalInt.of(rank);
  }

  /**
   * Tells whether an area's options bind no employee.
   *
   * @param area an area id
   * @return true if the data says so
   */
  public boolean bindsNoOne(String area) {
    return bindingNoOne.contains(area);
  }

  /**
   * Tells whether this data places every option of an area: the area binds no one, or its scale
   * names each of its options.
   *
   * @param area an area of a catalogue
   * @return true if every option is placed
   */
  public boolean places(Area area) {
    return bindsNoOne(area.id())
        || area.options().stream().allMatch(option -> rank(area.id(), option.id()).isPresent());
  }

  /**
   * Returns the options a scale names that an area does not offer.
   *
   * @param area an area of a catalogue
   * @return the unknown option ids; empty if the area is not on a scale
   */
  public Set<String> unknownOptions(Area area) {
    Set<String> unknown = new HashSet<>(ranks.getOrDefault(area.id(), Map.of()).keySet());
    area.options().forEach(option -> unknown.remove(option.id()));
    return Set.copyOf(unknown);
  }

  /**
   * Returns the ids of the areas this data places.
   *
   * @return the areas on a scale and those that bind no one
   */
  public Set<String> areas() {
    Set<String> areas = new HashSet<>(ranks.keySet());
    areas.addAll(bindingNoOne);
    return Set.copyOf(areas);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Strictness that
        && ranks.equals(that.ranks)
        && bindingNoOne.equals(that.bindingNoOne);
  }

  @Override
  public int hashCode() {
    return ranks.hashCode() * 31 + bindingNoOne.hashCode();
  }

  @Override
  public String toString() {
    return "Strictness{scales=" + ranks.keySet().size() + ", bindingNoOne=" + bindingNoOne + "}";
  }
}
