package dev.guidepost.policy.check;

import dev.guidepost.policy.catalogue.Catalogue;
import java.time.LocalDate;

/**
 * What a rule may know besides the policy: today's date, from the checker's clock, and the
 * catalogue the policy was composed from.
 *
 * @param today today's date in the checker's clock
 * @param catalogue the catalogue
 */
public record RuleContext(LocalDate today, Catalogue catalogue) {}
