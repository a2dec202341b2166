package dev.guidepost.bench.start;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Comparison 8: the start of Guidepost as a whole process, from launch to exit, against a JVM that
 * prints hello world; and the same start with an application class data sharing archive, made in
 * the setup by a first run with {@code -XX:ArchiveClassesAtExit}. One operation is one process.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StartBenchmark {
  /** What to start: {@code hello}, {@code guidepost} or {@code guidepost-cds}. */
  @Param({"hello", "guidepost", "guidepost-cds"})
  public String command = "hello";

  private List<String> line = List.of();

  /** Creates the benchmark's state. */
  public StartBenchmark() {}

  /** Makes the command line, and for {@code guidepost-cds} the archive. */
  @Setup
  public void prepare() {
    StartCommands commands = new StartCommands();
    line =
        switch (command) {
          case "hello" -> commands.hello();
          case "guidepost" -> commands.guidepost(List.of());
          case "guidepost-cds" -> {
            String archive = commands.archive().toString();
            StartCommands.run(commands.guidepost(List.of("-XX:ArchiveClassesAtExit=" + archive)));
            yield commands.guidepost(List.of("-XX:SharedArchiveFile=" + archive));
          }
          default -> throw new IllegalArgumentException("unknown command " + command);
        };
  }

  /** Starts the process and waits for it to end. */
  @Benchmark
  public void start() {
    StartCommands.run(line);
  }
}
