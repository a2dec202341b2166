package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Identified;
import java.util.Optional;

/**
 * People who work for the organisation without being its employees, whom the {@code
 * people-in-scope} area can bring within the guidelines beside the employees (issue 12; Intel's
 * guidelines, for one, apply to employees and contractors).
 */
public enum OtherWorker implements Identified {
  /** Contractors and freelancers engaged by the organisation. */
  CONTRACTORS("contractors"),
  /** Consultants working on the organisation's assignments. */
  CONSULTANTS("consultants"),
  /** Temporary staff, such as agency workers. */
  TEMPORARY_STAFF("temporary-staff"),
  /** Trainees, interns and apprentices. */
  TRAINEES("trainees");

  private final String id;

  OtherWorker(String id) {
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
  public static Optional<OtherWorker> fromId(String id) {
    return Identified.find(values(), id);
  }
}
