package dev.guidepost.examples;

import dev.guidepost.policy.check.InvalidPolicyException;
import dev.guidepost.policy.check.Report;
import dev.guidepost.policy.check.ValidatedPolicy;
import dev.guidepost.policy.json.PolicyFormatException;
import dev.guidepost.policy.json.PolicyJson;
import dev.guidepost.policy.message.Message;
import dev.guidepost.policy.model.Language;
import dev.guidepost.policy.model.Policy;
import dev.guidepost.policy.rules.StandardRules;
import dev.guidepost.render.compose.Composer;
import dev.guidepost.render.markdown.MarkdownRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * What an application does with a policy file: reads its JSON, checks it and prints the findings in
 * the policy's authoritative language, then renders it as Markdown in each language it is published
 * in, one file per language.
 *
 * <pre>
 * ReadCheckRender [policy.json [output-folder]]
 * </pre>
 *
 * <p>Without arguments it reads a sample policy bundled with the example and writes to {@code
 * policy-documents}. The exit status is 0 when the documents were written, 1 when the policy has an
 * error finding (nothing is rendered), 2 when the input cannot be read (the message names the JSON
 * path and what was expected).
 */
public final class ReadCheckRender {
  /** The sample policy bundled beside this class. */
  static final String SAMPLE = "sample-policy.json";

  private ReadCheckRender() {}

  /**
   * Runs the example.
   *
   * @param args the policy file and the output folder, both optional
   * @param out where to print the findings and the files written
   * @return the exit status: 0, 1 or 2
   * @throws IOException if a document cannot be written
   */
  public static int run(List<String> args, PrintStream out) throws IOException {
    return run(args, Path.of("policy-documents"), out);
  }

  /** Runs the example with another output folder when none is given. */
  static int run(List<String> args, Path defaultFolder, PrintStream out) throws IOException {
    if (args.size() > 2) {
      out.println("usage: ReadCheckRender [policy.json [output-folder]]");
      return 2;
    }
    String name = args.isEmpty() ? SAMPLE : args.get(0);
    Policy policy;
    try {
      policy = args.isEmpty() ? sample() : PolicyJson.standard().read(Path.of(name));
    } catch (PolicyFormatException e) {
      out.println(name + ": " + e.getMessage());
      return 2;
    } catch (NoSuchFileException e) {
      out.println(name + ": no such file");
      return 2;
    } catch (IOException e) {
      out.println(name + ": cannot be read: " + e.getMessage());
      return 2;
    }
    ValidatedPolicy valid;
    try {
      valid = StandardRules.checker().validate(policy);
    } catch (InvalidPolicyException e) {
      print(e.report(), policy.authoritativeLanguage(), out);
      return 1;
    }
    print(valid.report(), policy.authoritativeLanguage(), out);
    Path folder = args.size() > 1 ? Path.of(args.get(1)) : defaultFolder;
    Files.createDirectories(folder);
    String base = Path.of(name).getFileName().toString().replaceFirst("\\.json$", "");
    for (Language published : policy.languages()) {
      Path file = folder.resolve(base + "." + published.code() + ".md");
      Files.writeString(
          file,
          MarkdownRenderer.create().render(Composer.standard().compose(valid, published)),
          StandardCharsets.UTF_8);
      out.println(file);
    }
    return 0;
  }

  private static void print(Report report, Language language, PrintStream out) {
    if (!report.findings().isEmpty()) {
      out.println(report.describe(language));
      out.println(Message.of("report.disclaimer").format(language));
    }
  }

  private static Policy sample() {
    try (InputStream in = ReadCheckRender.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the sample policy " + SAMPLE + " is missing");
      }
      return PolicyJson.standard().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the example and exits with its status when that is not 0.
   *
   * @param args the policy file and the output folder, both optional
   * @throws IOException if a document cannot be written
   */
  public static void main(String[] args) throws IOException {
    int status = run(List.of(args), System.out);
    if (status != 0) {
      System.exit(status);
    }
  }
}
