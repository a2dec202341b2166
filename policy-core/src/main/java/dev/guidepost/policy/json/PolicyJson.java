package dev.guidepost.policy.json;

import dev.guidepost.policy.catalogue.Catalogue;
import dev.guidepost.policy.internal.json.JsonOutput;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.standard.StandardCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and writes policies in Guidepost's JSON form, versions {@code "guidepost": 1} and {@code
 * 2}.
 *
 * <p>Version 2 adds the organisation's {@code otherCountries} and the standard areas, options,
 * parameters and list values added since version 1. Writing uses the lowest version that holds the
 * policy; a file that declares version 1 but uses something newer is refused.
 *
 * <p>Reading is strict: an unknown field, an unknown area, option or list value, a wrong type, a
 * repeated field, an invalid country, language or date, a parameter the option does not declare, or
 * malformed, truncated or empty input each give one {@link PolicyFormatException} naming the JSON
 * path and what was expected. A parameter that is missing or out of its range is read, because the
 * policy is then wrong rather than unreadable and the rule engine reports it. A top-level {@code
 * "$schema"} text, which points an editor at {@link PolicySchema}, is accepted and ignored: it is
 * not part of the policy, so writing does not give it back.
 *
 * <p>Limits: at most 1 MiB of input, 16 levels of nesting, 10,000 characters in a text, 1,000
 * entries in a list, 100 characters in a field name and 20 digits in a number; beyond any of them
 * reading fails with a {@code PolicyFormatException} that names the limit, such as {@code
 * $.customClauses[0].text.da: expected a text of at most 10000 characters, but found one of 10001
 * characters}. Input is UTF-8; bytes that are not text are a format error too, while a stream that
 * fails is an I/O error.
 *
 * <p>Writing is deterministic: equal policies give byte-identical text, with decisions in catalogue
 * order, two-space indentation and {@code \n} line ends. Writing then reading gives an equal
 * policy, as long as the written text is itself within the limits: the limits hold for what is
 * read, and a policy built in code, or one read from compact JSON close to 1 MiB and written with
 * indentation, can be larger. Instances are immutable and thread-safe; keep one and reuse it.
 *
 * <pre>{@code
 * PolicyJson json = PolicyJson.standard();
 * Policy policy = json.read(Path.of("policy.json"));
 * String text = json.write(policy);
 * }</pre>
 */
public final class PolicyJson {
  private static final PolicyJson STANDARD = new PolicyJson(StandardCatalogue.catalogue());

  private final JsonFactory factory;
  private final PolicyReader reader;
  private final PolicyWriter treeWriter;

