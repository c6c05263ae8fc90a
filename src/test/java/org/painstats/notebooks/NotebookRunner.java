package org.painstats.notebooks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.painstats.notebooks.Notebook.Output;

/**
 * Runs a notebook in a kernel JVM of its own ({@link NotebookKernel}), started in the notebook's
 * folder as Jupyter starts a kernel, so that relative paths in a notebook ({@code
 * ../sample-data/diary.csv}) mean the same under the test as in Jupyter. The locale, time zone and
 * encodings are pinned so that outputs are the same on every machine, and the JVM is tuned for a
 * short run (JShell compiles every snippet; C1 alone warms up fastest).
 */
final class NotebookRunner {
  /** The kernel JVM's options. */
  static final List<String> OPTIONS =
      List.of(
          "-Duser.language=en",
          "-Duser.country=US",
          "-Duser.timezone=UTC",
          "-Djava.awt.headless=true",
          "-Dfile.encoding=UTF-8",
          "-Dstdout.encoding=UTF-8",
          "-Dstderr.encoding=UTF-8",
          "-XX:+UseSerialGC",
          "-XX:TieredStopAtLevel=1",
          "-Xshare:auto");

  /** Class-path entries a notebook does not get: the tests and the test framework. */
  private static final Pattern TEST_ONLY =
      Pattern.compile("test-classes|(junit|opentest4j|apiguardian|surefire|common-java5)[-.].*");

  private NotebookRunner() {}

  /**
   * What a notebook's {@code %classpath ../target/painstats.jar ../target/lib/*.jar} line stands
   * for: the test class path less the tests and the test framework.
   */
  static String classPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.isBlank())
        .filter(e -> !TEST_ONLY.matcher(Path.of(e).getFileName().toString()).matches())
        .collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * Runs every code cell of a notebook.
   *
   * @param notebook the notebook
   * @param classPath what the notebook's {@code %classpath} line stands for: the project and its
   *     dependencies
   * @param timeout how long the whole notebook may take
   * @return one list of outputs per code cell, in order
   * @throws AssertionError on a compile error, an exception, incomplete code, or the timeout
   */
  static List<List<Output>> run(Notebook notebook, String classPath, Duration timeout)
      throws IOException, InterruptedException {
    Path result = Files.createTempFile("notebook-result", ".json");
    Path log = Files.createTempFile("notebook-kernel", ".log");
    try {
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.addAll(OPTIONS);
      cmd.add("-D" + NotebookKernel.CLASS_PATH + "=" + classPath);
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add(NotebookKernel.class.getName());
      cmd.add(notebook.path().toAbsolutePath().toString());
      cmd.add(result.toString());
      Files.writeString(result, "");
      // Not inherited: the test JVM's own stdout is Surefire's channel.
      Process kernel =
          new ProcessBuilder(cmd)
              .directory(notebook.path().toAbsolutePath().getParent().toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!kernel.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        kernel.destroyForcibly().waitFor();
        throw new AssertionError(
            notebook.name() + ": the notebook took more than " + timeout.toSeconds() + " s");
      }
      String json = Files.readString(result, StandardCharsets.UTF_8);
      if (json.isEmpty()) {
        throw new AssertionError(
            notebook.name()
                + ": the kernel JVM ended (exit status "
                + kernel.exitValue()
                + ") without a result: "
                + Files.readString(log).strip());
      }
      return NotebookKernel.outputs(json);
    } finally {
      Files.deleteIfExists(result);
      Files.deleteIfExists(log);
    }
  }
}
