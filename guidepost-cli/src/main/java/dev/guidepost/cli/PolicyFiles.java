package dev.guidepost.cli;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The policy files a command line names: each argument that is a folder stands for every {@code
 * *.json} file in it and its subfolders (following symbolic links, a loop once), in the sorted
 * order of their paths, so that every run over the same folder checks the same files in the same
 * order; any other argument, {@code -} among them, stands for itself. A folder that cannot be
 * listed, or holds no such file, is an entry with a problem: a check in a pipeline that finds
 * nothing to check has not passed.
 */
final class PolicyFiles {
  private PolicyFiles() {}

  /**
   * One policy file to read.
   *
   * @param name the file as given or as found under a folder given, or {@code -}
   * @param problem the message saying why the folder it stands for could not be listed or holds no
   *     policy file, or null
   */
  record Entry(String name, @Nullable String problem) {}

  /**
   * Expands the arguments.
   *
   * @param arguments files, folders and {@code -}, in the order given
   * @param texts the texts for the problems
   * @return the files, each folder's in sorted order where the folder stood
   */
  static List<Entry> expand(List<String> arguments, CliTexts texts) {
    List<Entry> entries = new ArrayList<>();
    for (String argument : arguments) {
      Path folder = folder(argument);
      if (folder == null) {
        entries.add(new Entry(argument, null));
        continue;
      }
      List<Path> found;
      try {
        found = jsonFiles(folder);
      } catch (IOException e) {
        entries.add(
            new Entry(
                argument,
                texts.get(
                    "error.cannot-read", "file", argument, "problem", PolicySource.problem(e))));
        continue;
      }
      if (found.isEmpty()) {
        entries.add(new Entry(argument, texts.get("error.no-policy-files", "file", argument)));
      }
      found.forEach(path -> entries.add(new Entry(path.toString(), null)));
    }
    return List.copyOf(entries);
  }

  /**
   * Returns the {@code *.json} files in a folder and its subfolders, sorted, following symbolic
   * links to folders and files; a link back to a folder above it is not followed again.
   */
  private static List<Path> jsonFiles(Path folder) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(
        folder,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile() && file.getFileName().toString().endsWith(".json")) {
              found.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof FileSystemLoopException) {
              return FileVisitResult.CONTINUE; // its files are listed already, where it leads
            }
            throw e;
          }
        });
    found.sort(null);
    return found;
  }

  /** Returns whether any argument is a folder. */
  static boolean anyFolder(List<String> arguments) {
    return arguments.stream().anyMatch(argument -> folder(argument) != null);
  }

  private static @Nullable Path folder(String argument) {
    if (PolicySource.STANDARD_INPUT.equals(argument)) {
      return null;
    }
    try {
      Path path = Path.of(argument);
      return Files.isDirectory(path) ? path : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
