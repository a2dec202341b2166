package dev.guidepost.cli;

import dev.guidepost.policy.checklist.Checklist;
import dev.guidepost.policy.checklist.ChecklistItem;
import dev.guidepost.policy.checklist.Coverage;
import dev.guidepost.policy.model.Policy;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code guidepost coverage}: how far a policy covers the seed articles' checklists, item by item
 * ({@code [x]} addressed, {@code [ ]} missing).
 */
@Command(name = "coverage")
final class CoverageCommand extends PolicyCommand {
  @Option(names = "--checklist", paramLabel = "ID", descriptionKey = "coverage.checklist")
  private @Nullable Checklist checklist;

  CoverageCommand() {}

  @Override
  int run() {
    Policy policy = policy();
    Checklist only = checklist;
    for (Checklist list : only == null ? Checklist.standard() : List.of(only)) {
      Coverage coverage = list.coverage(policy);
      out().append(coverage.message().format(language())).append('\n');
      for (ChecklistItem item : list.items()) {
        out()
            .append(coverage.addressed().contains(item) ? "  [x] " : "  [ ] ")
            .append(item.label().format(language()))
            .append('\n');
      }
      out().append('\n');
    }
    return ExitCode.OK;
  }
}
