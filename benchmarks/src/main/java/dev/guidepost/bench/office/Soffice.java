package dev.guidepost.bench.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice run headless as a whole process, converting one file, with one user profile that is
 * kept across conversions so that the profile LibreOffice creates on its first start is not
 * measured. Process start, loading the HTML, layout and writing the file are measured.
 */
public final class Soffice {
  private final String command;
  private final Path profile;

  private Soffice(String command, Path profile) {
    this.command = command;
    this.profile = profile;
  }

  /**
   * Finds {@code soffice} on the path.
   *
   * @param profile the directory of the user profile, created on the first conversion
   * @return LibreOffice, or empty when {@code soffice} is not installed
   */
  public static Optional<Soffice> find(Path profile) {
    for (String dir :
        System.getenv()
            .getOrDefault("PATH", "")
            .split(java.util.regex.Pattern.quote(java.io.File.pathSeparator), -1)) {
      Path candidate = Path.of(dir, "soffice");
      if (Files.isExecutable(candidate)) {
        return Optional.of(new Soffice(candidate.toString(), profile));
      }
    }
    return Optional.empty();
  }

  /**
   * Converts a file as {@code soffice --headless --convert-to FORMAT} does.
   *
   * @param input the file to convert
   * @param format {@code docx} or {@code pdf}; an HTML page opens in Writer/Web, so DOCX is asked
   *     for with Writer's export filter {@code docx:MS Word 2007 XML}
   * @param outDir the directory the converted file is written to
   * @return the converted file
   * @throws IOException if LibreOffice fails or writes nothing
   * @throws InterruptedException if interrupted while waiting
   */
  public Path convert(Path input, String format, Path outDir)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                List.of(
                    command,
                    "-env:UserInstallation=" + profile.toUri(),
                    "--headless",
                    "--convert-to",
                    format.equals("docx") ? "docx:MS Word 2007 XML" : format,
                    "--outdir",
                    outDir.toString(),
                    input.toString()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("soffice did not finish converting " + input + " in 5 minutes");
    }
    String name = input.getFileName().toString();
    Path out = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
    if (process.exitValue() != 0 || !Files.isRegularFile(out) || Files.size(out) == 0) {
      throw new IOException("soffice exited with " + process.exitValue() + " and wrote no " + out);
    }
    return out;
  }
}
