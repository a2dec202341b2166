package dev.guidepost.policy.json;

import dev.guidepost.policy.catalogue.Catalogue;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Clause;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Revision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@link Policy} to a JSON generator in a fixed order: the fields as the JSON form lists
 * them, decisions in catalogue order, parameters in declared order.
 */
final class PolicyWriter {
  private final Catalogue catalogue;

  PolicyWriter(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  void write(Policy policy, JsonGenerator out) {
    out.writeStartObject();
    out.writeNumberProperty("guidepost", FormatVersion.needed(policy));
    out.writeName("organisation");
    organisation(policy.organisation(), out);
    policy.version().ifPresent(version -> out.writeStringProperty("version", version));
    policy
        .effectiveFrom()
        .ifPresent(date -> out.writeStringProperty("effectiveFrom", date.toString()));
    policy.owner().ifPresent(owner -> out.writeStringProperty("owner", owner));
    out.writeArrayPropertyStart("languages");
    policy.languages().forEach(language -> out.writeString(language.code()));
    out.writeEndArray();
    out.writeStringProperty("authoritativeLanguage", policy.authoritativeLanguage().code());
    out.writeObjectPropertyStart("decisions");
    for (Decision decision : inCatalogueOrder(policy)) {
      out.writeName(decision.area());
      decision(decision, out);
    }
    out.writeEndObject();
    if (!policy.customClauses().isEmpty()) {
      out.writeArrayPropertyStart("customClauses");
      policy.customClauses().forEach(clause -> clause(clause, out));
      out.writeEndArray();
    }
    if (!policy.history().isEmpty()) {
      out.writeArrayPropertyStart("history");
      policy.history().forEach(revision -> revision(revision, out));
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private List<Decision> inCatalogueOrder(Policy policy) {
    List<Decision> ordered = new ArrayList<>();
    for (Area area : catalogue.areas()) {
      policy.decision(area.id()).ifPresent(ordered::add);
    }
    for (Decision decision : policy.decisions().values()) {
      if (catalogue.area(decision.area()).isEmpty()) {
        ordered.add(decision);
      }
    }
    return ordered;
  }

  private static void organisation(Organisation organisation, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("name", organisation.name());
    out.writeStringProperty("country", organisation.country().code());
    if (!organisation.otherCountries().isEmpty()) {
      out.writeArrayPropertyStart("otherCountries");
      organisation.otherCountries().forEach(country -> out.writeString(country.code()));
      out.writeEndArray();
    }
    out.writeStringProperty("sector", organisation.sector().id());
    out.writeStringProperty("employeeRepresentation", organisation.employeeRepresentation().id());
    organisation
        .employees()
        .ifPresent(employees -> out.writeNumberProperty("employees", employees));
    out.writeEndObject();
  }

  private static void decision(Decision decision, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("option", decision.option().id());
    for (Parameter parameter : decision.option().parameters()) {
      decision.value(parameter.name()).ifPresent(value -> writeValue(out, parameter.name(), value));
    }
    decision
        .binds()
        .ifPresent(audience -> out.writeStringProperty(PolicyReader.BINDS, audience.id()));
    out.writeEndObject();
  }

  private static void writeValue(JsonGenerator out, String name, ParameterValue value) {
    switch (value.kind()) {
      case INTEGER -> out.writeNumberProperty(name, value.asInteger());
      case BOOLEAN -> out.writeBooleanProperty(name, value.asBoolean());
      case DATE -> out.writeStringProperty(name, value.asDate().toString());
      case TEXT, CHOICE -> out.writeStringProperty(name, value.asText());
      case CHOICES, TEXTS -> {
        out.writeArrayPropertyStart(name);
        value.asList().forEach(out::writeString);
        out.writeEndArray();
      }
    }
  }

  private static void clause(Clause clause, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("area", clause.area());
    texts("text", clause.text(), out);
    out.writeEndObject();
  }

  private static void revision(Revision revision, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("version", revision.version());
    out.writeStringProperty("effectiveFrom", revision.effectiveFrom().toString());
    revision.announced().ifPresent(day -> out.writeStringProperty("announced", day.toString()));
    texts("summary", revision.summary(), out);
    out.writeEndObject();
  }

  private static void texts(String name, Map<Language, String> texts, JsonGenerator out) {
    out.writeObjectPropertyStart(name);
    texts.forEach((language, text) -> out.writeStringProperty(language.code(), text));
    out.writeEndObject();
  }
}
