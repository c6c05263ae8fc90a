package org.painstats;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a class's {@code main} in a child JVM with the test class path, for what needs a real
 * process: standard output on a device, signals, a machine without fonts.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /** A process builder running {@code mainClass} with {@code args}, headless, fixed locale. */
  public static ProcessBuilder of(Class<?> mainClass, String... args) {
    return of(List.of(), mainClass, args);
  }

  /** The same, with more JVM options ({@code -Duser.home=...}). */
  public static ProcessBuilder of(List<String> jvmOptions, Class<?> mainClass, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.addAll(
        List.of(
            "-Djava.awt.headless=true",
            "-Duser.language=en",
            "-Duser.country=US",
            "-Duser.timezone=UTC",
            "-Dfile.encoding=UTF-8",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            mainClass.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd);
  }

  /** The result of a finished child: exit code, standard output and error. */
  public record Result(int exit, String out, String err) {}

  /** Runs to the end with standard output to {@code stdout} (a file or device), error captured. */
  public static Result run(ProcessBuilder pb, File stdout, Map<String, String> env)
      throws IOException, InterruptedException {
    pb.environment().putAll(env);
    pb.redirectOutput(stdout);
    Process p = pb.start();
    String err =
        new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    return new Result(p.waitFor(), "", err);
  }

  /** Runs to the end, both streams captured. */
  public static Result run(ProcessBuilder pb) throws IOException, InterruptedException {
    File out = File.createTempFile("painstats-child", ".out");
    try {
      Result r = run(pb, out, Map.of());
      return new Result(r.exit(), java.nio.file.Files.readString(out.toPath()), r.err());
    } finally {
      out.delete();
    }
  }
}
