package dev.guidepost.policy.condition;

import dev.guidepost.policy.check.Fact;
import dev.guidepost.policy.model.Audience;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Builds {@link Condition conditions}. Every condition is immutable and reports as facts the state
 * of what it reads.
 *
 * <pre>{@code
 * Condition c = all(is(Advocacy.ENCOURAGED), is(WorkingHours.PROHIBITED));
 * }</pre>
 */
public final class Conditions {
  private Conditions() {}

  /**
   * Holds when an area is decided as one of some options.
   *
   * @param options options of one area
   * @return the condition
   */
  public static Condition is(Option... options) {
    if (options.length == 0) {
      throw new IllegalArgumentException("name at least one option");
    }
    String area = options[0].area();
    List<String> ids = Arrays.stream(options).map(Option::id).distinct().toList();
    if (Arrays.stream(options).anyMatch(o -> !o.area().equals(area))) {
      throw new IllegalArgumentException("the options must be of one area: " + List.of(options));
    }
    return new Is(area, ids);
  }

  /**
   * Holds when an area is not addressed.
   *
   * @param area an area id
   * @return the condition
   */
  public static Condition missing(String area) {
    return new Is(area, List.of());
  }

  /**
   * Holds when an area is decided as an option whose integer parameter lies outside a range.
   *
   * @param option the option
   * @param parameter the parameter's name
   * @param minimum the smallest value that does not hold
   * @param maximum the largest value that does not hold
   * @return the condition
   */
  public static Condition outside(Option option, String parameter, long minimum, long maximum) {
    return parameter(
        option,
        parameter,
        v -> v.asInteger() < minimum || v.asInteger() > maximum,
        parameter + " outside " + minimum + ".." + maximum);
  }

  /**
   * Holds when an area is decided as an option whose choice parameter is a value.
   *
   * @param option the option
   * @param parameter the parameter's name
   * @param id the value
   * @return the condition
   */
  public static Condition choiceIs(Option option, String parameter, String id) {
    return parameter(option, parameter, v -> v.asText().equals(id), parameter + " = " + id);
  }

  /**
   * Holds when an area is decided as an option whose list parameter contains a value.
   *
   * @param option the option
   * @param parameter the parameter's name
   * @param id the value
   * @return the condition
   */
  public static Condition contains(Option option, String parameter, String id) {
    return parameter(
        option, parameter, v -> v.asList().contains(id), parameter + " contains " + id);
  }

  /**
   * Holds when an area is decided as an option whose list parameter is missing or empty.
   *
   * @param option the option
   * @param parameter the parameter's name
   * @return the condition
   */
  public static Condition emptyList(Option option, String parameter) {
    return parameterOrMissing(option, parameter, v -> v.asList().isEmpty(), parameter + " empty");
  }

  /**
   * Holds when an area is decided as an option whose boolean parameter is missing or false.
   *
   * @param option the option
   * @param parameter the parameter's name
   * @return the condition
   */
  public static Condition notTrue(Option option, String parameter) {
    return parameterOrMissing(option, parameter, v -> !v.asBoolean(), parameter + " not true");
  }

