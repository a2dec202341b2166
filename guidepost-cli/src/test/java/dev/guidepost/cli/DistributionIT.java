package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unpacks the tool's distribution, as built by this build, into an empty folder and runs it from
 * there with its own launcher: neither the checkout nor Maven is needed, and the archive holds
 * every jar the tool needs. The {@code .tar.gz} is unpacked with {@code tar}, so the launcher's
 * executable bit is tested too; the {@code .zip} must hold the same files.
 */
class DistributionIT {
  private static final String VERSION =
      Objects.requireNonNull(System.getProperty("guidepost.version"), "guidepost.version");

  @TempDir Path folder;

  /**
   * One run of the unpacked tool.
   *
   * @param exitCode the exit code
   * @param out standard output, decoded as UTF-8
   * @param err standard error, decoded as UTF-8
   */
  record Result(int exitCode, String out, String err) {}

  @Test
  void the_unpacked_tar_gz_checks_a_policy_with_its_own_launcher() throws Exception {
    Path home = untar();
    Path clean = Policies.write(folder, "clean.json", Policies.clean());
    Path errors = Policies.write(folder, "errors.json", Policies.errors());

    Result valid =
        run(home.resolve("bin/guidepost"), "check", clean.toString(), "--format", "json");
    Result invalid = run(home.resolve("bin/guidepost"), "check", errors.toString());

    assertThat(Files.isExecutable(home.resolve("bin/guidepost"))).isTrue();
    assertThat(valid.exitCode()).isZero();
    assertThat(valid.out()).isEqualTo("{\n  \"valid\": true,\n  \"findings\": []\n}\n");
    assertThat(valid.err()).isEmpty();
    assertThat(invalid.exitCode()).isEqualTo(1);
    assertThat(invalid.out()).contains("Error: credentials-never-requested\n");
    assertThat(invalid.err()).isEmpty();
  }

  /**
   * POI, which writes the DOCX, logs through the Log4j API, which says on standard error that it
   * found no logging provider unless the tool chose one; only the distribution's own class path
   * shows it, as tests have providers of their own on theirs.
   */
  @Test
  void rendering_docx_and_pdf_leaves_standard_error_empty() throws Exception {
    Path home = untar();
    Path clean = Policies.write(folder, "clean.json", Policies.clean());
    for (String format : List.of("docx", "pdf")) {
      Path out = folder.resolve("policy." + format);

      Result render =
          run(
              home.resolve("bin/guidepost"),
              "render",
              clean.toString(),
              "--format",
              format,
              "-o",
              out.toString());

      assertThat(render.exitCode()).as(render.err()).isZero();
      assertThat(render.err()).as(format).isEmpty();
      assertThat(out).isNotEmptyFile();
    }
  }

  @Test
  void the_launcher_runs_through_a_symbolic_link_and_says_its_version() throws Exception {
    Path home = untar();
    Path link =
        Files.createSymbolicLink(
            Files.createDirectories(folder.resolve("path")).resolve("guidepost"),
            home.resolve("bin/guidepost"));

    Result version = run(link, "--version");

    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).isEqualTo("guidepost " + VERSION + "\n");
  }

  @Test
  void a_damaged_class_data_sharing_archive_is_removed_and_the_run_goes_on_without_it()
      throws Exception {
    Assumptions.assumeTrue(
        Runtime.version().feature() >= 19, "the launcher keeps an archive on Java 19 and later");
    Path home = untar();
    Path launcher = home.resolve("bin/guidepost");
    String expected = "guidepost " + VERSION + "\n";
    assertThat(run(launcher, "--version").out()).isEqualTo(expected);
    Path archive;
    try (Stream<Path> files = Files.list(folder.resolve(".cache/guidepost"))) {
      archive = files.filter(file -> file.toString().endsWith(".jsa")).findFirst().orElseThrow();
    }
    // its header kept, garbage after it: such an archive crashed Java 25 as it started, every run
    byte[] damaged = Files.readAllBytes(archive);
    Random garbage = new Random(1);
    for (int i = 4096; i < damaged.length; i += 7) {
      damaged[i] = (byte) garbage.nextInt(256);
    }
    Files.write(archive, damaged);

    Result damagedRun = run(launcher, "--version");
    Result nextRun = run(launcher, "--version");

    assertThat(damagedRun.exitCode()).as(damagedRun.out()).isZero();
    assertThat(damagedRun.out()).isEqualTo(expected);
    assertThat(damagedRun.err()).isEmpty();
    assertThat(nextRun.out()).isEqualTo(expected);
    assertThat(Files.readAllBytes(archive)).as("the archive made again").isNotEqualTo(damaged);
  }

  @Test
  void the_zip_holds_what_the_tar_gz_holds_with_a_windows_launcher() throws Exception {
    Path home = untar();
    TreeSet<String> unpacked = new TreeSet<>();
    try (Stream<Path> files = Files.walk(home)) {
      files
          .filter(Files::isRegularFile)
          .forEach(file -> unpacked.add("guidepost-" + VERSION + "/" + home.relativize(file)));
    }
    TreeSet<String> zipped = new TreeSet<>();
    String cmd = "";
    try (InputStream in = Files.newInputStream(archive("zip"));
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (!entry.isDirectory()) {
          zipped.add(entry.getName());
        }
        if (entry.getName().endsWith("bin/guidepost.cmd")) {
          cmd = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }

    assertThat(zipped).isEqualTo(unpacked);
    assertThat(unpacked)
        .contains(
            "guidepost-" + VERSION + "/bin/guidepost",
            "guidepost-" + VERSION + "/bin/guidepost.cmd",
            "guidepost-" + VERSION + "/LICENSE",
            "guidepost-" + VERSION + "/README.txt",
            "guidepost-" + VERSION + "/lib/guidepost-cli-" + VERSION + ".jar",
            "guidepost-" + VERSION + "/lib/policy-core-" + VERSION + ".jar");
    assertThat(cmd)
        .contains("\r\n")
        .doesNotContain("\n\n")
        .contains(
            "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto %GUIDEPOST_OPTS% "
                + "-cp \"%GUIDEPOST_LIB%\\*\" dev.guidepost.cli.Guidepost %*");
  }

  private Path archive(String extension) {
    Path archive =
        Path.of(
            Objects.requireNonNull(
                    System.getProperty("guidepost.distribution"), "guidepost.distribution")
                + "."
                + extension);
    assertThat(archive).isRegularFile();
    return archive;
  }

  /** Unpacks the {@code .tar.gz} into an empty folder and returns its {@code guidepost-VERSION}. */
  private Path untar() throws IOException, InterruptedException {
    Path target = Files.createDirectories(folder.resolve("unpacked"));
    Result tar =
        run(List.of("tar", "-xzf", archive("tar.gz").toString(), "-C", target.toString()), folder);
    assertThat(tar.exitCode()).as(tar.err()).isZero();
    return target.resolve("guidepost-" + VERSION);
  }

  private Result run(Path launcher, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(List.of(args));
    return run(command, folder);
  }

  private Result run(List<String> command, Path directory)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(folder, "stdout", "");
    Path err = Files.createTempFile(folder, "stderr", "");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("HOME", folder.toString());
    builder.environment().remove("XDG_CACHE_HOME");
    builder.environment().remove("GUIDEPOST_OPTS");
    builder.environment().put("LC_ALL", "C");
    builder.environment().put("LANG", "C");
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("did not finish within two minutes: " + command);
    }
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
