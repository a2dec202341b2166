package dev.guidepost.cli;

/** The tool's exit codes, the same for every command. */
final class ExitCode {
  /** Done; a checked policy has no error. */
  static final int OK = 0;

  /** The policy has an error, so it cannot be validated or rendered. */
  static final int POLICY_HAS_ERRORS = 1;

  /** The command line is wrong, or a file cannot be read or written. */
  static final int UNUSABLE_INPUT = 2;

  /** Guidepost itself failed: a bug to report. */
  static final int INTERNAL_ERROR = 3;

  private ExitCode() {}
}
