package dev.guidepost.cli;

import dev.guidepost.policy.check.Checker;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.rules.StandardRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code guidepost check}: the findings of one or more policy files with their facts and
 * suggestions, as text, JSON or SARIF. A folder stands for every {@code *.json} file in it and its
 * subfolders, in sorted order. A file that cannot be read is reported on standard error and the
 * others are checked all the same.
 *
 * <p>One file prints its report as it always has. Several files, or a folder, print each file's
 * report under its name and then a summary line and, for text, the disclaimer once (the summary
 * line on standard error for JSON and SARIF, whose standard output is one document: for JSON the
 * files' reports and the totals). The exit code is the worst over all files: 2 if one could not be
 * read, else 1 if one has an error, else 0.
 */
@Command(name = "check")
final class CheckCommand extends GuidepostCommand {
  @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "check.files")
  private List<String> files = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "check.format")
  private ReportFormat format = ReportFormat.TEXT;

  CheckCommand() {}

  @Override
  int run() {
    boolean several = files.size() > 1 || PolicyFiles.anyFolder(files);
    Checker checker = StandardRules.checker();
    List<CheckedFile> checked = new ArrayList<>();
    for (PolicyFiles.Entry entry : PolicyFiles.expand(files, texts())) {
      CheckedFile file = check(checker, entry);
      checked.add(file);
      String problem = file.problem();
      if (problem != null) {
        err().append(problem).append('\n');
      }
    }
    CheckedFile.Summary summary = CheckedFile.Summary.of(checked);
    switch (format) {
      case TEXT -> text(checked, several);
      case JSON -> {
        if (several) {
          out().print(FindingsJson.write(checked, language()));
        } else {
          Report report = checked.get(0).report();
          if (report != null) {
            out().print(FindingsJson.write(report, language()));
          }
        }
      }
      case SARIF ->
          out()
              .print(
                  new FindingsSarif(texts(), checker.rules(), version(), Path.of(""))
                      .write(checked));
    }
    if (several && format != ReportFormat.TEXT) {
      err().append(summary.line(texts())).append('\n');
    }
    return summary.exitCode();
  }

  private CheckedFile check(Checker checker, PolicyFiles.Entry entry) {
    String name = entry.name();
    boolean standardInput = PolicySource.STANDARD_INPUT.equals(name);
    String shown = standardInput ? texts().get("input.standard-input") : name;
    Path path = standardInput ? null : path(name);
    String listing = entry.problem();
    if (listing != null) {
      return CheckedFile.unreadable(shown, path, listing);
    }
    Report report;
    try {
      report = checker.check(read(name));
    } catch (CommandFailure e) {
      if (e.exitCode() != ExitCode.UNUSABLE_INPUT) {
        throw e;
      }
      return CheckedFile.unreadable(shown, path, String.valueOf(e.getMessage()));
    }
    return CheckedFile.checked(shown, path, report, lines(path));
  }

  private static @Nullable Path path(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      return null; // the reader says why it cannot be read
    }
  }

  /** Finds the decisions' lines, which only SARIF shows; a file gone since it was read has none. */
  private DecisionLines lines(@Nullable Path path) {
    if (path == null || format != ReportFormat.SARIF) {
      return DecisionLines.none();
    }
    try {
      return DecisionLines.of(Files.readAllBytes(path));
    } catch (IOException e) {
      return DecisionLines.none();
    }
  }

  private void text(List<CheckedFile> checked, boolean several) {
    FindingsText text = new FindingsText(texts());
    for (CheckedFile file : checked) {
      Report report = file.report();
      if (report == null) {
        continue;
      }
      if (several) {
        String name = file.name();
        out().append(name).append('\n');
        out().append("=".repeat(name.codePointCount(0, name.length()))).append("\n\n");
      }
      if (several) {
        out().print(text.withoutDisclaimer(report));
        out().append('\n');
      } else {
        out().print(text.report(report));
      }
    }
    if (several) {
      CheckedFile.Summary summary = CheckedFile.Summary.of(checked);
      out().append(summary.line(texts())).append('\n');
      if (summary.files() > 0) { // once for all the reports, and none without one
        out().append('\n').append(text.disclaimer()).append('\n');
      }
    }
  }

  private static String version() {
    try {
      return VersionProvider.version();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
