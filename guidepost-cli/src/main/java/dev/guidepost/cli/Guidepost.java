package dev.guidepost.cli;

import dev.guidepost.policy.checklist.Checklist;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Sector;
import dev.guidepost.policy.standard.Preset;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code guidepost} command-line tool: composes, checks, fixes and renders social media
 * policies, speaking English, Danish, Swedish, Norwegian or Dutch ({@code --lang}).
 *
 * <p>Results go to standard output and errors to standard error, both in UTF-8; the tool never
 * prints a stack trace. Exit codes: 0 done (a checked policy has no error), 1 the policy has an
 * error, 2 the command line is wrong or a file cannot be read or written, 3 Guidepost itself
 * failed.
 *
 * <pre>{@code
 * guidepost example --lang da
 * guidepost check policy.json --format json
 * }</pre>
 */
@Command(
    name = "guidepost",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class)
public final class Guidepost implements Callable<Integer> {
  /** The commands, in the order the help lists them. */
  private static final List<Class<? extends GuidepostCommand>> COMMANDS =
      List.of(
          ExampleCommand.class,
          NewCommand.class,
          InterviewCommand.class,
          CheckCommand.class,
          FixCommand.class,
          RenderCommand.class,
          DiffCommand.class,
          RulesCommand.class,
          CoverageCommand.class,
          SchemaCommand.class);

  private final InputStream stdin;
  private final StandardOutput stdout;
  private CliTexts texts;

  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli
  private CommandSpec spec;

  private Guidepost(CliTexts texts, InputStream stdin, StandardOutput stdout) {
    this.texts = texts;
    this.stdin = stdin;
    this.stdout = stdout;
  }

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line, such as {@code check policy.json --lang da}
   */
  public static void main(String[] args) {
    // POI (DOCX) logs through Log4j's API, which without a provider warns on every run: the API's
    // own simple logger keeps its errors and is otherwise quiet, unless the user chose a logger
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
    // straight to the file descriptor: System.out would hide a failed write
    StandardOutput stdout = StandardOutput.ofProcess();
    PrintWriter err = utf8(System.err);
    int exitCode = run(System.in, stdout, err, args);
    err.flush();
    System.exit(exitCode);
  }

  /**
   * Runs the tool with standard output as bytes, which binary formats are written to when it is not
   * a terminal. If standard output could not be written, the run says so and ends with exit code 3;
   * unless its reader has gone (a closed pipe, as with {@code | head}): then it ends quietly with
   * the command's own exit code.
   *
   * @return the exit code
   */
  static int run(InputStream stdin, StandardOutput stdout, PrintWriter err, String... args) {
    PrintWriter out = utf8(stdout);
    return run(stdin, stdout, out, err, args);
  }

