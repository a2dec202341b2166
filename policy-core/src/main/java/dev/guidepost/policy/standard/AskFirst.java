package dev.guidepost.policy.standard;

import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Identified;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import java.util.List;

/**
 * Whom employees ask before they post about what, and whether asking is advice or a required
 * approval (issue 12). The two options are kept apart because a rule may treat them differently: a
 * required approval of posts restricts what employees say, advice does not.
 *
 * <p>The typed handles of the standard {@code ask-first} area: its options as constants and its
 * decisions as factories.
 */
public final class AskFirst {
  /** The area id, {@value}. */
  public static final String ID = "ask-first";

  /** The name of the {@code contacts} parameter: whom to ask. */
  public static final String CONTACTS = "contacts";

  /** The name of the {@code subjects} parameter: what to ask about. */
  public static final String SUBJECTS = "subjects";

  /**
   * {@code advice}: If in doubt, employees may ask the contacts listed for advice before they post
   * about the subjects listed; the decision to post stays theirs.
   */
  public static final Option ADVICE = Option.of(ID, "advice", contacts(), subjects());

  /**
   * {@code approval-required}: Employees get approval from the contacts listed before they post
   * about the subjects listed.
   */
  public static final Option APPROVAL_REQUIRED =
      Option.of(ID, "approval-required", contacts(), subjects());

  /** {@code not-addressed}: The policy does not ask employees to check with anyone first. */
  public static final Option NOT_ADDRESSED = Option.of(ID, "not-addressed");

  /** The area with its options, in their defined order. */
  public static final Area AREA = Area.of(ID, ADVICE, APPROVAL_REQUIRED, NOT_ADDRESSED);

  private AskFirst() {}

  /**
   * Returns the decision {@code ask-first = advice}.
   *
   * @param contacts whom employees may ask, each at most once, in the order the text names them
   * @param subjects what they may ask about, each at most once, in the order the text names them
   * @return the decision
   */
  public static Decision advice(List<Contact> contacts, List<Subject> subjects) {
    return decision(ADVICE, contacts, subjects);
  }

  /**
   * Returns the decision {@code ask-first = approval-required}.
   *
   * @param contacts whose approval employees need, each at most once, in the order the text names
   *     them
   * @param subjects the subjects whose posts need approval, each at most once, in the order the
   *     text names them
   * @return the decision
   */
  public static Decision approvalRequired(List<Contact> contacts, List<Subject> subjects) {
    return decision(APPROVAL_REQUIRED, contacts, subjects);
  }

  /**
   * Returns the decision {@code ask-first = not-addressed}.
   *
   * @return the decision
   */
  public static Decision notAddressed() {
    return Decision.of(NOT_ADDRESSED);
  }

  private static Parameter contacts() {
    return Parameter.choices(CONTACTS, Handles.ids(Contact.values()), true)
        .withVocabulary("contact");
  }

  private static Parameter subjects() {
    return Parameter.choices(SUBJECTS, Handles.ids(Subject.values()), true)
        .withVocabulary("subject")
        .withAlternatives();
  }

  private static Decision decision(Option option, List<Contact> contacts, List<Subject> subjects) {
    return Decision.of(option)
        .withValue(CONTACTS, Handles.choices(contacts.toArray(new Identified[0])))
        .withValue(SUBJECTS, Handles.choices(subjects.toArray(new Identified[0])));
  }
}
