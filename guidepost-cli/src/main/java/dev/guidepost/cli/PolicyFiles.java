package dev.guidepost.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The policy files a command line names: each argument that is a folder stands for every {@code
 * *.json} file in it and its subfolders, in the sorted order of their paths, so that every run over
 * the same folder checks the same files in the same order; any other argument, {@code -} among
 * them, stands for itself.
 */
final class PolicyFiles {
  private PolicyFiles() {}

  /**
   * One policy file to read.
   *
   * @param name the file as given or as found under a folder given, or {@code -}
   * @param problem why the folder it stands for could not be listed, or null
   */
  record Entry(String name, @Nullable String problem) {}

  /**
   * Expands the arguments.
   *
   * @param arguments files, folders and {@code -}, in the order given
   * @return the files, each folder's in sorted order where the folder stood
   */
  static List<Entry> expand(List<String> arguments) {
    List<Entry> entries = new ArrayList<>();
    for (String argument : arguments) {
      Path folder = folder(argument);
      if (folder == null) {
        entries.add(new Entry(argument, null));
        continue;
      }
      try (Stream<Path> walk = Files.walk(folder)) {
        walk.filter(path -> path.getFileName().toString().endsWith(".json"))
            .filter(Files::isRegularFile)
            .sorted()
            .forEach(path -> entries.add(new Entry(path.toString(), null)));
      } catch (IOException | UncheckedIOException e) {
        entries.add(new Entry(argument, PolicySource.problem(e)));
      }
    }
    return List.copyOf(entries);
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
