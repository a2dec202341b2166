package dev.guidepost.cli;

import dev.guidepost.policy.model.Country;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts an ISO 3166-1 alpha-2 code, in either case, to a {@link Country}. Immutable. */
final class CountryConverter implements ITypeConverter<Country> {
  private final CliTexts texts;

  CountryConverter(CliTexts texts) {
    this.texts = texts;
  }

  @Override
  public Country convert(String value) {
    String code = value.toUpperCase(Locale.ROOT);
    if (!Country.isAssigned(code)) {
      throw new TypeConversionException(texts.get("error.country", "value", value));
    }
    return Country.of(code);
  }
}
