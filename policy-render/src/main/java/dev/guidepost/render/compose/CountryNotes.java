package dev.guidepost.render.compose;

import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.render.document.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the country notes under a decision's clause: for an organisation whose people work in more
 * than one country, one note for each of its countries whose law differs on the area, such as "If
 * you work in Norway: ...".
 *
 * <p>A note is the text {@code note.<area>.<option>.<country>.<sector>}, {@code
 * note.<area>.<option>.<country>}, {@code note.<area>.<country>.<sector>} or {@code
 * note.<area>.<country>}, the first of these that the document's language has itself (a note is
 * never shown in another language), with the country's ISO code and the organisation's sector id:
 * the convention of the rules' country variants. A text of a single {@value #NONE} says that the
 * country has no note there, so that a sector variant can withdraw a country's note (the US
 * National Labor Relations Act does not cover public employers). A policy whose organisation works
 * in one country only gets no notes: its clauses are written for that country's law.
 */
final class CountryNotes {
  /** The text of a note that says there is none. */
  static final String NONE = "-";

  private CountryNotes() {}

  static List<Block> of(Decision decision, Organisation organisation, Phrasebook book) {
    if (organisation.otherCountries().isEmpty()) {
      return List.of();
    }
    List<Block> notes = new ArrayList<>();
    for (Country country : organisation.countries()) {
      key(decision, organisation, country, book)
          .ifPresent(
              key ->
                  notes.add(
                      new Block.Note(book.fill(key, Map.of("organisation", organisation.name())))));
    }
    return notes;
  }

  /** Returns the key of the note for one country, if the language has one and it is not none. */
  static Optional<String> key(
      Decision decision, Organisation organisation, Country country, Phrasebook book) {
    String area = "note." + decision.area();
    String option = area + "." + decision.option().id();
    String sector = organisation.sector().id();
    for (String base : List.of(option, area)) {
      for (String key :
          List.of(base + "." + country.code() + "." + sector, base + "." + country.code())) {
        if (book.hasOwn(key)) {
          return NONE.equals(book.pattern(key)) ? Optional.empty() : Optional.of(key);
        }
      }
    }
    return Optional.empty();
  }
}
