package dev.guidepost.policy.condition;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.FindingSink;
import dev.guidepost.policy.check.Reads;
import dev.guidepost.policy.check.Rule;
import dev.guidepost.policy.check.RuleContext;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.internal.Ids;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A rule written as data: a {@link Condition}, a severity (which may depend on further conditions,
 * for jurisdiction rules), its sources and suggested decisions.
 *
 * <p>When the condition holds, the rule reports one finding whose facts are the condition's facts
 * and whose areas are the areas among them. Its texts come from the checker's {@linkplain
 * dev.guidepost.policy.check.Checker#messages() message bundle}, where a rule of one's own brings
 * them with {@link dev.guidepost.policy.check.Checker.Builder#messages}: {@code rule.<id>.summary},
 * {@code rule.<id>.message} and, if it gives advice, {@code rule.<id>.advice}, each with an
 * optional variant for the organisation's country ({@code rule.<id>.message.NL}) and, more specific
 * still, for its country and employee representation ({@code rule.<id>.message.NL.none}); every
 * text may use the placeholder {@code {country}}. A rule whose finding means something different in
 * some policies names a case with {@link Builder#messageWhen}: where its condition holds, the texts
 * of that case ({@code rule.<id>.message.<case>}, with the same country variants, {@code
 * rule.<id>.message.<case>.NL}) are preferred, each falling back to the rule's own. Effectively
 * immutable (it remembers the texts it chose last) and thread-safe.
 *
 * <pre>{@code
 * Rule rule = DeclarativeRule.builder("no-obligation-to-connect")
 *     .severity(Severity.WARNING)
 *     .source("practice: connecting with colleagues is voluntary")
 *     .when(is(Connections.EXPECTED_TO_CONNECT))
 *     .suggest(Connections.freeToDecline())
 *     .build();
 * }</pre>
 */
public final class DeclarativeRule implements Rule {
  private final String id;
  private final Severity severity;
  private final Map<Condition, Severity> severityWhen;
  private final Map<Condition, String> messageWhen;
  private final Sources sources;
  private final Condition when;
  private final List<Function<Policy, List<Decision>>> suggestions;

  /**
   * The texts of the organisation last checked: most checkers see one country and representation
   * again and again.
   */
  private volatile @Nullable Texts lastTexts;

  private DeclarativeRule(Builder builder) {
    this.id = builder.id;
    this.severity = Objects.requireNonNull(builder.severity, "severity");
    this.severityWhen =
        builder.severityWhen.isEmpty() ? Map.of() : new LinkedHashMap<>(builder.severityWhen);
    this.messageWhen =
        builder.messageWhen.isEmpty() ? Map.of() : new LinkedHashMap<>(builder.messageWhen);
    this.sources = Objects.requireNonNull(builder.sources, "source");
    this.when = Objects.requireNonNull(builder.when, "when");
    this.suggestions = List.copyOf(builder.suggestions);
  }

  /**
   * Starts a rule.
   *
   * @param id its kebab-case id
   * @return a builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public Severity severityFor(Policy policy) {
    for (Map.Entry<Condition, Severity> entry : severityWhen.entrySet()) {
      if (entry.getKey().test(policy)) {
        return entry.getValue();
      }
    }
    return severity;
  }

  /**
   * Returns the listed severity and those of {@link Builder#severityWhen}.
   *
   * @return the severities the findings can have
   */
  @Override
  public Set<Severity> severities() {
    Set<Severity> severities = EnumSet.of(severity);
    severities.addAll(severityWhen.values());
    return Set.copyOf(severities);
  }

  /**
   * Returns the areas that the condition and the severity and message conditions read.
   *
   * @return {@link Reads#areas} of those areas
   */
  @Override
  public Reads reads() {
    Set<String> areas = new LinkedHashSet<>(when.areas());
    severityWhen.keySet().forEach(condition -> areas.addAll(condition.areas()));
    messageWhen.keySet().forEach(condition -> areas.addAll(condition.areas()));
    return Reads.areas(areas);
  }

  @Override
  public Message summary() {
    return Message.of("rule." + id + ".summary");
  }

  @Override
  public Sources sources() {
    return sources;
  }

  /**
   * Returns the condition under which the rule fires.
   *
   * @return the condition
   */
  public Condition condition() {
    return when;
  }

  @Override
  public void check(Policy policy, RuleContext context, FindingSink sink) {
    if (!when.test(policy)) {
      return;
    }
    String country = policy.organisation().country().code();
    String representation = policy.organisation().employeeRepresentation().id();
    MessageBundle messages = context.messages();
    @Nullable Condition messageCase = null;
    String variant = "";
    for (Map.Entry<Condition, String> entry : messageWhen.entrySet()) {
      if (entry.getKey().test(policy)) {
        messageCase = entry.getKey();
        variant = entry.getValue();
        break;
      }
    }
    Texts texts = lastTexts;
    if (texts == null
        || !texts.messages().equals(messages)
        || !texts.country().equals(country)
        || !texts.representation().equals(representation)
        || !texts.variant().equals(variant)) {
      texts = texts(messages, country, representation, variant);
      lastTexts = texts;
    }
    FindingSink.Draft draft = sink.report(texts.message());
    Message advice = texts.advice();
    if (advice != null) {
      draft.advice(advice);
    }
    List<Fact> facts = new ArrayList<>(when.facts(policy));
    for (Condition condition : severityWhen.keySet()) {
      if (condition.test(policy)) {
        facts.addAll(condition.facts(policy));
        break;
      }
    }
    if (messageCase != null) {
      facts.addAll(messageCase.facts(policy));
    }
    for (Fact fact : facts) {
      draft.fact(fact);
      if (fact.kind() == Fact.Kind.DECISION
          || fact.kind() == Fact.Kind.NOT_ADDRESSED
          || fact.kind() == Fact.Kind.PARAMETER) {
        draft.area(fact.subject());
      }
    }
    for (Function<Policy, List<Decision>> suggestion : suggestions) {
      List<Decision> decisions = suggestion.apply(policy);
      if (!decisions.isEmpty()) {
        draft.suggest(decisions);
      }
    }
  }

  /**
   * The message and advice for an organisation, each the most specific variant there is: for its
   * country and employee representation, for its country, or the rule's own; each of the case named
   * by {@link Builder#messageWhen} first, if one holds and has such a text.
   */
  private Texts texts(
      MessageBundle messages, String country, String representation, String variant) {
    return new Texts(
        messages,
        country,
        representation,
        variant,
        text(messages, "message", country, representation, variant),
        messages.has("rule." + id + ".advice")
            ? text(messages, "advice", country, representation, variant)
            : null);
  }

  private Message text(
      MessageBundle messages, String part, String country, String representation, String variant) {
    String key = "rule." + id + "." + part;
    List<String> candidates = new ArrayList<>();
    for (String base : variant.isEmpty() ? List.of(key) : List.of(key + "." + variant, key)) {
      candidates.add(base + "." + country + "." + representation);
      candidates.add(base + "." + country);
      candidates.add(base);
    }
    String chosen = candidates.stream().filter(messages::has).findFirst().orElse(key);
    return namesCountry(messages, chosen)
        ? Message.of(chosen, "country", Message.literal(country))
        : Message.of(chosen);
  }

  /**
   * Whether a text has a {@code {country}} placeholder. Only then does the country go into the
   * message, so that a finding worded alike for several countries is one finding.
   */
  private static boolean namesCountry(MessageBundle messages, String key) {
    for (Language language : messages.languages()) {
      if (messages.keys(language).contains(key)
          && messages.placeholders(language, key).contains("country")) {
        return true;
      }
    }
    return false;
  }

  private record Texts(
      MessageBundle messages,
      String country,
      String representation,
      String variant,
      Message message,
      @Nullable Message advice) {}

  @Override
  public String toString() {
    return id + " when " + when;
  }

  /** Builds a {@link DeclarativeRule}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private @Nullable Severity severity;
    private final Map<Condition, Severity> severityWhen = new LinkedHashMap<>();
    private final Map<Condition, String> messageWhen = new LinkedHashMap<>();
    private @Nullable Sources sources;
    private @Nullable Condition when;
    private final List<Function<Policy, List<Decision>>> suggestions = new ArrayList<>();

    private Builder(String id) {
      this.id = Ids.requireKebabCase("a rule id", Objects.requireNonNull(id, "id"));
    }

    /**
     * Sets the severity: the listed one, and the one used where no {@link #severityWhen} holds.
     *
     * @param severity the severity
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /**
     * Gives the findings another severity for policies that meet a condition; the first condition
     * that holds wins.
     *
     * @param condition the condition, typically on the organisation's country
     * @param severity the severity then
     * @return this builder
     */
    public Builder severityWhen(Condition condition, Severity severity) {
      severityWhen.putIfAbsent(
          Objects.requireNonNull(condition, "condition"),
          Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Names a case whose findings have their own texts: where the condition holds, {@code
     * rule.<id>.message.<variant>} (and {@code rule.<id>.advice.<variant>}, if there is one) and
     * their country variants are preferred to the rule's own texts, and the condition's facts join
     * the finding's. The first condition that holds wins.
     *
     * @param condition the condition, typically on the decision the finding is about
     * @param variant the case's kebab-case name, the suffix of its texts' keys
     * @return this builder
     * @throws IllegalArgumentException if the name is not kebab-case
     */
    public Builder messageWhen(Condition condition, String variant) {
      messageWhen.putIfAbsent(
          Objects.requireNonNull(condition, "condition"),
          Ids.requireKebabCase("a message case", Objects.requireNonNull(variant, "variant")));
      return this;
    }

    /**
     * Sets the source the rule rests on to a text shown as written, such as a house rule; see
     * {@link Source#text(String)}.
     *
     * @param source the text
     * @return this builder
     * @throws IllegalArgumentException if the text is blank
     */
    public Builder source(String source) {
      return sources(Sources.of(Source.text(Objects.requireNonNull(source, "source"))));
    }

    /**
     * Sets what the rule rests on: laws, decisions, guidance or practice.
     *
     * @param sources the sources
     * @return this builder
     */
    public Builder sources(Sources sources) {
      this.sources = Objects.requireNonNull(sources, "sources");
      return this;
    }

    /**
     * Sets the condition under which the rule fires.
     *
     * @param condition the condition
     * @return this builder
     */
    public Builder when(Condition condition) {
      this.when = condition;
      return this;
    }

    /**
     * Adds a suggestion of fixed decisions.
     *
     * @param decisions decisions that together should clear the finding
     * @return this builder
     */
    public Builder suggest(Decision... decisions) {
      List<Decision> fixed = List.of(decisions);
      suggestions.add(policy -> fixed);
      return this;
    }

    /**
     * Adds a suggestion computed from the policy, such as keeping an option but changing one
     * parameter. An empty list suggests nothing.
     *
     * @param suggestion the decisions to suggest for a policy
     * @return this builder
     */
    public Builder suggest(Function<Policy, List<Decision>> suggestion) {
      suggestions.add(suggestion);
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     * @throws NullPointerException if the severity, sources or condition is missing
     */
    public DeclarativeRule build() {
      return new DeclarativeRule(this);
    }
  }
}
