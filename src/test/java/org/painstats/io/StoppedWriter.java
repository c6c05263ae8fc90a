package org.painstats.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child process for {@link KilledRunsTest}: starts writing an output (a file, or a folder), says
 * so on standard output, and waits to be stopped half-way.
 */
public final class StoppedWriter {
  private StoppedWriter() {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args[1]);
    if (args[0].equals("file")) {
      AtomicFiles.write(
          target,
          out -> {
            out.write("date,pain\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
            halfWay();
          });
    } else {
      AtomicFolder.write(
          target,
          name -> name.endsWith(".png"),
          fresh -> {
            Files.writeString(fresh.resolve("01-trend.png"), "new");
            halfWay();
          });
    }
  }

  private static void halfWay() {
    System.out.println("half-way");
    System.out.flush();
    try {
      Thread.sleep(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new IllegalStateException("not stopped within a minute");
  }
}
