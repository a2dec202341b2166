package dev.guidepost.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * One run of the tool in this process, with standard output and standard error captured.
 *
 * @param exitCode the exit code
 * @param out what it wrote to standard output
 * @param err what it wrote to standard error
 */
record Run(int exitCode, String out, String err) {
  /** Runs the tool with nothing on standard input. */
  static Run of(String... args) {
    return withInput("", args);
  }

  /** Runs the tool with a text on standard input. */
  static Run withInput(String stdin, String... args) {
    return withInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  /** Runs the tool with a stream as standard input. */
  static Run withInput(InputStream in, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Guidepost.run(in, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exitCode, out.toString(), err.toString());
  }
}
