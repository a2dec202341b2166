package dev.guidepost.cli;

/** How {@code guidepost check} prints its findings. */
enum ReportFormat {
  /** For people: findings with their facts, advice, fixes and sources. */
  TEXT("text"),
  /** For programs: {@code {"valid": ..., "findings": [...]}}. */
  JSON("json");

  private final String id;

  ReportFormat(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }
}
