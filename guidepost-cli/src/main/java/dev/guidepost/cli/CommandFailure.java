package dev.guidepost.cli;

/**
 * Ends a command with an {@link ExitCode exit code} and a message for the user, already in the
 * user's language. The tool prints the message on standard error, never a stack trace.
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CommandFailure(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  /** Returns a failure for input that cannot be used: exit code 2. */
  static CommandFailure unusableInput(String message) {
    return new CommandFailure(ExitCode.UNUSABLE_INPUT, message);
  }

  int exitCode() {
    return exitCode;
  }
}
