package dev.guidepost.render.docx;

import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Preset;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.document.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The presets as the golden files have them, rendered as DOCX, and read back with POI. */
final class Policies {
  static final Map<Language, Country> COUNTRIES =
      Map.of(
          Language.ENGLISH, Country.GB,
          Language.DANISH, Country.DK,
          Language.SWEDISH, Country.SE,
          Language.NORWEGIAN, Country.NO,
          Language.DUTCH, Country.NL);

  private Policies() {}

  static ValidatedPolicy policy(Preset preset, Language language) {
    Organisation organisation =
        Organisation.builder()
            .name("Acme & Søn <A/S>")
            .country(Objects.requireNonNull(COUNTRIES.get(language)))
            .build();
    return StandardRules.checker()
        .validate(
            preset.policyFor(organisation).toBuilder()
                .version("1.0.0")
                .effectiveFrom(LocalDate.of(2027, 1, 1))
                .owner("hr@acme.example")
                .languages(List.of(language, Language.ENGLISH).stream().distinct().toList())
                .authoritativeLanguage(language)
                .build());
  }

  static Document document(Preset preset, Language language) {
    return Composer.standard().compose(policy(preset, language), language);
  }

  static byte[] docx(Preset preset, Language language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      DocxRenderer.create().render(document(preset, language), policy(preset, language), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] docx(Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      DocxRenderer.create().render(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static XWPFDocument read(byte[] docx) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(docx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
