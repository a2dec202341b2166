package dev.guidepost.cli;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Standard output as bytes, with whether it is a terminal and how a write to it failed. The first
 * failed write is kept: a reader that has gone (a closed pipe, as with {@code | head}) is told
 * apart from any other failure (a full disk), since the first is how a pipeline ends and no error.
 */
final class StandardOutput extends FilterOutputStream {
  private final boolean terminal;
  private @Nullable IOException failure;

  /**
   * @param out where the bytes go
   * @param terminal whether they go to a terminal, where binary output is refused
   */
  StandardOutput(OutputStream out, boolean terminal) {
    super(out);
    this.terminal = terminal;
  }

  /** Returns this process's standard output, straight to its file descriptor. */
  static StandardOutput ofProcess() {
    return new StandardOutput(new FileOutputStream(FileDescriptor.out), processOutputIsTerminal());
  }

  /** Returns a standard output that takes no bytes and counts as a terminal: for text-only runs. */
  static StandardOutput textOnly() {
    return new StandardOutput(OutputStream.nullOutputStream(), true);
  }

  /** Tells whether this output is a terminal (a person reading), not a file or a pipe. */
  boolean terminal() {
    return terminal;
  }

  /** Tells whether a write failed, for any reason. */
  boolean failed() {
    return failure != null;
  }

  /** Tells whether a write failed because the reader has gone: a closed pipe. */
  boolean readerGone() {
    IOException first = failure;
    String message = first == null ? null : first.getMessage();
    if (message == null) {
      return false;
    }
    String lower = message.toLowerCase(Locale.ROOT);
    // POSIX EPIPE; Windows ERROR_NO_DATA and ERROR_BROKEN_PIPE
    return lower.contains("broken pipe")
        || lower.contains("pipe is being closed")
        || lower.contains("pipe has been ended");
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private IOException failed(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  /**
   * Whether this process's standard output is a terminal: on Linux from what file descriptor 1
   * points at, so that standard input does not count; elsewhere from the JVM's console.
   */
  @SuppressWarnings("SystemConsoleNull") // null before JDK 22; isTerminal() from JDK 22
  private static boolean processOutputIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // no /proc: ask the console below
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try { // JDK 22 and later have a console for redirected streams too, and say whether it is one
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // before JDK 22 there is a console only when both streams are terminals
    }
  }
}
