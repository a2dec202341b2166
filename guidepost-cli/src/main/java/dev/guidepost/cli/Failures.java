package dev.guidepost.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns everything that stops a run into a message on standard error and an {@link ExitCode}: a
 * wrong command line into a usage error in the user's language with a pointer to {@code --help}
 * (exit 2), a {@link CommandFailure} into its message and code, and anything else into a short note
 * that Guidepost failed (exit 3). Never a stack trace.
 */
final class Failures implements IParameterExceptionHandler, IExecutionExceptionHandler {
  private final CliTexts texts;

  Failures(CliTexts texts) {
    this.texts = texts;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(message(e));
    if (e instanceof UnmatchedArgumentException unmatched
        && !unmatched.getSuggestions().isEmpty()) {
      err.println(
          texts.get("error.did-you-mean", "suggestions", quoted(unmatched.getSuggestions())));
    }
    err.println(texts.get("error.see-help", "command", command.getCommandSpec().qualifiedName()));
    err.flush();
    return ExitCode.UNUSABLE_INPUT;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    if (e instanceof CommandFailure failure) {
      err.println(failure.getMessage());
      err.flush();
      return failure.exitCode();
    }
    err.println(texts.get("error.unexpected", "problem", e.toString()));
    err.flush();
    return ExitCode.INTERNAL_ERROR;
  }

  private String message(ParameterException e) {
    if (e instanceof UnmatchedArgumentException unmatched) {
      return texts.get("error.unknown-argument", "arguments", quoted(unmatched.getUnmatched()));
    }
    if (e instanceof MissingParameterException missing) {
      List<ArgSpec> specs = missing.getMissing();
      boolean options = specs.stream().allMatch(ArgSpec::isOption);
      return texts.get(
          options ? "error.missing-value" : "error.missing-argument",
          "arguments",
          specs.stream().map(Failures::name).collect(Collectors.joining(", ")));
    }
    if (e instanceof OverwrittenOptionException overwritten) {
      return texts.get("error.repeated-option", "option", name(overwritten.getOverwritten()));
    }
    if (e.getCause() instanceof TypeConversionException conversion && e.getArgSpec() != null) {
      return texts.get(
          "error.invalid-value",
          "option",
          name(e.getArgSpec()),
          "reason",
          PolicySource.problem(conversion));
    }
    return PolicySource.problem(e);
  }

  private static String name(ArgSpec spec) {
    return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
  }

  private static String quoted(List<String> values) {
    return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
  }
}
