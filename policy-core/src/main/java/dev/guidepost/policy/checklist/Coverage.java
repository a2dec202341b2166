package dev.guidepost.policy.checklist;

import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Policy;
import java.util.List;

/**
 * How far a policy covers a checklist: the items it addresses and the ones it misses, in the
 * checklist's order. Immutable and thread-safe.
 */
public final class Coverage {
  private final Checklist checklist;
  private final List<ChecklistItem> addressed;
  private final List<ChecklistItem> missing;

  Coverage(Checklist checklist, Policy policy) {
    this.checklist = checklist;
    this.addressed = checklist.items().stream().filter(i -> i.isAddressedBy(policy)).toList();
    this.missing = checklist.items().stream().filter(i -> !i.isAddressedBy(policy)).toList();
  }

  /**
   * Returns the checklist.
   *
   * @return the checklist
   */
  public Checklist checklist() {
    return checklist;
  }

  /**
   * Returns the items the policy addresses.
   *
   * @return an immutable list, in the checklist's order
   */
  public List<ChecklistItem> addressed() {
    return addressed;
  }

  /**
   * Returns the items the policy misses.
   *
   * @return an immutable list, in the checklist's order
   */
  public List<ChecklistItem> missing() {
    return missing;
  }

  /**
   * Tells whether every item is addressed.
   *
   * @return true if nothing is missing
   */
  public boolean isComplete() {
    return missing.isEmpty();
  }

  /**
   * Summarises the coverage, such as "The seven areas every policy should settle: 6 of 7 addressed;
   * missing: Tone".
   *
   * @return the message
   */
  public Message message() {
    Message counts =
        Message.of("checklist.coverage", "checklist", checklist.title())
            .with("addressed", Message.literal(String.valueOf(addressed.size())))
            .with("total", Message.literal(String.valueOf(checklist.items().size())));
    if (missing.isEmpty()) {
      return Message.of("checklist.coverage.complete", "coverage", counts);
    }
    Message list = missing.get(0).label();
    for (ChecklistItem item : missing.subList(1, missing.size())) {
      list = Message.of("checklist.list", "first", list).with("next", item.label());
    }
    return Message.of("checklist.coverage.missing", "coverage", counts).with("missing", list);
  }
}
