package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Identified;
import java.util.Optional;

/** Company content that employees are encouraged to share ({@code 004} 7). */
public enum Shareable implements Identified {
  /** Company news. */
  NEWS("news"),
  /** Job postings. */
  JOB_POSTINGS("job-postings"),
  /** Reports and publications. */
  REPORTS("reports"),
  /** Product launches. */
  PRODUCT_LAUNCHES("product-launches"),
  /** Events. */
  EVENTS("events"),
  /** Professional expertise and know-how. */
  EXPERTISE("expertise");

  private final String id;

  Shareable(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the value with this id.
   *
   * @param id a kebab-case id
   * @return the value, or empty if none has this id
   */
  public static Optional<Shareable> fromId(String id) {
    return Identified.find(values(), id);
  }
}
