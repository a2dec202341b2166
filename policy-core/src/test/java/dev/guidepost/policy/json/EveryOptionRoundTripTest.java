package dev.guidepost.policy.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Option;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.StandardCatalogue;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every option of every area of the standard catalogue survives the JSON form. */
class EveryOptionRoundTripTest {
  private static final PolicyJson JSON = PolicyJson.standard();

  static Stream<Option> everyOption() {
    return StandardCatalogue.catalogue().areas().stream().flatMap(area -> area.options().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyOption")
  void with_every_parameter_at_its_low_end(Option option) {
    assertRoundTrips(filled(option, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyOption")
  void with_every_parameter_at_its_high_end(Option option) {
    assertRoundTrips(filled(option, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyOption")
  void with_no_parameter(Option option) {
    assertRoundTrips(Decision.of(option));
  }

  private static void assertRoundTrips(Decision decision) {
    Policy policy =
        Policy.builder()
            .organisation(Organisation.of("Acme A/S", Country.DK))
            .decide(decision)
            .build();

    String text = JSON.write(policy);
    Policy read = JSON.read(text);

    assertThat(read).isEqualTo(policy);
    assertThat(read.decision(decision.area())).hasValue(decision);
    assertThat(JSON.write(read)).isEqualTo(text);
  }

  /** Fills every parameter with a valid value: the smallest or first, else the largest or all. */
  private static Decision filled(Option option, boolean low) {
    Decision.Builder decision = Decision.builder().option(option);
    for (Parameter parameter : option.parameters()) {
      decision.putValue(parameter.name(), valid(parameter, low));
    }
    Decision built = decision.build();
    assertThat(built.values()).hasSameSizeAs(option.parameters());
    return built;
  }

  private static ParameterValue valid(Parameter parameter, boolean low) {
    List<String> allowed = parameter.allowedValues();
    return switch (parameter.kind()) {
      case INTEGER ->
          ParameterValue.ofInteger(
              low ? parameter.minimum().orElse(0L) : parameter.maximum().orElse(1_000L));
      case BOOLEAN -> ParameterValue.ofBoolean(low);
      case TEXT -> ParameterValue.ofText(low ? "x" : "Jane Doe, \"jane\"@acme.example <æøå>");
      case DATE ->
          ParameterValue.ofDate(low ? LocalDate.of(1970, 1, 1) : LocalDate.of(2099, 12, 31));
      case CHOICE ->
          ParameterValue.ofChoice(low ? allowed.get(0) : allowed.get(allowed.size() - 1));
      case CHOICES -> ParameterValue.ofChoices(low ? allowed.subList(0, 1) : reversed(allowed));
      case TEXTS ->
          ParameterValue.ofTexts(
              low
                  ? List.of("GDPR")
                  : List.of("FINRA Rule 2210", "SEC Regulation FD", "Lov om æøå"));
    };
  }

  private static List<String> reversed(List<String> values) {
    return Stream.iterate(values.size() - 1, i -> i >= 0, i -> i - 1).map(values::get).toList();
  }
}
