package dev.guidepost.cli;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts an option's value to one of a fixed list of values by id, and names every valid id, in
 * the user's language, when the value is none of them. Immutable.
 *
 * @param <T> the type of the values
 */
final class Choice<T> implements ITypeConverter<T> {
  private final CliTexts texts;
  private final List<T> values;
  private final Function<T, String> id;

  private Choice(CliTexts texts, List<T> values, Function<T, String> id) {
    this.texts = texts;
    this.values = List.copyOf(values);
    this.id = id;
  }

  static <T> Choice<T> of(CliTexts texts, List<T> values, Function<T, String> id) {
    return new Choice<>(texts, values, id);
  }

  /** Returns the valid ids, as the help and the error messages list them: "a, b, c". */
  String ids() {
    return values.stream().map(id).collect(Collectors.joining(", "));
  }

  @Override
  public T convert(String value) {
    for (T candidate : values) {
      if (id.apply(candidate).equals(value)) {
        return candidate;
      }
    }
    throw new TypeConversionException(
        texts.get("error.expected-one-of", "expected", ids(), "value", value));
  }
}
