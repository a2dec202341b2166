package dev.guidepost.render.compose;

import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.model.Revision;
import dev.guidepost.render.document.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the policy's change history as a table at the end of the document: one row per revision,
 * oldest first, with its version, the day it takes effect and the organisation's summary in the
 * document's language (or, failing that, marked as being in another). Nothing for a policy without
 * history.
 */
final class History {
  private History() {}

  static List<Block> of(Policy policy, Phrasebook book) {
    if (policy.history().isEmpty()) {
      return List.of();
    }
    List<List<String>> rows = new ArrayList<>();
    for (Revision revision : policy.history()) {
      String summary = revision.summary().get(book.language());
      rows.add(
          List.of(
              revision.version(),
              book.date(revision.effectiveFrom()),
              summary != null
                  ? summary
                  : OwnText.untranslated(
                      revision.summary(), policy.authoritativeLanguage(), book)));
    }
    return List.of(
        new Block.Table(
            book.pattern("history.heading"),
            List.of(
                book.pattern("field.version"),
                book.pattern("field.effective"),
                book.pattern("history.summary")),
            rows));
  }
}
