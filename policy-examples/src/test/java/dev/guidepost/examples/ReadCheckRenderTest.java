package dev.guidepost.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.model.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadCheckRenderTest {
  @TempDir Path folder;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @Test
  void checks_the_sample_and_renders_it_in_every_language() throws IOException {
    int status = ReadCheckRender.run(List.of(), folder, out);

    assertThat(status).isZero();
    assertThat(printed())
        .startsWith(
            "Advarsel [advocacy-vs-central-communication] Politikken opfordrer medarbejderne til"
                + " at dele virksomhedens indhold")
        .contains("De er ikke juridisk rådgivning");
    for (Language language : Language.standard()) {
      Path file = folder.resolve("sample-policy." + language.code() + ".md");
      assertThat(printed()).contains(file.toString());
      assertThat(Files.readString(file)).startsWith("# ").contains("Havbris Design ApS");
    }
    assertThat(Files.readString(folder.resolve("sample-policy.da.md")))
        .contains("Sociale medier i arbejdstiden");
    assertThat(Files.readString(folder.resolve("sample-policy.nl.md"))).contains("werktijd");
  }

  @Test
  void renders_a_policy_file_in_the_languages_it_is_published_in() throws IOException {
    int status = ReadCheckRender.run(List.of("policies/nordlys-dk.json", folder.toString()), out);

    assertThat(status).isZero();
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly("nordlys-dk.da.md", "nordlys-dk.en.md");
    }
    assertThat(Files.readString(folder.resolve("nordlys-dk.en.md")))
        .contains("Nordlys Rådgivning A/S")
        .contains("Mette Holm")
        .contains("**Change history**")
        .contains(
            "| 1.0.0 | 1 January 2027 | First version, approved by the works council on 2"
                + " November 2026. |");
    assertThat(Files.readString(folder.resolve("nordlys-dk.da.md")))
        .contains("**Ændringshistorik**")
        .contains("| Version | Gælder fra | Ændringer |");
    assertThat(printed()).doesNotContain("[");
  }

  @Test
  void prints_the_errors_and_renders_nothing_for_a_policy_with_errors() throws IOException {
    Path policy = folder.resolve("acme.json");
    Files.writeString(
        policy,
        "{\"guidepost\": 1, \"organisation\": {\"name\": \"Acme Inc.\", \"country\": \"US\"},"
            + " \"decisions\": {\"criticism\": {\"option\": \"prohibited\"}}}");

    int status = ReadCheckRender.run(List.of(policy.toString(), folder.toString()), out);

    assertThat(status).isEqualTo(1);
    assertThat(printed()).contains("Error [criticism-ban-us-nlra]");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(policy);
    }
  }

  @Test
  void names_the_json_path_of_a_malformed_policy() throws IOException {
    Path policy = folder.resolve("bad.json");
    Files.writeString(
        policy, "{\"guidepost\": 1, \"organisation\": {\"name\": \"Acme\", \"country\": \"XX\"}}");

    assertThat(ReadCheckRender.run(List.of(policy.toString()), out)).isEqualTo(2);
    assertThat(printed()).startsWith(policy + ": $.organisation.country: expected");
  }

  @Test
  void says_when_the_file_does_not_exist_or_the_arguments_are_wrong() throws IOException {
    assertThat(ReadCheckRender.run(List.of("no/such.json"), out)).isEqualTo(2);
    assertThat(ReadCheckRender.run(List.of("a", "b", "c"), out)).isEqualTo(2);
    assertThat(printed())
        .isEqualTo(
            "no/such.json: no such file\nusage: ReadCheckRender [policy.json [output-folder]]\n");
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }
}
