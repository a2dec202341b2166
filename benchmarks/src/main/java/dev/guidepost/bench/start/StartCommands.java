package dev.guidepost.bench.start;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The command lines the start-up benchmark starts, each a whole JVM, with the {@code java} that
 * runs the benchmark. The jars are those the build puts beside the benchmarks' jar: {@code
 * cli-lib/} (the command-line tool, Guidepost's modules, picocli and Jackson) and {@code
 * benchmarks-hello.jar}.
 *
 * <p>Guidepost's command is {@link #GUIDEPOST}: {@code guidepost check FILE} on a small policy, run
 * from its jars on the class path with the JVM options the launchers use.
 */
final class StartCommands {
  /** What starts Guidepost, after {@code java} and the JVM's options. */
  static final List<String> GUIDEPOST =
      List.of(
          // the options and class path the launchers start the tool with
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-Xshare:auto",
          "-cp",
          "{classpath}",
          "dev.guidepost.cli.Guidepost",
          "check",
          "{policy}");

  private final Path directory;

  /**
   * Finds the jars beside the jar (or classes folder) this class was loaded from.
   *
   * @throws IllegalStateException if they are not there
   */
  StartCommands() {
    try {
      Path location =
          Path.of(StartCommands.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      this.directory = Objects.requireNonNull(location.getParent(), "the jar's folder");
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the benchmarks' jar", e);
    }
    if (!Files.isDirectory(directory.resolve("cli-lib"))) {
      throw new IllegalStateException(
          "no cli-lib/ in " + directory + ": build with benchmarks/run or -Pbenchmarks package");
    }
  }

  /** The JVM printing hello world. */
  List<String> hello() {
    return List.of(
        java(), "-cp", directory.resolve("benchmarks-hello.jar").toString(), Hello.class.getName());
  }

  /** Guidepost, with extra JVM options such as a class data sharing archive. */
  List<String> guidepost(List<String> options) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(options);
    for (String part : GUIDEPOST) {
      command.add(
          part.replace("{classpath}", classPath()).replace("{policy}", smallPolicy().toString()));
    }
    return command;
  }

  /** The jars of {@code cli-lib/} in the order of their names, as the launchers list them. */
  String classPath() {
    try (Stream<Path> jars = Files.list(directory.resolve("cli-lib"))) {
      return jars.map(Path::toString)
          .filter(name -> name.endsWith(".jar"))
          .sorted()
          .collect(Collectors.joining(File.pathSeparator));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where to keep a class data sharing archive. */
  Path archive() {
    return directory.resolve("guidepost-start.jsa");
  }

  /** The small policy the command-line tool checks, copied out of the jar. */
  Path smallPolicy() {
    Path file = directory.resolve("small-policy.json");
    try (InputStream in = StartCommands.class.getResourceAsStream("small-policy.json")) {
      if (in == null) {
        throw new IllegalStateException("small-policy.json is missing from the benchmarks' jar");
      }
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Runs a command to its end, its output discarded.
   *
   * @param command the command
   * @throws IllegalStateException if it fails
   */
  static void run(List<String> command) {
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      int exit = process.waitFor();
      if (exit != 0) {
        throw new IllegalStateException("exit code " + exit + " from " + command);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
