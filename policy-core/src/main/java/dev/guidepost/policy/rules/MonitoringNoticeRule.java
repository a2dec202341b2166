package dev.guidepost.policy.rules;

import dev.guidepost.policy.check.ChangeRule;
import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.Decision;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.ParameterValue;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Revision;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.source.Source;
import dev.guidepost.policy.source.Sources;
import dev.guidepost.policy.standard.Consultation;
import dev.guidepost.policy.standard.Monitoring;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code monitoring-change-notice}: a change that introduces or widens monitoring ({@code none} <
 * {@code public-content-only} < {@code active-monitoring}, or monitoring newly decided as other
 * than {@code none}) and takes effect too soon after employees are told of it. The dates are those
 * of the newer version's last {@linkplain Revision revision}: its announcement and its effective
 * date (or the policy's own effective date).
 *
 * <p>Only Denmark has a day count, and only from a collective agreement: employers bound by the
 * DA/LO agreement on control measures (pkt. 2) must announce a new control measure in advance; the
 * six weeks are verified only in secondary sources (Dansk Industri). So a private employer with
 * employee representation gets a warning under 42 days, one without recorded representation an info
 * (the agreement may still bind it), and a public employer an info when the measure takes effect on
 * or before the day it is announced (the state's and municipalities' agreements say "before").
 * Elsewhere the law says "before" and sets no period, so the finding is for an effective date not
 * after the announcement: a warning in Norway (information before implementation, aml § 9-2(2);
 * where representatives are recorded, a timely change gets an info that it must be discussed with
 * the tillitsvalgte as early as possible, § 9-2(1)), in Sweden where a union is recorded
 * (negotiation before the decision, 11 § MBL; an info without one, 13 §), in the Netherlands and
 * Germany where a works council is recorded (consent before the decision, WOR art. 27 lid 1 onder
 * l; co-determination, § 87 Abs. 1 Nr. 6 BetrVG); an info in Great Britain (ICO guidance) and the
 * United States (prior notice in Connecticut and Delaware; the model does not know the state). A
 * widening change with no announcement date gets an info asking for it wherever one of these rules
 * applies. Findings are guidance, not legal advice.
 */
final class MonitoringNoticeRule implements ChangeRule {
  static final String ID = "monitoring-change-notice";

  /** Six weeks, the notice period reported for the DA/LO agreement on control measures. */
  static final int DANISH_NOTICE_DAYS = 42;

  private static final List<String> ORDER =
      List.of(
          Monitoring.NONE.id(),
          Monitoring.PUBLIC_CONTENT_ONLY.id(),
          Monitoring.ACTIVE_MONITORING.id());

  private static final Sources SOURCES =
      Sources.of(
              Source.law(
                      Laws.DK,
                      "DA/LO-aftalen om kontrolforanstaltninger af 27. oktober 2006",
                      "pkt. 2")
                  .readIn("Dansk Industri, \"Ny skabelon til varsling af kontrolforanstaltninger\"")
                  .dated(LocalDate.of(2006, 10, 27)),
              Source.decision(Laws.DK, "Arbejdsretten, dom af 30. juni 2015, AR2014.0228")
                  .dated(LocalDate.of(2015, 6, 30))
                  .link(
                      "https://arbejdsretten.dk/afgoerelser/afgoerelser/2015/arbejdsrettens-dom-af-30-juni-2015-i-sag-ar20140228/"),
              Source.guidance(
                      Laws.DK,
                      "Medarbejder- og Kompetencestyrelsen, Personaleadministrativ vejledning")
                  .at("4.8.4.5"),
              Source.law(Laws.NO, "arbeidsmiljøloven", "§ 9-2"),
              Source.law(Laws.SE, "lagen (1976:580) om medbestämmande i arbetslivet (MBL)", "11 §"),
              Source.law(Laws.SE, "lagen (1976:580) om medbestämmande i arbetslivet (MBL)", "13 §"),
              Source.law(Laws.NL, "WOR", "artikel 27 lid 1 onder l"),
              Source.law(Laws.NL, "WOR", "artikel 27 lid 5"),
              Laws.BETRVG_87_1_6,
              Source.law(Laws.DE, "BetrVG", "§ 87 Abs. 2"),
              Source.guidance(Laws.GB, "ICO, Data protection and monitoring workers")
                  .link(
                      "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/employment-information/employment-practices-and-data-protection-monitoring-workers/data-protection-and-monitoring-workers/"),
              Source.guidance(Laws.GB, "ICO, Employment Practices Code (earlier code)")
                  .at("Part 3"),
              Source.law(Laws.US, "Conn. Gen. Stat.", "§ 31-48d(b)(1)"),
              Source.law(Laws.US, "Del. Code tit. 19", "§ 705(b)"))
          .reviewed(Laws.REVIEWED_4_DEC_2026);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Sources sources() {
    return SOURCES;
  }

  @Override
  public Optional<Verdict> judge(Policy older, Policy newer, Organisation organisation) {
    if (!widens(older, newer)) {
      return Optional.empty();
    }
    Optional<Revision> last =
        newer.history().isEmpty()
            ? Optional.empty()
            : Optional.of(newer.history().get(newer.history().size() - 1));
    Optional<LocalDate> announced = last.flatMap(Revision::announced);
    Optional<LocalDate> effective = last.map(Revision::effectiveFrom).or(newer::effectiveFrom);
    Optional<Law> law = law(organisation);
    if (law.isEmpty()) {
      return Optional.empty();
    }
    Law applying = law.get();
    Optional<LocalDate> approved = approved(newer);
    if (applying.consentFirst()
        && effective.isPresent()
        && approved.isPresent()
        && approved.get().isAfter(effective.get())) {
      return Optional.of(
          new Verdict(
              Severity.ERROR,
              message(
                  organisation.country().code() + ".late-consent",
                  Map.of(
                      "approved", Message.date(approved.get()),
                      "effective", Message.date(effective.get())))));
    }
    if (announced.isEmpty() || effective.isEmpty()) {
      return Optional.of(new Verdict(Severity.INFO, message("missing", Map.of())));
    }
    long days = ChronoUnit.DAYS.between(announced.get(), effective.get());
    if (days >= applying.minimumDays()) {
      return applying.remindsOfDiscussion()
          ? Optional.of(
              new Verdict(
                  Severity.INFO,
                  message(
                      applying.variant() + ".discussion",
                      Map.of("effective", Message.date(effective.get())))))
          : Optional.empty();
    }
    return Optional.of(
        new Verdict(
            applying.severity(),
            message(
                applying.variant(),
                Map.of(
                    "announced", Message.date(announced.get()),
                    "effective", Message.date(effective.get()),
                    "days", Message.literal(Long.toString(days))))));
  }

  /** The date the representatives approved the guidelines, if the newer version records one. */
  private static Optional<LocalDate> approved(Policy policy) {
    return policy
        .decision(Consultation.ID)
        .filter(d -> d.is(Consultation.REPRESENTATIVES_APPROVED))
        .flatMap(d -> d.value(Consultation.DATE))
        .map(ParameterValue::asDate);
  }

  /** Tells whether the newer version monitors more than the older. */
  static boolean widens(Policy older, Policy newer) {
    int before = rank(older);
    int after = rank(newer);
    return after > Math.max(before, 0);
  }

  /** The monitoring option's place in {@link #ORDER}; -1 if monitoring is not addressed. */
  private static int rank(Policy policy) {
    return policy
        .decision(Monitoring.ID)
        .map(Decision::option)
        .map(o -> ORDER.indexOf(o.id()))
        .orElse(-1);
  }

  /**
   * What a country's law asks, for this organisation: the message variant, the severity, and the
   * fewest days between announcement and effect that raise no finding; empty where Guidepost knows
   * no rule (Dutch and German employers without a works council, other countries).
   */
  private static Optional<Law> law(Organisation organisation) {
    EmployeeRepresentation representation = organisation.employeeRepresentation();
    boolean represented = representation != EmployeeRepresentation.NONE;
    boolean union =
        representation == EmployeeRepresentation.UNION
            || representation == EmployeeRepresentation.BOTH;
    boolean worksCouncil =
        representation == EmployeeRepresentation.WORKS_COUNCIL
            || representation == EmployeeRepresentation.BOTH;
    Country country = organisation.country();
    if (country.equals(Country.DK)) {
      if (organisation.sector() == Sector.PUBLIC_SECTOR) {
        return Optional.of(new Law("DK.public-sector", Severity.INFO, 1, false, false));
      }
      return Optional.of(
          represented
              ? new Law("DK", Severity.WARNING, DANISH_NOTICE_DAYS, false, false)
              : new Law("DK.none", Severity.INFO, DANISH_NOTICE_DAYS, false, false));
    }
    if (country.equals(Country.NO)) {
      return Optional.of(new Law("NO", Severity.WARNING, 1, false, represented));
    }
    if (country.equals(Country.SE)) {
      return Optional.of(
          union
              ? new Law("SE", Severity.WARNING, 1, false, false)
              : new Law("SE.none", Severity.INFO, 1, false, false));
    }
    if (country.equals(Country.NL) || country.equals(Country.DE)) {
      return worksCouncil
          ? Optional.of(new Law(country.code(), Severity.WARNING, 1, true, false))
          : Optional.empty();
    }
    if (country.equals(Country.GB) || country.equals(Country.US)) {
      return Optional.of(new Law(country.code(), Severity.INFO, 1, false, false));
    }
    return Optional.empty();
  }

  private static Message message(String variant, Map<String, Message> arguments) {
    return Message.of("rule." + ID + ".message." + variant, arguments);
  }

  /**
   * A country's rule for this organisation.
   *
   * @param variant the message key's last part
   * @param severity the finding's severity
   * @param minimumDays the fewest days from announcement to effect that raise no finding: 1 where
   *     the law says only "before"
   * @param consentFirst whether the representatives' consent must come before the change applies
   * @param remindsOfDiscussion whether a timely change still gets an info that the change must be
   *     discussed with the representatives
   */
  private record Law(
      String variant,
      Severity severity,
      int minimumDays,
      boolean consentFirst,
      boolean remindsOfDiscussion) {}
}
