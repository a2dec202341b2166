package dev.guidepost.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Writes a file whole or not at all: the text goes to a new temporary file beside it, which is
 * flushed to the disk and then replaces the file in one move. Only a new file or a regular file is
 * written; a regular file that is replaced keeps its permissions. A symbolic link, a folder or
 * anything else that is not a regular file (a device, a pipe, a socket) is refused with a message
 * and left as it was. On failure the temporary file is removed and the old file, if any, is left as
 * it was.
 */
final class OutputFile {
  private OutputFile() {}

  /**
   * Writes a text as UTF-8.
   *
   * @throws CommandFailure with exit code 2 if the file cannot or may not be written
   */
  static void write(String file, String text, CliTexts texts) {
    write(file, text.getBytes(StandardCharsets.UTF_8), texts);
  }

  /**
   * Writes bytes.
   *
   * @throws CommandFailure with exit code 2 if the file cannot or may not be written
   */
  static void write(String file, byte[] content, CliTexts texts) {
    Path target = writable(file, texts);
    Path folder = Objects.requireNonNull(target.getParent(), "writable() checked the folder");
    BasicFileAttributes existing = attributes(target);
    Set<PosixFilePermission> permissions = existing == null ? null : permissions(target);
    Path temporary = null;
    try {
      temporary = createTemporary(folder, target.getFileName().toString());
      write(temporary, content);
      if (permissions != null) {
        Files.getFileAttributeView(temporary, PosixFileAttributeView.class)
            .setPermissions(permissions);
      }
      move(temporary, target);
    } catch (AccessDeniedException e) {
      deleteQuietly(temporary);
      throw refused(texts, "error.write-access-denied", file);
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw failure(texts, "error.cannot-write", file, e);
    }
  }

  /**
   * Checks, before any work, that a file could be written: a valid path, in a folder that exists
   * and may be written, with nothing there or a regular file. Writes nothing.
   *
   * @return the file's absolute path
   * @throws CommandFailure with exit code 2 if the file cannot or may not be written
   */
  static Path writable(String file, CliTexts texts) {
    Path target;
    try {
      target = Path.of(file).toAbsolutePath();
    } catch (InvalidPathException e) {
      throw failure(texts, "error.cannot-write", file, e);
    }
    Path folder = target.getParent();
    BasicFileAttributes existing = attributes(target);
    if (folder == null || (existing != null && existing.isDirectory())) {
      throw refused(texts, "error.write-is-directory", file);
    }
    if (existing != null && existing.isSymbolicLink()) {
      throw refused(texts, "error.write-is-link", file);
    }
    if (existing != null && !existing.isRegularFile()) {
      throw refused(texts, "error.write-not-regular", file);
    }
    if (!Files.isDirectory(folder)) {
      throw refused(texts, "error.write-no-folder", file);
    }
    if (!Files.isWritable(folder)) {
      throw refused(texts, "error.write-access-denied", file);
    }
    return target;
  }

  /** Returns what is at a path, without following a symbolic link; null if there is nothing. */
  private static @Nullable BasicFileAttributes attributes(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null; // nothing there, or nothing we may look at: writing will say which
    }
  }

  /** Returns a regular file's POSIX permissions, or null where the file system has none. */
  private static @Nullable Set<PosixFilePermission> permissions(Path file) {
    PosixFileAttributeView view =
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null) {
      return null;
    }
    try {
      return view.readAttributes().permissions();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Creates a new, empty file beside the target, with the permissions a new file gets there; a name
   * already taken (by anything, a symbolic link too) is never opened, another is tried.
   */
  private static Path createTemporary(Path folder, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
      Path temporary = folder.resolve("." + name + "." + suffix + ".tmp");
      try {
        Files.newByteChannel(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
            .close();
        return temporary;
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  private static void write(Path file, byte[] content) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(content);
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(true);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(@Nullable Path path) {
    if (path == null) {
      return;
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // the write failed already; that error is the one to report
    }
  }

  private static CommandFailure refused(CliTexts texts, String key, String file) {
    return CommandFailure.unusableInput(texts.get(key, "file", file));
  }

  private static CommandFailure failure(CliTexts texts, String key, String file, Exception e) {
    return CommandFailure.unusableInput(
        texts.get(key, "file", file, "problem", PolicySource.problem(e)));
  }
}
