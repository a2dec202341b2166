package dev.guidepost.cli;

import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A rule's sources as JSON, for the JSON report and the SARIF log: {@code text} as a reader of the
 * report's language reads it, {@code reviewed} (an ISO date, or absent), {@code underReview}, and
 * {@code items} with each source's {@code kind}, {@code jurisdiction}, {@code citation}, {@code
 * pinpoint}, {@code date}, {@code link}, {@code status} and {@code readIn}; absent fields have no
 * value.
 */
final class SourcesJson {
  private SourcesJson() {}

  static ObjectNode of(Sources sources, Language language) {
    ObjectNode node = FindingsJson.object();
    node.put("text", sources.message().format(language));
    sources.reviewed().ifPresent(day -> node.put("reviewed", day.toString()));
    node.put("underReview", sources.underReview());
    ArrayNode items = node.putArray("items");
    for (Source source : sources.all()) {
      ObjectNode item = items.addObject();
      item.put("kind", source.kind().id());
      source.jurisdiction().ifPresent(j -> item.put("jurisdiction", j.code()));
      if (!source.citation().isEmpty()) {
        item.put("citation", source.citation());
      }
      if (!source.pinpoint().isEmpty()) {
        item.put("pinpoint", source.pinpoint());
      }
      source.date().ifPresent(day -> item.put("date", day.toString()));
      source.link().ifPresent(link -> item.put("link", link.toString()));
      item.put("status", source.status().id());
      source.readIn().ifPresent(secondary -> item.put("readIn", secondary));
    }
    return node;
  }
}