  /**
   * Holds when an area is decided and its decision binds only one of some audiences, not everyone:
   * {@code not(boundTo(Accuracy.ID, Audience.SPOKESPERSONS))} holds for a rule that reaches
   * employees' own posts, and for an area not addressed.
   *
   * @param area an area id
   * @param audiences the audiences
   * @return the condition
   */
  public static Condition boundTo(String area, Audience... audiences) {
    List<Audience> list = List.of(audiences);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("name at least one audience");
    }
    return new Leaf(
        area + " binds one of " + list,
        policy -> policy.decision(area).flatMap(Decision::binds).map(list::contains).orElse(false),
        policy -> {
          List<Fact> facts = new ArrayList<>();
          facts.add(Fact.state(policy, area));
          policy
              .decision(area)
              .ifPresent(
                  d ->
                      facts.add(
                          Fact.parameter(
                              area, "binds", d.binds().map(Audience::id).orElse("everyone"))));
          return facts;
        },
        List.of(area));
  }

  /**
   * Holds when the organisation is in one of some countries.
   *
   * @param countries the countries
   * @return the condition
   */
  public static Condition country(Country... countries) {
    List<Country> list = List.of(countries);
    return new Leaf(
        "country in " + list,
        policy -> list.contains(policy.organisation().country()),
        policy ->
            List.of(Fact.of(Fact.Kind.COUNTRY, "country", policy.organisation().country().code())),
        List.of());
  }

  /**
   * Holds when the organisation is in one of some sectors.
   *
   * @param sectors the sectors
   * @return the condition
   */
  public static Condition sector(Sector... sectors) {
    List<Sector> list = List.of(sectors);
    return new Leaf(
        "sector in " + list,
        policy -> list.contains(policy.organisation().sector()),
        policy -> List.of(Fact.of(Fact.Kind.SECTOR, "sector", policy.organisation().sector().id())),
        List.of());
  }

  /**
   * Holds when the organisation's employees are represented in one of some ways.
   *
   * @param representations the forms of representation
   * @return the condition
   */
  public static Condition representation(EmployeeRepresentation... representations) {
    List<EmployeeRepresentation> list = List.of(representations);
    return new Leaf(
        "employee-representation in " + list,
        policy -> list.contains(policy.organisation().employeeRepresentation()),
        policy ->
            List.of(
                Fact.of(
                    Fact.Kind.EMPLOYEE_REPRESENTATION,
                    "employee-representation",
                    policy.organisation().employeeRepresentation().id())),
        List.of());
  }

  /**
   * Holds when every part holds.
   *
   * @param parts the parts
   * @return the condition
   */
  public static Condition all(Condition... parts) {
    return new Combined(Combined.Operator.ALL, List.of(parts));
  }

  /**
   * Holds when at least one part holds.
   *
   * @param parts the parts
   * @return the condition
   */
  public static Condition any(Condition... parts) {
    return new Combined(Combined.Operator.ANY, List.of(parts));
  }

  /**
   * Holds when the part does not.
   *
   * @param part the part
   * @return the condition
   */
  public static Condition not(Condition part) {
    return new Combined(Combined.Operator.NOT, List.of(part));
  }

  private static Condition parameter(
      Option option, String parameter, Predicate<ParameterValue> test, String description) {
    return new Leaf(
        option + " with " + description,
        policy -> value(policy, option, parameter).map(test::test).orElse(false),
        policy -> parameterFacts(policy, option, parameter),
        List.of(option.area()));
  }

  private static Condition parameterOrMissing(
      Option option, String parameter, Predicate<ParameterValue> test, String description) {
    return new Leaf(
        option + " with " + description,
        policy ->
            decided(policy, option).isPresent()
                && value(policy, option, parameter).map(test::test).orElse(true),
        policy -> parameterFacts(policy, option, parameter),
        List.of(option.area()));
  }

  private static Optional<Decision> decided(Policy policy, Option option) {
    return policy.decision(option.area()).filter(d -> d.option().id().equals(option.id()));
  }

  private static Optional<ParameterValue> value(Policy policy, Option option, String parameter) {
    return decided(policy, option).flatMap(d -> d.value(parameter));
  }

  private static List<Fact> parameterFacts(Policy policy, Option option, String parameter) {
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.state(policy, option.area()));
    decided(policy, option)
        .ifPresent(
            d -> {
              Optional<ParameterValue> value = d.value(parameter);
              Optional<Parameter> declared = option.parameter(parameter);
              facts.add(
                  value.isPresent() && declared.isPresent()
                      ? Fact.parameter(option.area(), declared.get(), value.get())
                      : Fact.parameter(
                          option.area(),
                          parameter,
                          value.map(ParameterValue::toString).orElse(Fact.MISSING)));
            });
    return facts;
  }
}
