package dev.guidepost.policy.check;

import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The findings of one check of a policy, sorted by severity (errors first), then rule id, then
 * first area.
 *
 * <p>Immutable and thread-safe; equal policies checked by equal checkers give equal reports.
 */
public final class Report {
  private final List<Finding> findings;
  private final MessageBundle messages;

  Report(List<Finding> findings, MessageBundle messages) {
    this.messages = messages;
    List<Sortable> sortable = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      sortable.add(new Sortable(finding));
    }
    sortable.sort(null);
    List<Finding> sorted = new ArrayList<>(sortable.size());
    for (Sortable s : sortable) {
      sorted.add(s.finding);
    }
    this.findings = Collections.unmodifiableList(sorted);
  }

  /** A finding with its sort keys made once, not at every comparison. */
  private static final class Sortable implements Comparable<Sortable> {
    private final Finding finding;
    private final String areas;
    private final String facts;

    Sortable(Finding finding) {
      this.finding = finding;
      this.areas = String.join(",", finding.areas());
      this.facts = finding.facts().toString();
    }

    @Override
    public int compareTo(Sortable other) {
      int order = finding.severity().compareTo(other.finding.severity());
      if (order == 0) {
        order = finding.rule().compareTo(other.finding.rule());
      }
      if (order == 0) {
        order = areas.compareTo(other.areas);
      }
      return order != 0 ? order : facts.compareTo(other.facts);
    }
  }

  /**
   * Returns every finding, in order.
   *
   * @return an immutable list
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Tells whether any finding is an error, so the policy cannot be validated.
   *
   * @return true if there is an error
   */
  public boolean hasErrors() {
    return !errors().isEmpty();
  }

  /**
   * Returns the error findings.
   *
   * @return an immutable list, in order
   */
  public List<Finding> errors() {
    return withSeverity(Severity.ERROR);
  }

  /**
   * Returns the warning findings.
   *
   * @return an immutable list, in order
   */
  public List<Finding> warnings() {
    return withSeverity(Severity.WARNING);
  }

  /**
   * Returns the info findings.
   *
   * @return an immutable list, in order
   */
  public List<Finding> infos() {
    return withSeverity(Severity.INFO);
  }

  /**
   * Returns the texts of the checker that made this report, to write out its facts and suggestions
   * about areas of one's own; see {@link Checker#messages()}.
   *
   * @return the bundle
   */
  public MessageBundle messages() {
    return messages;
  }

  /**
   * Returns the findings that involve an area.
   *
   * @param area an area id
   * @return an immutable list, in order
   */
  public List<Finding> findingsFor(String area) {
    return findings.stream().filter(f -> f.areas().contains(area)).toList();
  }

  /**
   * Returns the findings of one rule.
   *
   * @param rule a rule id
   * @return an immutable list, in order
   */
  public List<Finding> findingsOf(String rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).toList();
  }

  /**
   * Describes the findings in a language, one per line: severity, rule id and message.
   *
   * @param language the language
   * @return the description; empty if there are no findings
   */
  public String describe(Language language) {
    return findings.stream()
        .map(
            f ->
                messages.format(f.severity().label(), language)
                    + " ["
                    + f.rule()
                    + "] "
                    + messages.format(f.message(), language))
        .collect(Collectors.joining("\n"));
  }

  private List<Finding> withSeverity(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Report that && that.findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  @Override
  public String toString() {
    return findings.toString();
  }
}
