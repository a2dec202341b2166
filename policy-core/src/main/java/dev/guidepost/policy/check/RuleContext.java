package dev.guidepost.policy.check;

import dev.guidepost.policy.message.MessageBundle;
import java.time.LocalDate;

/**
 * What a rule may know besides the policy: today's date, from the checker's clock, and the texts
 * its findings will be written with.
 *
 * @param today today's date in the checker's clock
 * @param messages the checker's texts, for a rule that chooses among variants of a text
 */
public record RuleContext(LocalDate today, MessageBundle messages) {}
