package dev.guidepost.cli;

import dev.guidepost.policy.check.Report;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One policy file of a {@code guidepost check} run: its report, or why it could not be read.
 *
 * @param name the file as the user named it (or as found in a folder), or "standard input"
 * @param path the file, or null for standard input
 * @param report the findings, or null if the file could not be read
 * @param problem the message saying why it could not be read, or null if it was read
 * @param lines where the file states its decisions, for pointing a finding at its line
 */
record CheckedFile(
    String name,
    @Nullable Path path,
    @Nullable Report report,
    @Nullable String problem,
    DecisionLines lines) {

  static CheckedFile checked(String name, @Nullable Path path, Report report, DecisionLines lines) {
    return new CheckedFile(name, path, report, null, lines);
  }

  static CheckedFile unreadable(String name, @Nullable Path path, String problem) {
    return new CheckedFile(name, path, null, problem, DecisionLines.none());
  }

  /**
   * The totals of a run: the summary line's numbers.
   *
   * @param files the files read and checked
   * @param errors their findings of severity error
   * @param warnings their warnings
   * @param infos their notes
   * @param unreadable the files that could not be read
   */
  record Summary(int files, int errors, int warnings, int infos, int unreadable) {
    static Summary of(List<CheckedFile> files) {
      int checked = 0;
      int errors = 0;
      int warnings = 0;
      int infos = 0;
      int unreadable = 0;
      for (CheckedFile file : files) {
        Report report = file.report();
        if (report == null) {
          unreadable++;
        } else {
          checked++;
          errors += report.errors().size();
          warnings += report.warnings().size();
          infos += report.infos().size();
        }
      }
      return new Summary(checked, errors, warnings, infos, unreadable);
    }

    /**
     * Returns the worst exit code over all files: 2 if one could not be read, else 1 if one has an
     * error.
     */
    int exitCode() {
      if (unreadable > 0) {
        return ExitCode.UNUSABLE_INPUT;
      }
      return errors > 0 ? ExitCode.POLICY_HAS_ERRORS : ExitCode.OK;
    }

    String line(CliTexts texts) {
      return texts.get(
          "check.summary",
          "files",
          String.valueOf(files),
          "errors",
          String.valueOf(errors),
          "warnings",
          String.valueOf(warnings),
          "notes",
          String.valueOf(infos),
          "unreadable",
          String.valueOf(unreadable));
    }
  }
}
