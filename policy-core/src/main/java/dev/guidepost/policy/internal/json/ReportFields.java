package dev.guidepost.policy.internal.json;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.check.Finding;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.Suggestion;
import dev.guidepost.policy.message.MessageBundle;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the parts of a report's JSON form to a generator, for {@link
 * dev.guidepost.policy.json.ReportJson} and for the command-line tool's JSON and SARIF output, so
 * that the form exists once.
 */
public final class ReportFields {
  private ReportFields() {}

  /**
   * Writes a report's {@code valid} and {@code findings} into the object being written.
   *
   * @param out the generator, inside an object
   * @param report the report
   * @param language the language of messages, advice, suggestions and sources
   */
  public static void report(JsonGenerator out, Report report, Language language) {
    out.writeBooleanProperty("valid", !report.hasErrors());
    findings(out, report.findings(), report.messages(), language);
  }

  /**
   * Writes findings as the array {@code "findings"}, each as {@link #report} describes.
   *
   * @param out the generator, inside an object
   * @param findings the findings, in order
   * @param messages the texts their messages are written with
   * @param language the language of messages, advice, suggestions and sources
   */
  public static void findings(
      JsonGenerator out, List<Finding> findings, MessageBundle messages, Language language) {
    out.writeArrayPropertyStart("findings");
    for (Finding finding : findings) {
      out.writeStartObject();
      out.writeStringProperty("rule", finding.rule());
      out.writeStringProperty("severity", finding.severity().id());
      strings(out, "areas", finding.areas());
      out.writeStringProperty("message", messages.format(finding.message(), language));
      finding
          .advice()
          .ifPresent(
              advice -> out.writeStringProperty("advice", messages.format(advice, language)));
      strings(out, "facts", facts(finding));
      strings(out, "suggestions", suggestions(finding, messages, language));
      out.writeName("sources");
      sources(out, finding.sources(), language);
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  /**
   * Writes a list of texts as a field.
   *
   * @param out the generator, inside an object
   * @param name the field's name
   * @param texts the texts, in order
   */
  public static void strings(JsonGenerator out, String name, List<String> texts) {
    out.writeArrayPropertyStart(name);
    texts.forEach(out::writeString);
    out.writeEndArray();
  }

  /**
   * Returns a finding's facts in their stable, language-neutral form, such as {@code advocacy =
   * encouraged}.
   *
   * @param finding the finding
   * @return the facts, in order
   */
  public static List<String> facts(Finding finding) {
    return finding.facts().stream().map(Fact::toString).toList();
  }

  /**
   * Returns a finding's verified fixes, each as its decisions in a language joined by {@code "; "}.
   *
   * @param finding the finding
   * @param messages the texts of the checker that made the finding
   * @param language the language
   * @return one text per fix, in order
   */
  public static List<String> suggestions(
      Finding finding, MessageBundle messages, Language language) {
    return finding.fixes().stream().map(fix -> describe(fix, messages, language)).toList();
  }

  private static String describe(Suggestion fix, MessageBundle messages, Language language) {
    return fix.messages().stream()
        .map(m -> messages.format(m, language))
        .collect(Collectors.joining("; "));
  }

  /**
   * Writes a rule's sources as an object: {@code text} as a reader of the language reads it, {@code
   * reviewed} (an ISO date, or absent), {@code underReview}, and {@code items} with each source's
   * {@code kind}, {@code jurisdiction}, {@code citation}, {@code pinpoint}, {@code date}, {@code
   * link}, {@code status} and {@code readIn}; a field without a value is absent.
   *
   * @param out the generator, where a value goes
   * @param sources the sources
   * @param language the language of the text
   */
  public static void sources(JsonGenerator out, Sources sources, Language language) {
    out.writeStartObject();
    out.writeStringProperty("text", sources.message().format(language));
    sources.reviewed().ifPresent(day -> out.writeStringProperty("reviewed", day.toString()));
    out.writeBooleanProperty("underReview", sources.underReview());
    out.writeArrayPropertyStart("items");
    for (Source source : sources.all()) {
      out.writeStartObject();
      out.writeStringProperty("kind", source.kind().id());
      source.jurisdiction().ifPresent(j -> out.writeStringProperty("jurisdiction", j.code()));
      if (!source.citation().isEmpty()) {
        out.writeStringProperty("citation", source.citation());
      }
      if (!source.pinpoint().isEmpty()) {
        out.writeStringProperty("pinpoint", source.pinpoint());
      }
      source.date().ifPresent(day -> out.writeStringProperty("date", day.toString()));
      source.link().ifPresent(link -> out.writeStringProperty("link", link.toString()));
      out.writeStringProperty("status", source.status().id());
      source.readIn().ifPresent(secondary -> out.writeStringProperty("readIn", secondary));
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }
}
