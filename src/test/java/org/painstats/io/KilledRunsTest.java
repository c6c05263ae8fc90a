package org.painstats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painstats.ChildJvm;

/**
 * Issue 15 item 4: outputs whole or not at all, folders included, when a run is stopped (SIGTERM,
 * SIGINT), killed (SIGKILL: the next run sweeps) or fails half-way.
 */
class KilledRunsTest {

  /** Starts a child writing {@code target} and waits until it is half-way. */
  private static Process halfWay(String kind, Path target) throws Exception {
    Process p =
        ChildJvm.of(StoppedWriter.class, kind, target.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    assertEquals("half-way", out.readLine());
    return p;
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void signal(Process p, String signal) throws Exception {
    assertEquals(
        0, new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor());
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "child did not end");
  }

  /** Whether this process ignores SIGINT (bit 2 of SigIgn in /proc/self/status, on Linux). */
  private static boolean sigintIgnored() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        long mask = Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16);
        return (mask & (1L << 1)) != 0;
      }
    }
    return false;
  }

  @Test
  void aStoppedRunLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    // A process started in the background of a non-interactive shell inherits SIGINT ignored, and
    // so does its child JVM: SIGINT cannot stop it there, so only SIGTERM is tried then.
    String[] signals = sigintIgnored() ? new String[] {"TERM"} : new String[] {"TERM", "INT"};
    if (signals.length == 1) {
      System.err.println("KilledRunsTest: SIGINT is ignored in this process; SIGTERM only");
    }
    for (String signal : signals) {
      Path target = dir.resolve("clean.csv");
      Process p = halfWay("file", target);
      assertEquals(1, names(dir).size(), "a temporary while writing: " + names(dir));
      signal(p, signal);
      assertEquals(List.of(), names(dir), "after SIG" + signal);
    }
  }

  @Test
  void aKilledRunsTemporaryFileIsSweptByTheNextWrite(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("clean.csv");
    Process p = halfWay("file", target);
    p.destroyForcibly().waitFor();
    List<String> left = names(dir);
    assertEquals(1, left.size(), left.toString());
    assertTrue(left.get(0).startsWith(".clean.csv.painstats-" + p.pid() + "-"), left.toString());
    AtomicFiles.write(target, "date,pain\n");
    assertEquals(List.of("clean.csv"), names(dir));
  }

  @Test
  void aStoppedOrKilledFolderWriteLeavesThePreviousFolder(@TempDir Path dir) throws Exception {
    Path charts = Files.createDirectory(dir.resolve("charts"));
    Files.writeString(charts.resolve("01-trend.png"), "old");
    Files.writeString(charts.resolve("02-factors.png"), "old");
    signal(halfWay("folder", charts), "TERM");
    assertEquals(List.of("charts"), names(dir));
    assertEquals(List.of("01-trend.png", "02-factors.png"), names(charts));
    assertEquals("old", Files.readString(charts.resolve("01-trend.png")));

    Process killed = halfWay("folder", charts);
    killed.destroyForcibly().waitFor();
    assertEquals(2, names(dir).size(), names(dir).toString());
    AtomicFolder.write(
        charts,
        n -> n.endsWith(".png"),
        fresh -> Files.writeString(fresh.resolve("01-trend.png"), "new"));
    assertEquals(List.of("charts"), names(dir));
    assertEquals(List.of("01-trend.png"), names(charts));
  }

  @Test
  void aFolderWriteThatFailsHalfWayLeavesThePreviousFolder(@TempDir Path dir) throws Exception {
    Path charts = Files.createDirectory(dir.resolve("charts"));
    Files.writeString(charts.resolve("01-trend.png"), "old");
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () ->
                AtomicFolder.write(
                    charts,
                    n -> n.endsWith(".png"),
                    fresh -> {
                      Files.writeString(fresh.resolve("01-trend.png"), "new");
                      throw new IOException("No space left on device");
                    }));
    assertTrue(e.getMessage().startsWith(charts + ": cannot write the folder"), e.getMessage());
    assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
    assertEquals(List.of("charts"), names(dir));
    assertEquals(List.of("01-trend.png"), names(charts));
    assertEquals("old", Files.readString(charts.resolve("01-trend.png")));
  }

  @Test
  void aFolderHoldingOtherFilesIsNeverReplaced(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("photos"));
    Files.writeString(folder.resolve("holiday.jpg"), "mine");
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () -> AtomicFolder.write(folder, n -> n.endsWith(".png"), fresh -> {}));
    assertTrue(
        e.getMessage().contains("holds holiday.jpg, which painstats did not write"),
        e.getMessage());
    assertEquals(List.of("holiday.jpg"), names(folder));
    assertFalse(names(dir).stream().anyMatch(n -> n.startsWith(".")), names(dir).toString());
  }
}
