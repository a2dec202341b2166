package dev.guidepost.cli;

import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.model.Organisation;
import dev.guidepost.policy.questionnaire.Answer;
import dev.guidepost.policy.questionnaire.Answers;
import dev.guidepost.policy.questionnaire.Question;
import dev.guidepost.policy.questionnaire.Questionnaire;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code guidepost interview}: asks the {@linkplain Questionnaire#standard() standard
 * questionnaire} on the terminal and writes the resulting policy as JSON, on standard output or
 * into a file. Questions go to standard error, so standard output holds only the policy.
 *
 * <p>Each answer is given by its number; an empty line takes the suggested answer (the
 * questionnaire's default). An answer that is not one of the numbers is asked again. If the input
 * ends, fails or is not text (not UTF-8, or with control characters, as when standard input is
 * closed) before every question is answered, nothing is written and the exit code is 2. A file
 * given with {@code -o} that could not be written is refused before the first question.
 */
@Command(name = "interview")
final class InterviewCommand extends GuidepostCommand {
  @Mixin private OrganisationOptions organisation = new OrganisationOptions();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      descriptionKey = "interview.output")
  private @Nullable String output;

  InterviewCommand() {}

  @Override
  int run() {
    Organisation org = organisation.organisation(texts());
    String target = output;
    if (target != null) {
      OutputFile.writable(target, texts()); // before the first question, not after the last
    }
    Questionnaire questionnaire = Questionnaire.standard();
    List<Question> questions = questionnaire.questions();
    BufferedReader input =
        new BufferedReader(
            new InputStreamReader(
                stdin(),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    err().append(texts().get("interview.intro", "count", texts().count(questions.size())));
    err().append("\n");
    Answers.Builder answers = Answers.builder();
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      err()
          .append("\n")
          .append(
              texts()
                  .get(
                      "interview.question",
                      "number",
                      String.valueOf(i + 1),
                      "count",
                      String.valueOf(questions.size()),
                      "question",
                      question.text().format(language())))
          .append("\n");
      answers.answer(question.id(), ask(question, input).id());
    }
    String json = PolicyJson.standard().write(questionnaire.policyFor(org, answers.build()));
    if (target == null) {
      out().print(json);
    } else {
      OutputFile.write(target, json, texts());
    }
    err().append("\n").append(texts().get("interview.done")).append("\n");
    return ExitCode.OK;
  }

  private Answer ask(Question question, BufferedReader input) {
    List<Answer> choices = question.answers();
    int suggested = choices.indexOf(question.defaultAnswer()) + 1;
    for (int i = 0; i < choices.size(); i++) {
      err()
          .append("  ")
          .append(String.valueOf(i + 1))
          .append(") ")
          .append(choices.get(i).text().format(language()))
          .append("\n");
    }
    while (true) {
      err().append(texts().get("interview.prompt", "suggested", String.valueOf(suggested)));
      err().flush();
      String line = readLine(input);
      if (line.isBlank()) {
        return question.defaultAnswer();
      }
      int chosen = number(line.strip());
      if (chosen >= 1 && chosen <= choices.size()) {
        return choices.get(chosen - 1);
      }
      err()
          .append(texts().get("interview.invalid", "count", String.valueOf(choices.size())))
          .append("\n");
    }
  }

  /**
   * Reads an answer. Input that is not text ends the interview: with standard input closed, the
   * JVM's first open file takes its place, and its bytes are neither UTF-8 nor typed.
   */
  private String readLine(BufferedReader input) {
    try {
      String line = input.readLine();
      if (line != null && line.chars().anyMatch(c -> c < ' ' && c != '\t')) {
        throw CommandFailure.unusableInput(texts().get("interview.not-text"));
      }
      if (line != null) {
        return line;
      }
    } catch (CharacterCodingException e) {
      throw CommandFailure.unusableInput(texts().get("interview.not-text"));
    } catch (IOException e) {
      throw CommandFailure.unusableInput(
          texts().get("interview.ended") + " (" + PolicySource.problem(e) + ")");
    }
    throw CommandFailure.unusableInput(texts().get("interview.ended"));
  }

  private static int number(String text) {
    if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return 0;
    }
    return Integer.parseInt(text);
  }
}
