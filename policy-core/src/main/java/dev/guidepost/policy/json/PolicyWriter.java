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
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a {@link Policy} into a JSON tree in a fixed order: the fields as the JSON form lists them,
 * decisions in catalogue order, parameters in declared order.
 */
final class PolicyWriter {
  private final Catalogue catalogue;
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  PolicyWriter(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  ObjectNode write(Policy policy) {
    ObjectNode root = nodes.objectNode();
    root.put("guidepost", FormatVersion.needed(policy));
    root.set("organisation", organisation(policy.organisation()));
    policy.version().ifPresent(version -> root.put("version", version));
    policy.effectiveFrom().ifPresent(date -> root.put("effectiveFrom", date.toString()));
    policy.owner().ifPresent(owner -> root.put("owner", owner));
    ArrayNode languages = root.putArray("languages");
    policy.languages().forEach(language -> languages.add(language.code()));
    root.put("authoritativeLanguage", policy.authoritativeLanguage().code());
    ObjectNode decisions = root.putObject("decisions");
    for (Decision decision : inCatalogueOrder(policy)) {
      decisions.set(decision.area(), decision(decision));
    }
    if (!policy.customClauses().isEmpty()) {
      ArrayNode clauses = root.putArray("customClauses");
      policy.customClauses().forEach(clause -> clauses.add(clause(clause)));
    }
    return root;
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

  private ObjectNode organisation(Organisation organisation) {
    ObjectNode node = nodes.objectNode();
    node.put("name", organisation.name());
    node.put("country", organisation.country().code());
    if (!organisation.otherCountries().isEmpty()) {
      ArrayNode others = node.putArray("otherCountries");
      organisation.otherCountries().forEach(country -> others.add(country.code()));
    }
    node.put("sector", organisation.sector().id());
    node.put("employeeRepresentation", organisation.employeeRepresentation().id());
    organisation.employees().ifPresent(employees -> node.put("employees", employees));
    return node;
  }

  private ObjectNode decision(Decision decision) {
    ObjectNode node = nodes.objectNode();
    node.put("option", decision.option().id());
    for (Parameter parameter : decision.option().parameters()) {
      decision
          .value(parameter.name())
          .ifPresent(value -> writeValue(node, parameter.name(), value));
    }
    return node;
  }

  private static void writeValue(ObjectNode node, String name, ParameterValue value) {
    switch (value.kind()) {
      case INTEGER -> node.put(name, value.asInteger());
      case BOOLEAN -> node.put(name, value.asBoolean());
      case DATE -> node.put(name, value.asDate().toString());
      case TEXT, CHOICE -> node.put(name, value.asText());
      case CHOICES, TEXTS -> {
        ArrayNode array = node.putArray(name);
        value.asList().forEach(array::add);
      }
    }
  }

  private ObjectNode clause(Clause clause) {
    ObjectNode node = nodes.objectNode();
    node.put("area", clause.area());
    ObjectNode text = node.putObject("text");
    for (Language language : clause.text().keySet()) {
      text.put(language.code(), clause.text().get(language));
    }
    return node;
  }
}
