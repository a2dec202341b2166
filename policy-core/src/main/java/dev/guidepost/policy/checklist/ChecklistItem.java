package dev.guidepost.policy.checklist;

import dev.guidepost.policy.message.Labels;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Policy;
import java.util.List;
import org.immutables.value.Value;

/**
 * One point of a checklist, met by deciding any of its areas; for example the item {@code
 * spokespersons/transparency} of {@code eight-considerations}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ChecklistItem {
  ChecklistItem() {}

  /**
   * Returns the areas that meet the item.
   *
   * @return at least one area id
   */
  public abstract List<String> areas();

  /**
   * Returns the item's id: its area ids joined by {@code /}.
   *
   * @return the id, such as {@code spokespersons/transparency}
   */
  public String id() {
    return String.join("/", areas());
  }

  /**
   * Tells whether a policy addresses the item, by deciding any of its areas.
   *
   * @param policy a policy
   * @return true if addressed
   */
  public boolean isAddressedBy(Policy policy) {
    return areas().stream().anyMatch(area -> policy.decision(area).isPresent());
  }

  /**
   * Returns the item's name: its areas' names joined by {@code " / "}.
   *
   * @return the message
   */
  public Message label() {
    Message label = Labels.area(areas().get(0));
    for (String area : areas().subList(1, areas().size())) {
      label = Message.of("checklist.item.either", "first", label).with("second", Labels.area(area));
    }
    return label;
  }

  /**
   * Returns an item.
   *
   * @param areas the areas that meet it
   * @return the item
   */
  public static ChecklistItem of(String... areas) {
    return ImmutableChecklistItem.builder().addAreas(areas).build();
  }

  @Value.Check
  void check() {
    if (areas().isEmpty()) {
      throw new IllegalArgumentException("a checklist item names at least one area");
    }
  }
}
