package dev.guidepost.cli;

/** How {@code guidepost check} prints its findings. */
enum ReportFormat {
  /** For people: findings with their facts, advice, fixes and sources. */
  TEXT("text"),
  /** For programs: {@code {"valid": ..., "findings": [...]}}. */
  JSON("json"),
  /** For code-scanning views: a SARIF 2.1.0 log, each finding on its line of the policy file. */
  SARIF("sarif");

  private final String id;

  ReportFormat(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }
}