  private PolicyJson(Catalogue catalogue) {
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(Limits.MAX_DOCUMENT_LENGTH)
                    .maxNestingDepth(Limits.MAX_DEPTH)
                    .maxStringLength(Limits.MAX_TEXT_LENGTH)
                    .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
                    .maxNameLength(Limits.MAX_NAME_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    this.reader = new PolicyReader(catalogue);
    this.treeWriter = new PolicyWriter(catalogue);
  }

  /**
   * Returns the reader and writer for policies over the standard catalogue.
   *
   * @return a shared instance
   */
  public static PolicyJson standard() {
    return STANDARD;
  }

  /**
   * Returns a reader and writer for policies over a catalogue of one's own, such as the standard
   * catalogue extended with areas and options.
   *
   * @param catalogue the catalogue whose ids the JSON may use
   * @return a new instance
   */
  public static PolicyJson forCatalogue(Catalogue catalogue) {
    return new PolicyJson(Objects.requireNonNull(catalogue, "catalogue"));
  }

  /**
   * Reads a policy from a text.
   *
   * @param json the JSON text
   * @return the policy
   * @throws PolicyFormatException if the text is not a policy in the JSON form
   */
  public Policy read(String json) {
    Objects.requireNonNull(json, "json");
    return reader.read(tree(() -> factory.createParser(ObjectReadContext.empty(), json)));
  }

  /**
   * Reads a policy from UTF-8 bytes; the stream is read up to the end of the JSON value or the size
   * limit, and is not closed.
   *
   * @param in the bytes
   * @return the policy
   * @throws PolicyFormatException if the bytes are not a policy in the JSON form
   * @throws UncheckedIOException if reading the stream fails
   */
  public Policy read(InputStream in) {
    Objects.requireNonNull(in, "in");
    MarkedStream marked = new MarkedStream(in);
    return reader.read(tree(() -> factory.createParser(ObjectReadContext.empty(), marked)));
  }

  /**
   * Reads a policy from a UTF-8 file.
   *
   * @param file the file
   * @return the policy
   * @throws PolicyFormatException if the file does not hold a policy in the JSON form
   * @throws IOException if the file cannot be opened or read
   */
  public Policy read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes a policy as pretty-printed JSON, ending in a line feed.
   *
   * @param policy the policy
   * @return the JSON text
   */
  public String write(Policy policy) {
    return JsonOutput.POLICY.write(generator -> treeWriter.write(policy, generator));
  }

  private interface ParserSource {
    JsonParser open();
  }

  private static Node tree(ParserSource source) {
    try (JsonParser parser = source.open()) {
      try {
        return TreeReader.read(parser);
      } catch (StreamConstraintsException e) {
        // carries no parser, so the path comes from the parser's own context; a name too long
        // never became the current name, so for it the path is that of its object
        String message = e.getOriginalMessage();
        throw Limits.exceeded(path(parser, Limits.isNameTooLong(message)), message);
      } catch (JacksonIOException e) {
        throw unreadable(e, path(parser));
      } catch (JacksonException e) {
        throw new PolicyFormatException(
            path(parser), Problem.expected("well-formed"), malformed(e));
      }
    } catch (JacksonIOException e) { // opening or closing the parser
      throw unreadable(e, JsonPath.ROOT.toString());
    }
  }

  /**
   * A failure of the stream is an I/O error; anything else Jackson reports as an I/O problem is
   * about the bytes (not text in the encoding it detected, an unsupported byte order), so a format
   * error.
   */
  private static RuntimeException unreadable(JacksonIOException e, String path) {
    if (e.getCause() instanceof MarkedStream.Failure failure) {
      return new UncheckedIOException(failure.failure());
    }
    return new PolicyFormatException(
        path, Problem.expected("utf-8"), Message.literal(firstLine(e.getOriginalMessage())));
  }

  private static String path(JsonParser parser) {
    return path(parser, false);
  }

  private static String path(JsonParser parser, boolean ofObject) {
    TokenStreamContext context = parser.streamReadContext();
    JsonPointer pointer = context.pathAsPointer();
    if (ofObject && context.inObject() && context.currentName() != null) {
      pointer = pointer.head();
    }
    JsonPath path = JsonPath.ROOT;
    for (JsonPointer p = pointer; !p.matches(); p = p.tail()) {
      path =
          p.mayMatchElement()
              ? path.index(p.getMatchingIndex())
              : path.field(p.getMatchingProperty());
    }
    return path.toString();
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /** The first quoted piece of Jackson's message: the character or word it did not expect. */
  private static final Pattern QUOTED = Pattern.compile("'(.{1,40}?)'");

  /** The name in Jackson's message about a field given twice. */
  private static final Pattern NAME = Pattern.compile("\"(.*)\"");

  /**
   * What is wrong with text that is not JSON, in the reader's language, and where: the text ends
   * too early, something follows the JSON, a field is given twice, or a character or word JSON does
   * not allow there. Jackson's own words (token and class names) are not shown.
   */
  private static Message malformed(JacksonException e) {
    String error = firstLine(e.getOriginalMessage());
    TokenStreamLocation at = e.getLocation();
    if (at == null) {
      return Problem.found("malformed-somewhere");
    }
    Object line = at.getLineNr();
    Object column = at.getColumnNr();
    if (error.startsWith("Unexpected end-of-input")) {
      return Problem.found("malformed-end", "line", line, "column", column);
    }
    if (error.startsWith("Trailing token")) {
      return Problem.found("malformed-trailing", "line", line, "column", column);
    }
    Matcher name = NAME.matcher(error);
    if (error.startsWith("Duplicate") && name.find()) {
      return Problem.found(
          "malformed-duplicate",
          "text",
          Problem.found("field", "name", name.group(1)),
          "line",
          line,
          "column",
          column);
    }
    Matcher quoted = QUOTED.matcher(error);
    if (quoted.find()) {
      return Problem.found(
          "malformed-unexpected",
          "text",
          quoted.group(1).length() == 1
              ? Message.literal("'" + quoted.group(1) + "'")
              : Problem.quoted(quoted.group(1)),
          "line",
          line,
          "column",
          column);
    }
    return Problem.found("malformed", "line", line, "column", column);
  }
}
