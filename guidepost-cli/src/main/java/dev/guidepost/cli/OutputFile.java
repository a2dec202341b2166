package dev.guidepost.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file whole or not at all: the text goes to a temporary file beside it, which then
 * replaces the file in one move. On failure the temporary file is removed and the old file, if any,
 * is left as it was.
 */
final class OutputFile {
  private OutputFile() {}

  /**
   * Writes a text as UTF-8.
   *
   * @throws CommandFailure with exit code 2 if the file cannot be written
   */
  static void write(String file, String text, CliTexts texts) {
    Path target;
    try {
      target = Path.of(file).toAbsolutePath();
    } catch (InvalidPathException e) {
      throw failure(texts, "error.cannot-write", file, e);
    }
    Path folder = target.getParent();
    if (Files.isDirectory(target) || folder == null) {
      throw CommandFailure.unusableInput(texts.get("error.write-is-directory", "file", file));
    }
    if (!Files.isDirectory(folder)) {
      throw CommandFailure.unusableInput(texts.get("error.write-no-folder", "file", file));
    }
    Path temporary =
        folder.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      Files.writeString(
          temporary,
          text,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE);
      move(temporary, target);
    } catch (AccessDeniedException e) {
      deleteQuietly(temporary);
      throw CommandFailure.unusableInput(texts.get("error.write-access-denied", "file", file));
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw failure(texts, "error.cannot-write", file, e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // the write failed already; that error is the one to report
    }
  }

  private static CommandFailure failure(CliTexts texts, String key, String file, Exception e) {
    return CommandFailure.unusableInput(
        texts.get(key, "file", file, "problem", PolicySource.problem(e)));
  }
}
