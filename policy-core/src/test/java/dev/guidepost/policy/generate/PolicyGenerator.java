package dev.guidepost.policy.generate;

import dev.guidepost.policy.catalogue.Catalogue;
import dev.guidepost.policy.model.Area;
import dev.guidepost.policy.model.Clause;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.standard.StandardCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Generates random policies that respect a catalogue: every area and option exists, every value is
 * of its parameter's kind and, for choices, among the allowed values. Integers sometimes lie
 * outside their range and parameters are sometimes left out, as the model allows; the rule engine
 * reports those. One organisation in five also works in other countries. Equal seeds give equal
 * policies.
 */
public final class PolicyGenerator {
  static final List<Country> COUNTRIES =
      List.of(
          Country.DK,
          Country.SE,
          Country.NO,
          Country.NL,
          Country.US,
          Country.GB,
          Country.DE,
          Country.of("FI"),
          Country.of("FR"),
          Country.of("IS"));

  private static final List<String> FRAGMENTS =
      List.of(
          "Acme A/S",
          "æøå",
          "ÆØÅ",
          "Zoë's naïve café",
          "\"quoted\"",
          "<script>alert('x')</script>",
          "Jane Doe, jane@acme.example",
          "100 % & more",
          "back\\slash",
          "line\nbreak",
          "tab\there",
          "Grüße aus Köln",
          "Smörgåsbord",
          "😀 emoji",
          "  padded  ",
          "FINRA Rule 2210");

  private final Random random;
  private final Catalogue catalogue;

  /**
   * Creates a generator over the standard catalogue.
   *
   * @param random the source of randomness
   */
  public PolicyGenerator(Random random) {
    this(random, StandardCatalogue.catalogue());
  }

  /**
   * Creates a generator over a catalogue.
   *
   * @param random the source of randomness
   * @param catalogue the catalogue whose areas and options the policies use
   */
  public PolicyGenerator(Random random, Catalogue catalogue) {
    this.random = random;
    this.catalogue = catalogue;
  }

  /**
   * Returns the policy of one seed over the standard catalogue.
   *
   * @param seed the seed
   * @return the policy; equal seeds give equal policies
   */
  public static Policy policy(long seed) {
    return new PolicyGenerator(new Random(seed)).policy();
  }

  /**
   * Returns a random policy.
   *
   * @return a policy
   */
  public Policy policy() {
    Policy.Builder policy = Policy.builder().organisation(organisation());
    List<Area> areas = subset(catalogue.areas());
    for (Area area : areas) {
      policy.decide(decision(pick(area.options())));
    }
    if (chance(50)) {
      policy.version(version());
    }
    if (chance(50)) {
      policy.effectiveFrom(date());
    }
    if (chance(50)) {
      policy.owner(text());
    }
    if (chance(70)) {
      List<Language> languages = subset(Language.standard());
      if (languages.isEmpty()) {
        languages = List.of(pick(Language.standard()));
      }
      policy.languages(languages);
      if (chance(70)) {
        policy.authoritativeLanguage(pick(languages));
      }
    }
    int clauses = random.nextInt(4);
    for (int i = 0; i < clauses; i++) {
      policy.addCustomClause(clause());
    }
    return policy.build();
  }

  /**
   * Returns a random organisation.
   *
   * @return an organisation
   */
  public Organisation organisation() {
    Organisation.Builder organisation =
        Organisation.builder()
            .name(text())
            .country(pick(COUNTRIES))
            .sector(pick(List.of(Sector.values())))
            .employeeRepresentation(pick(List.of(EmployeeRepresentation.values())));
    if (chance(60)) {
      organisation.employees(chance(5) ? Integer.MAX_VALUE : 1 + random.nextInt(100_000));
    }
    if (chance(20)) {
      Organisation home = organisation.build();
      List<Country> others = new ArrayList<>(subset(COUNTRIES));
      others.remove(home.country());
      return Organisation.builder().from(home).addAllOtherCountries(others).build();
    }
    return organisation.build();
  }

  /**
   * Returns a decision for an option with random values; optional parameters are sometimes left
   * out, and rarely a required one too.
   *
   * @param option the option
   * @return a decision
   */
  public Decision decision(Option option) {
    Decision.Builder decision = Decision.builder().option(option);
    for (Parameter parameter : option.parameters()) {
      boolean omit = parameter.required() ? chance(5) : chance(30);
      if (!omit) {
        decision.putValue(parameter.name(), value(parameter));
      }
    }
    return decision.build();
  }

  /**
   * Returns a random value of a parameter's kind; integers are sometimes out of range.
   *
   * @param parameter the parameter
   * @return a value the parameter accepts
   */
  public ParameterValue value(Parameter parameter) {
    return switch (parameter.kind()) {
      case INTEGER -> ParameterValue.ofInteger(integer(parameter));
      case BOOLEAN -> ParameterValue.ofBoolean(random.nextBoolean());
      case TEXT -> ParameterValue.ofText(text());
      case DATE -> ParameterValue.ofDate(date());
      case CHOICE -> ParameterValue.ofChoice(pick(parameter.allowedValues()));
      case CHOICES -> ParameterValue.ofChoices(subset(parameter.allowedValues()));
      case TEXTS -> ParameterValue.ofTexts(texts());
    };
  }

  private long integer(Parameter parameter) {
    long min = parameter.minimum().orElse(0L);
    long max = parameter.maximum().orElse(1_000L);
    int roll = random.nextInt(100);
    if (roll < 5) {
      return min - 1 - random.nextInt(1_000);
    }
    if (roll < 10) {
      return max + 1 + random.nextInt(10_000);
    }
    if (roll < 12) {
      return pick(List.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE));
    }
    return min + (long) (random.nextDouble() * (max - min + 1));
  }

  private Clause clause() {
    Clause.Builder clause = Clause.builder().area(pick(catalogue.areas()).id());
    List<Language> languages = subset(Language.standard());
    if (languages.isEmpty()) {
      languages = List.of(Language.ENGLISH);
    }
    for (Language language : languages) {
      clause.putText(language, text());
    }
    return clause.build();
  }

  private String version() {
    String version = random.nextInt(10) + "." + random.nextInt(20) + "." + random.nextInt(100);
    if (chance(20)) {
      version += "-rc." + random.nextInt(5);
    }
    if (chance(10)) {
      version += "+build." + random.nextInt(1_000);
    }
    return version;
  }

  private LocalDate date() {
    return LocalDate.of(2000, 1, 1).plusDays(random.nextInt(40 * 366));
  }

  private String text() {
    int parts = 1 + random.nextInt(3);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      words.add(pick(FRAGMENTS));
    }
    return String.join(" ", words);
  }

  private List<String> texts() {
    int size = random.nextInt(4);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      texts.add(text());
    }
    return texts;
  }

  /** Returns a random subset, in random order, of distinct elements. */
  private <T> List<T> subset(List<T> all) {
    List<T> chosen = new ArrayList<>();
    for (T element : all) {
      if (random.nextBoolean()) {
        chosen.add(element);
      }
    }
    Collections.shuffle(chosen, random);
    return chosen;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }
}
