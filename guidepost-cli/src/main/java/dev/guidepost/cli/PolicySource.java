package dev.guidepost.cli;

import dev.guidepost.policy.json.PolicyFormatException;
import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads the policy a command works on from a file, or from standard input for {@code -}. Anything
 * that keeps it from being read becomes a {@link CommandFailure} with exit code 2 and a message
 * that names the file and, for a text that is not a policy, the JSON path and what was expected.
 */
final class PolicySource {
  /** The file name that stands for standard input. */
  static final String STANDARD_INPUT = "-";

  private final CliTexts texts;
  private final InputStream stdin;

  PolicySource(CliTexts texts, InputStream stdin) {
    this.texts = texts;
    this.stdin = stdin;
  }

  Policy read(String file) {
    String name = STANDARD_INPUT.equals(file) ? texts.get("input.standard-input") : file;
    try {
      if (STANDARD_INPUT.equals(file)) {
        return PolicyJson.standard().read(stdin);
      }
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw failure("error.is-directory", name);
      }
      return PolicyJson.standard().read(path);
    } catch (PolicyFormatException e) {
      throw CommandFailure.unusableInput(
          texts.get(
              "error.not-a-policy", "file", name, "problem", e.problem().format(texts.language())));
    } catch (NoSuchFileException e) {
      throw failure("error.no-such-file", name);
    } catch (AccessDeniedException e) {
      throw failure("error.access-denied", name);
    } catch (IOException | UncheckedIOException | InvalidPathException e) {
      throw CommandFailure.unusableInput(
          texts.get("error.cannot-read", "file", name, "problem", problem(e)));
    }
  }

  private CommandFailure failure(String key, String file) {
    return CommandFailure.unusableInput(texts.get(key, "file", file));
  }

  static String problem(Exception e) {
    return Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
  }
}
