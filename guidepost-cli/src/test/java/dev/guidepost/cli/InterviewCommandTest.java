package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidepost.policy.check.Severity;
import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Country;
import dev.guidepost.policy.model.EmployeeRepresentation;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.questionnaire.Answers;
import dev.guidepost.policy.questionnaire.Question;
import dev.guidepost.policy.questionnaire.Questionnaire;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.policy.standard.Preset;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterviewCommandTest {
  private static final Questionnaire QUESTIONNAIRE = Questionnaire.standard();
  private static final List<Question> QUESTIONS = QUESTIONNAIRE.questions();
  private static final Organisation ACME = Organisation.of("Acme A/S", Country.DK);

  @TempDir Path folder;

  @Test
  void empty_lines_take_the_suggested_answers_which_give_the_balanced_preset() {
    Run run =
        Run.withInput(
            "\n".repeat(QUESTIONS.size()), "interview", "--org", "Acme A/S", "--country", "DK");

    assertThat(run.exitCode()).isZero();
    assertThat(PolicyJson.standard().read(run.out())).isEqualTo(Preset.BALANCED.policyFor(ACME));
    assertThat(run.err())
        .startsWith("Answer ten questions about how your organisation uses social media.")
        .contains("Question 10 of 10: ");
  }

  @Test
  void numbers_choose_answers_in_the_order_shown() {
    StringBuilder input = new StringBuilder();
    Answers.Builder expected = Answers.builder();
    for (Question question : QUESTIONS) {
      int last = question.answers().size();
      input.append(last).append('\n');
      expected.answer(question.id(), question.answers().get(last - 1).id());
    }

    Run run = Run.withInput(input.toString(), "interview", "--org", "Acme A/S", "--country", "DK");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(PolicyJson.standard().write(QUESTIONNAIRE.policyFor(ACME, expected.build())));
  }

  @Test
  void asks_the_questions_on_standard_error_with_numbered_answers_and_the_suggestion() {
    Run run = Run.withInput("\n".repeat(QUESTIONS.size()), "interview");

    Question first = QUESTIONS.get(0);
    int suggested = first.answers().indexOf(first.defaultAnswer()) + 1;
    assertThat(run.err())
        .contains(
            "Question 1 of " + QUESTIONS.size() + ": " + first.text().format(Language.ENGLISH))
        .contains("  1) " + first.answers().get(0).text().format(Language.ENGLISH) + "\n")
        .contains("Your answer [" + suggested + "]: ")
        .endsWith("render it with \"guidepost render\".\n");
    assertThat(run.out()).doesNotContain("Question");
  }

  @Test
  void asks_again_after_an_answer_that_is_not_one_of_the_numbers() {
    String input = "0\nyes\n99\n1234\n-1\n\t2\n" + "\n".repeat(QUESTIONS.size());

    Run run = Run.withInput(input, "interview");

    int choices = QUESTIONS.get(0).answers().size();
    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .containsOnlyOnce("Question 1 of")
        .contains("Please answer with a number from 1 to " + choices + ".");
    assertThat(run.err().split("Please answer", -1))
        .as("a tab around a number is blank")
        .hasSize(6);
  }

  @Test
  void input_that_ends_early_writes_nothing_and_exits_with_2() {
    Path out = folder.resolve("policy.json");

    Run run = Run.withInput("1\n2\n", "interview", "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .endsWith("The input ended before every question was answered, so no policy was written.\n")
        .doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  /**
   * With standard input closed ({@code <&-}), the JVM's first open file, its module image, takes
   * its place: these are its first bytes.
   */
  @Test
  void input_that_is_not_text_as_when_standard_input_is_closed_writes_nothing_and_exits_with_2() {
    Path out = folder.resolve("policy.json");
    byte[] moduleImage = {(byte) 0xDA, (byte) 0xDA, (byte) 0xFE, (byte) 0xCA, 0, 0, 1, 0, '\n'};

    Run run =
        Run.withInput(new ByteArrayInputStream(moduleImage), "interview", "-o", out.toString());
    Run controls = Run.withInput("\n\u0000\u0001\n" + "\n".repeat(QUESTIONS.size()), "interview");

    for (Run ended : List.of(run, controls)) {
      assertThat(ended.exitCode()).isEqualTo(2);
      assertThat(ended.out()).isEmpty();
      assertThat(ended.err())
          .endsWith("Standard input is not text (is it closed?), so no policy was written.\n")
          .doesNotContain("Please answer");
    }
    assertThat(out).doesNotExist();
  }

  @Test
  void input_that_fails_writes_nothing_and_exits_with_2() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("Bad file descriptor");
          }

          @Override
          public int read(byte[] bytes, int offset, int length) throws IOException {
            throw new IOException("Bad file descriptor");
          }
        };

    Run run = Run.withInput(failing, "interview");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .endsWith(
            "The input ended before every question was answered, so no policy was written."
                + " (Bad file descriptor)\n");
  }

  @Test
  void speaks_danish_and_suggests_a_danish_organisation() {
    Run run = Run.withInput("\n".repeat(QUESTIONS.size()), "interview", "--lang", "da");

    assertThat(run.err())
        .contains("Spørgsmål 1 af " + QUESTIONS.size() + ": ")
        .contains(QUESTIONS.get(0).text().format(Language.DANISH))
        .contains("Dit svar [");
    Policy policy = PolicyJson.standard().read(run.out());
    assertThat(policy.organisation().name()).isEqualTo("Vores virksomhed");
    assertThat(policy.organisation().country()).isEqualTo(Country.DK);
  }

  @Test
  void an_output_file_that_cannot_be_written_is_refused_before_the_first_question() {
    String missing = folder.resolve("no-such-folder").resolve("policy.json").toString();

    Run noFolder = Run.withInput("\n".repeat(QUESTIONS.size()), "interview", "-o", missing);
    Run isFolder =
        Run.withInput("\n".repeat(QUESTIONS.size()), "interview", "-o", folder.toString());

    assertThat(noFolder.exitCode()).isEqualTo(2);
    assertThat(noFolder.out()).isEmpty();
    assertThat(noFolder.err())
        .isEqualTo("Cannot write " + missing + ": its folder does not exist.\n");
    assertThat(isFolder.exitCode()).isEqualTo(2);
    assertThat(isFolder.err()).isEqualTo("Cannot write " + folder + ": it is a folder.\n");
  }

  @Test
  void writes_the_policy_to_the_file_given_with_o() throws Exception {
    Path out = folder.resolve("policy.json");

    Run run = Run.withInput("\n".repeat(QUESTIONS.size()), "interview", "-o", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(PolicyJson.standard().read(Files.readString(out, StandardCharsets.UTF_8)))
        .isEqualTo(Preset.BALANCED.policyFor(Organisation.of("Our organisation", Country.GB)));
  }

  @Test
  void a_works_council_in_the_netherlands_gets_a_policy_without_errors_for_any_monitoring() {
    for (int choice = 1;
        choice <= QUESTIONNAIRE.question("monitoring").answers().size();
        choice++) {
      StringBuilder input = new StringBuilder();
      for (Question question : QUESTIONS) {
        input.append(question.id().equals("monitoring") ? String.valueOf(choice) : "").append('\n');
      }

      Run run =
          Run.withInput(
              input.toString(),
              "interview",
              "--country",
              "NL",
              "--representation",
              "works-council");

      Policy policy = PolicyJson.standard().read(run.out());
      assertThat(policy.organisation().employeeRepresentation())
          .isEqualTo(EmployeeRepresentation.WORKS_COUNCIL);
      assertThat(StandardRules.checker().check(policy).findings())
          .noneMatch(finding -> finding.severity() == Severity.ERROR);
    }
  }

  @Test
  void writes_the_other_countries_into_the_policy() {
    Run run =
        Run.withInput(
            "\n".repeat(QUESTIONS.size()),
            "interview",
            "--country",
            "SE",
            "--other-countries",
            "NO,DK");

    assertThat(run.exitCode()).isZero();
    Policy policy = PolicyJson.standard().read(run.out());
    assertThat(policy.organisation().countries())
        .containsExactly(Country.SE, Country.NO, Country.DK);
  }
}
