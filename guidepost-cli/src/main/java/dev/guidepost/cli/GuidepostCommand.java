package dev.guidepost.cli;

import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Policy;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command of {@link Guidepost}. A subclass declares its {@code @Command(name = ...)}, its options
 * and parameters (with a {@code descriptionKey} in the {@linkplain CliTexts texts}), and {@link
 * #run()}; it inherits {@code --lang}, {@code --help} and {@code --version}. A command that works
 * on a policy file extends {@link PolicyCommand} instead. To add a command, list it in {@code
 * Guidepost}'s {@code subcommands} and add its texts, among them {@code
 * guidepost.<name>.usage.description}, to every language's bundle.
 */
@Command
abstract class GuidepostCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init") // injected by picocli
  private Guidepost guidepost;

  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli
  private CommandSpec spec;

  /**
   * Runs the command.
   *
   * @return the exit code
   * @throws CommandFailure to stop with an exit code and a message for the user
   */
  abstract int run();

  @Override
  public final Integer call() {
    return run();
  }

  /** Returns the texts in the language of this run. */
  final CliTexts texts() {
    return guidepost.texts();
  }

  final Language language() {
    return texts().language();
  }

  /** Returns standard output: for results. */
  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Returns standard output as bytes: for binary results, only when it is not a terminal. */
  final StandardOutput stdout() {
    return guidepost.stdout();
  }

  /** Returns standard error: for errors and notes about the run. */
  final PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Returns standard input: for answers to questions, and for {@code -} as a file. */
  final InputStream stdin() {
    return guidepost.stdin();
  }

  /** Reads a policy from a file, or from standard input for {@code -}. */
  final Policy read(String file) {
    return new PolicySource(texts(), stdin()).read(file);
  }
}