  /**
   * Runs the tool on a command line, reading {@code -} from {@code stdin}. If standard output could
   * not be written (a full disk, a closed pipe), the run says so and ends with exit code 3.
   *
   * @return the exit code
   */
  static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
    return run(stdin, StandardOutput.textOnly(), out, err, args);
  }

  private static int run(
      InputStream stdin, StandardOutput stdout, PrintWriter out, PrintWriter err, String... args) {
    CliTexts texts = CliTexts.of(requestedLanguage(args));
    int exitCode;
    try {
      exitCode = commandLine(texts, stdin, stdout, out, err, commandsFor(args)).execute(args);
    } catch (RuntimeException e) { // picocli failed to set up the commands: a bug in Guidepost
      err.println(texts.get("error.unexpected", "problem", e.toString()));
      exitCode = ExitCode.INTERNAL_ERROR;
    }
    out.flush();
    if (stdout.readerGone()) {
      err.flush();
      return exitCode; // the reader of a pipe has all it wanted
    }
    if (out.checkError() || stdout.failed()) {
      err.append(texts.get("error.output-failed")).append('\n');
      exitCode = ExitCode.INTERNAL_ERROR;
    }
    err.flush();
    return exitCode;
  }

  /** Returns the tool's command line, with its texts, converters and error handling in place. */
  static CommandLine commandLine(
      CliTexts texts, InputStream stdin, PrintWriter out, PrintWriter err) {
    return commandLine(texts, stdin, StandardOutput.textOnly(), out, err, COMMANDS);
  }

  /**
   * The commands a command line needs: only the one it names, when it names one, since picocli
   * reads every command's annotations when the command is added, which is much of the tool's start;
   * all of them otherwise, for the help and for picocli's error messages and suggestions.
   */
  static List<Class<? extends GuidepostCommand>> commandsFor(String... args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--lang")) {
        i++; // its value
      } else if (!arg.startsWith("-")) {
        for (Class<? extends GuidepostCommand> command : COMMANDS) {
          if (command.getAnnotation(Command.class).name().equals(arg)) {
            return List.of(command);
          }
        }
        return COMMANDS;
      } else if (!arg.startsWith("--lang=")) {
        return COMMANDS; // an option of the tool's own (help, version), a wrong one, or --
      }
    }
    return COMMANDS;
  }

  private static CommandLine commandLine(
      CliTexts texts,
      InputStream stdin,
      StandardOutput stdout,
      PrintWriter out,
      PrintWriter err,
      List<Class<? extends GuidepostCommand>> commands) {
    CommandLine cli = new CommandLine(new Guidepost(texts, stdin, stdout));
    for (Class<? extends GuidepostCommand> command : commands) {
      cli.addSubcommand(command);
    }
    cli.setResourceBundle(texts.bundle());
    cli.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    cli.registerConverter(Language.class, Choice.of(texts, Language.standard(), Language::code));
    cli.registerConverter(Country.class, new CountryConverter(texts));
    cli.registerConverter(
        EmployeeRepresentation.class,
        Choice.of(texts, List.of(EmployeeRepresentation.values()), EmployeeRepresentation::id));
    cli.registerConverter(Sector.class, Choice.of(texts, List.of(Sector.values()), Sector::id));
    cli.registerConverter(Preset.class, Choice.of(texts, List.of(Preset.values()), Preset::id));
    cli.registerConverter(Checklist.class, Choice.of(texts, Checklist.standard(), Checklist::id));
    cli.registerConverter(
        ReportFormat.class, Choice.of(texts, List.of(ReportFormat.values()), ReportFormat::id));
    cli.registerConverter(
        DocumentFormat.class,
        Choice.of(texts, List.of(DocumentFormat.values()), DocumentFormat::id));
    cli.registerConverter(
        DiffFormat.class, Choice.of(texts, List.of(DiffFormat.values()), DiffFormat::id));
    Failures failures = new Failures(texts);
    cli.setParameterExceptionHandler(failures);
    cli.setExecutionExceptionHandler(failures);
    cli.setOut(out);
    cli.setErr(err);
    return cli;
  }

  /**
   * Takes the language of the whole run from the command line before picocli parses it, so that
   * help and errors about other arguments are in that language too. An invalid code gives English
   * here; picocli then reports it as a usage error.
   */
  static Language requestedLanguage(String... args) {
    for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        return standardOrEnglish(args[i + 1]);
      }
      if (args[i].startsWith("--lang=")) {
        return standardOrEnglish(args[i].substring("--lang=".length()));
      }
    }
    return Language.ENGLISH;
  }

  private static Language standardOrEnglish(String code) {
    return Language.standard().stream()
        .filter(language -> language.code().equals(code))
        .findFirst()
        .orElse(Language.ENGLISH);
  }

  /**
   * Sets the language of the output; every command inherits this option.
   *
   * @param language a standard language
   */
  @Option(
      names = "--lang",
      paramLabel = "LANG",
      descriptionKey = "option.lang",
      scope = ScopeType.INHERIT)
  void language(Language language) {
    this.texts = CliTexts.of(language);
  }

  CliTexts texts() {
    return texts;
  }

  InputStream stdin() {
    return stdin;
  }

  StandardOutput stdout() {
    return stdout;
  }

  /**
   * Shows the usage on standard error when no command is given.
   *
   * @return exit code 2
   */
  @Override
  public Integer call() {
    spec.commandLine().getErr().print(texts.get("error.no-command") + "\n\n");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.UNUSABLE_INPUT;
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
