package dev.guidepost.render.compose;

import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Parameter;
import dev.guidepost.policy.model.ParameterValue;
import java.time.LocalDate;
import java.util.Map;

/** The {@link Wording} a {@link Part} sees: a phrasebook, read only. */
final class PhrasebookWording implements Wording {
  private final Phrasebook book;

  PhrasebookWording(Phrasebook book) {
    this.book = book;
  }

  @Override
  public Language language() {
    return book.language();
  }

  @Override
  public boolean has(String key) {
    return book.has(key);
  }

  @Override
  public String text(String key, Map<String, String> arguments) {
    return book.fill(key, arguments);
  }

  @Override
  public String number(long number) {
    return book.number(number);
  }

  @Override
  public String date(LocalDate date) {
    return book.date(date);
  }

  @Override
  public String value(Parameter parameter, ParameterValue value) {
    return ClauseText.format(parameter, value, book);
  }
}
