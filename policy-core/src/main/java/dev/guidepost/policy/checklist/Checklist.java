package dev.guidepost.policy.checklist;

import dev.guidepost.policy.internal.Ids;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Policy;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A checklist of points a policy should settle, from a published article on social-media policy.
 *
 * <p>The standard checklists are {@link #SEVEN_AREAS} (S. Stærk, "Tip til firmapolitik på sociale
 * medier"), {@link #EIGHT_CONSIDERATIONS} ("8 vigtige overvejelser til de sociale medier") and
 * {@link #PRACTICAL_TIPS} ("Drie tips voor social mediarichtlijnen"). Immutable and thread-safe.
 *
 * <pre>{@code
 * Coverage coverage = Checklist.SEVEN_AREAS.coverage(policy);
 * String text = coverage.message().format(Language.DANISH);
 * }</pre>
 */
@Value.Immutable
public abstract class Checklist {
  /** The seven areas of S. Stærk's "Tip til firmapolitik på sociale medier". */
  public static final Checklist SEVEN_AREAS =
      of(
          "seven-areas",
          ChecklistItem.of("working-hours"),
          ChecklistItem.of("connections"),
          ChecklistItem.of("privacy-settings"),
          ChecklistItem.of("confidentiality"),
          ChecklistItem.of("transparency"),
          ChecklistItem.of("criticism"),
          ChecklistItem.of("tone"));

  /** The eight considerations of "8 vigtige overvejelser til de sociale medier". */
  public static final Checklist EIGHT_CONSIDERATIONS =
      of(
          "eight-considerations",
          ChecklistItem.of("purpose"),
          ChecklistItem.of("account-ownership"),
          ChecklistItem.of("official-page"),
          ChecklistItem.of("access-management"),
          ChecklistItem.of("spokespersons", "transparency"),
          ChecklistItem.of("competitors"),
          ChecklistItem.of("advocacy"),
          ChecklistItem.of("working-hours"));

  /** The practical tips of "Drie tips voor social mediarichtlijnen". */
  public static final Checklist PRACTICAL_TIPS =
      of(
          "practical-tips",
          ChecklistItem.of("working-hours"),
          ChecklistItem.of("governance"),
          ChecklistItem.of("consultation"));

  private static final List<Checklist> STANDARD =
      List.of(SEVEN_AREAS, EIGHT_CONSIDERATIONS, PRACTICAL_TIPS);

  Checklist() {}

  /**
   * Returns the checklist's id.
   *
   * @return a kebab-case id such as {@code seven-areas}
   */
  public abstract String id();

  /**
   * Returns the items, in the article's order.
   *
   * @return at least one item
   */
  public abstract List<ChecklistItem> items();

  /**
   * Returns the checklist's title: the label {@code checklist.<id>.title}, falling back to the id
   * for a checklist of one's own without texts.
   *
   * @return the title
   */
  public Message title() {
    return Message.label("checklist." + id() + ".title", id());
  }

  /**
   * Reports which items a policy addresses and which it misses.
   *
   * @param policy a policy
   * @return the coverage
   */
  public Coverage coverage(Policy policy) {
    return new Coverage(this, policy);
  }

  /**
   * Returns a checklist.
   *
   * @param id its kebab-case id
   * @param items its items, in order
   * @return the checklist
   */
  public static Checklist of(String id, ChecklistItem... items) {
    return ImmutableChecklist.builder().id(id).addItems(items).build();
  }

  /**
   * Returns the three standard checklists.
   *
   * @return an immutable list: seven areas, eight considerations, practical tips
   */
  public static List<Checklist> standard() {
    return STANDARD;
  }

  /**
   * Returns a standard checklist by id.
   *
   * @param id {@code seven-areas}, {@code eight-considerations} or {@code practical-tips}
   * @return the checklist, or empty
   */
  public static Optional<Checklist> fromId(String id) {
    return STANDARD.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    Ids.requireKebabCase("a checklist id", id());
    if (items().isEmpty()) {
      throw new IllegalArgumentException("checklist '" + id() + "' has no item");
    }
  }
}
