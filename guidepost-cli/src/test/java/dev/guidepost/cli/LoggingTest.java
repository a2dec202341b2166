package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libraries' logging stays off the tool's standard error: Apache POI, which writes the DOCX,
 * logs through the Log4j API, and with no provider chosen the Log4j API says so on standard error
 * ("Log4j API could not find a logging provider"). Run in a JVM of its own, since the Log4j API
 * chooses its provider once per JVM and writes to the process's own standard error.
 */
class LoggingTest {
  @TempDir Path folder;

  /** The test's module path and class path as one class path: the tool runs from either. */
  private static String classPath() {
    return String.join(
        File.pathSeparator,
        System.getProperty("jdk.module.path", ""),
        System.getProperty("java.class.path", ""));
  }

  @Test
  void rendering_docx_and_pdf_writes_nothing_to_standard_error()
      throws IOException, InterruptedException {
    Path file = Policies.write(folder, "clean.json", Policies.clean());
    for (String format : List.of("docx", "pdf")) {
      Path out = folder.resolve("policy." + format);
      Path err = folder.resolve(format + ".err");
      String java = ProcessHandle.current().info().command().orElse("java");
      Process process =
          new ProcessBuilder(
                  java,
                  "-cp",
                  classPath(),
                  Guidepost.class.getName(),
                  "render",
                  file.toString(),
                  "--format",
                  format,
                  "-o",
                  out.toString())
              .redirectOutput(folder.resolve(format + ".out").toFile())
              .redirectError(err.toFile())
              .start();

      int exitCode = process.waitFor();
      assertThat(Files.readString(err, StandardCharsets.UTF_8)).as(format).isEmpty();
      assertThat(exitCode).as("exit code of render --format %s", format).isZero();
      assertThat(out).isNotEmptyFile();
    }
  }
}
