package dev.guidepost.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.testing.PolicyAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What a company's own test suite does: every policy file in a folder stays free of errors, one
 * test per file, so a failure names the file and lists its findings.
 */
class PolicyFolderTest {
  private static final Path FOLDER = Path.of("policies");

  @TestFactory
  Stream<DynamicTest> every_policy_in_the_folder_has_no_error() throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(FOLDER)) {
      files = listed.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).as("policy files in %s", FOLDER.toAbsolutePath()).hasSizeGreaterThan(3);
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(), () -> PolicyAssertions.assertNoErrors(file)));
  }
}
