package dev.guidepost.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of the module depend one way: the renderer interface and the document model know no
 * format, and no format knows another. Read from the sources' imports and fully qualified names,
 * comments left out.
 */
class PackageDependenciesTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/guidepost/render");
  private static final Pattern REFERENCE = Pattern.compile("dev\\.guidepost\\.render(\\.[a-z]+)?");
  private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

  /** The render packages a package's code refers to, other than itself, by short name. */
  private static Set<String> dependencies(String name) throws IOException {
    Path folder = name.isEmpty() ? SOURCES : SOURCES.resolve(name);
    Set<String> used = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(file -> file.toString().endsWith(".java")).toList();
    }
    assertThat(files).as(folder.toString()).isNotEmpty();
    for (Path file : files) {
      String code = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
      code = code.replaceFirst("package [^;]+;", "");
      Matcher matcher = REFERENCE.matcher(code);
      while (matcher.find()) {
        String group = matcher.group(1);
        String package_ = group == null ? "" : group.substring(1);
        if (!package_.equals(name)) {
          used.add(package_.isEmpty() ? "(render)" : package_);
        }
      }
    }
    return used;
  }

  @Test
  void the_renderer_interface_knows_only_the_document_model() throws IOException {
    assertThat(dependencies("")).containsExactly("document");
  }

  @Test
  void the_document_model_and_the_shared_internals_know_no_renderer() throws IOException {
    assertThat(dependencies("document")).isEmpty();
    assertThat(dependencies("internal")).containsExactly("document");
  }

  @Test
  void each_format_knows_the_interface_the_model_and_the_internals_only() throws IOException {
    for (String format : List.of("text", "markdown", "html")) {
      assertThat(dependencies(format))
          .as(format)
          .isSubsetOf("(render)", "document", "internal")
          .contains("(render)", "document");
    }
  }

  @Test
  void the_composer_knows_the_document_model_and_no_renderer() throws IOException {
    assertThat(dependencies("compose")).containsExactly("document");
  }
}
