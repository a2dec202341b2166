package dev.guidepost.policy.source;

import dev.guidepost.policy.message.Labels;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A legal order whose law a {@link Source} cites: a country, or the European Union.
 *
 * <p>Each cites its law in its own style, pinpoint and instrument in the order its lawyers write
 * them: {@code § 87 Abs. 1 Nr. 6 BetrVG} (Germany), {@code 11 § MBL} (Sweden), {@code artikel 27
 * lid 1 WOR} (the Netherlands), {@code § 6, stk. 4, i markedsføringsloven} (Denmark), {@code
 * arbeidsmiljøloven § 2 A-1} (Norway), {@code Employment Rights Act 1996, s. 43J(1)} (Great
 * Britain), {@code 29 U.S.C. § 157} (the United States) and {@code Directive (EU) 2019/1937, art.
 * 24} (the European Union). Immutable; equal by code.
 */
public final class Jurisdiction {
  /** The European Union, whose directives and regulations bind its member states. */
  public static final Jurisdiction EU = new Jurisdiction("EU");

  private final String code;

  private Jurisdiction(String code) {
    this.code = code;
  }

  /**
   * Returns the jurisdiction of a country.
   *
   * @param country the country
   * @return its jurisdiction
   */
  public static Jurisdiction of(Country country) {
    return new Jurisdiction(Objects.requireNonNull(country, "country").code());
  }

  /**
   * Returns the jurisdiction's code: the country's ISO code, or {@code EU}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the jurisdiction's name in a reader's language, such as "Tyskland" for Germany in
   * Danish.
   *
   * @return the label {@code country.<code>}
   */
  public Message label() {
    return Labels.country(code);
  }

  /**
   * Cites a provision of an instrument in this jurisdiction's style.
   *
   * @param instrument the statute, code or decision, such as {@code BetrVG}
   * @param pinpoint the provision in it, such as {@code § 87 Abs. 1 Nr. 6}; empty for the whole
   * @return the citation
   */
  String cite(String instrument, String pinpoint) {
    if (pinpoint.isEmpty()) {
      return instrument;
    }
    return switch (code) {
      case "DE", "NL", "SE" -> pinpoint + " " + instrument;
      case "DK" -> pinpoint + (pinpoint.contains(",") ? ", i " : " i ") + instrument;
      case "GB", "EU" -> instrument + ", " + pinpoint;
      default -> instrument + " " + pinpoint;
    };
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Jurisdiction that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
