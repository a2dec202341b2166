package dev.guidepost.bench.scale;

/**
 * The fact Drools matches: one area of a policy and the option it is decided as. A plain class with
 * getters, the shape Drools' rule language reads.
 */
public final class Chosen {
  private final String area;
  private final String option;

  /**
   * Creates the fact.
   *
   * @param area the area's id
   * @param option the option's id
   */
  public Chosen(String area, String option) {
    this.area = area;
    this.option = option;
  }

  /**
   * Returns the area's id.
   *
   * @return the id
   */
  public String getArea() {
    return area;
  }

  /**
   * Returns the option's id.
   *
   * @return the id
   */
  public String getOption() {
    return option;
  }
}
