package dev.guidepost.policy.internal.json;

import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes JSON with jackson-core's generator in one of Guidepost's two layouts, ending in a line
 * feed: {@link #POLICY} for policy files and {@link #REPORT} for reports. Immutable and
 * thread-safe; each write has a generator and printer of its own.
 */
public final class JsonOutput {
  /**
   * The layout of a policy file: two-space indentation, {@code \n} line ends, a list on one line
   * ({@code ["da", "en"]}), an empty object or list as {@code { }} or {@code [ ]}.
   */
  public static final JsonOutput POLICY =
      new JsonOutput(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                      .withArrayElementSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultPrettyPrinter.NopIndenter()));

  /**
   * The layout of a report: two-space indentation, {@code \n} line ends, each entry of a list on a
   * line of its own, an empty object or list as {@code {}} or {@code []}.
   */
  public static final JsonOutput REPORT =
      new JsonOutput(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                      .withObjectEmptySeparator("")
                      .withArrayEmptySeparator(""))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final DefaultPrettyPrinter printer;

  private JsonOutput(DefaultPrettyPrinter printer) {
    this.printer = printer;
  }

  /** What writes one JSON value to a generator. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the value.
     *
     * @param generator the generator, in this layout
     */
    void writeTo(JsonGenerator generator);
  }

  /**
   * Returns the text of one JSON value in this layout, ending in a line feed.
   *
   * @param content what writes the value
   * @return the JSON text
   */
  public String write(Content content) {
    StringWriter out = new StringWriter();
    ObjectWriteContext context =
        new ObjectWriteContext.Base() {
          @Override
          public PrettyPrinter getPrettyPrinter() {
            return printer.createInstance();
          }

          @Override
          public boolean hasPrettyPrinter() {
            return true;
          }
        };
    try (JsonGenerator generator = FACTORY.createGenerator(context, out)) {
      content.writeTo(generator);
    }
    return out.append('\n').toString();
  }
}
