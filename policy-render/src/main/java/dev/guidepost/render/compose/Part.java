package dev.guidepost.render.compose;

import dev.guidepost.policy.model.Policy;
import dev.guidepost.render.document.Block;
import java.util.List;

/**
 * Writes a part of the document outside its chapters, the preamble or the closing, from the policy
 * and the composer's texts. The standard composer's preamble states the guidelines' purpose and
 * which networks they cover; its closing says whom to ask and when the guidelines are reviewed. A
 * composer of one's own replaces either with {@link Composer.Builder#preamble} or {@link
 * Composer.Builder#closing}.
 *
 * <p>A part must be deterministic, so that equal policies still give equal documents, and safe to
 * call from any number of threads.
 *
 * <pre>{@code
 * Composer ours = Composer.standard().toBuilder()
 *     .messages(MessageBundle.builder()
 *         .put(Language.ENGLISH, "closing.ours", "Ask {contact}.").build())
 *     .closing((policy, wording) -> List.of(new Block.Paragraph(
 *         wording.text("closing.ours", Map.of("contact", "hr@acme.example")))))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface Part {
  /**
   * Writes the part.
   *
   * @param policy the policy being composed
   * @param wording the texts of the document's language
   * @return the part's blocks, in order; may be empty
   */
  List<Block> write(Policy policy, Wording wording);
}
