package org.painstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painstats.ChildJvm;

/** Issue 15 item 1: every write is checked, and an output is only ever a regular file or folder. */
class OutputTargetsTest {
  private static final String DIARY = "sample-data/messy-diary.csv";

  private static void assertRefused(Cli r, String contains) {
    assertEquals(2, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains(contains), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  /** A writer that fails as a full disk does, after some characters went through. */
  private static final class FullDisk extends Writer {
    private int room = 100;

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      room -= len;
      if (room < 0) {
        throw new IOException("No space left on device");
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void aStandardOutputWriteErrorEndsInExit1WithOneLine() {
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new FullDisk()),
            new PrintWriter(err),
            "report",
            DIARY,
            "--format",
            "json");
    assertEquals(1, code, err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().contains("standard output could not be written"), err.toString());
  }

  @Test
  void reportToDevFullExits1WithOneLine() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "no /dev/full on this system");
    ChildJvm.Result r =
        ChildJvm.run(ChildJvm.of(Main.class, "report", DIARY, "--format", "json"), full, Map.of());
    assertEquals(1, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("painstats: standard output could not be written"), r.err());
  }

  /**
   * A device node to aim at: one made in {@code dir} when this user may (root: a regression then
   * replaces only this copy, never the system's), else /dev/null when /dev is not writable.
   */
  private static Path device(Path dir) throws Exception {
    Path node = dir.resolve("null-device");
    try {
      Process p = new ProcessBuilder("mknod", node.toString(), "c", "1", "3").start();
      if (p.waitFor() == 0 && Files.exists(node)) {
        return node;
      }
    } catch (IOException e) {
      // no mknod
    }
    Path system = Path.of("/dev/null");
    assumeTrue(Files.exists(system) && !Files.isWritable(Path.of("/dev")), "no safe device");
    return system;
  }

  @Test
  void aDeviceIsNeverAnOutput(@TempDir Path dir) throws Exception {
    String device = device(dir).toString();
    String says = device + ": is a character device";
    assertRefused(Cli.run("report", DIARY, "-o", device), says);
    assertRefused(Cli.run("import", DIARY, "-o", device), says);
    assertRefused(Cli.run("charts", DIARY, "--out", device), says);
    assertRefused(Cli.run("report", DIARY, "--charts", device), says);
    assertFalse(Files.isRegularFile(Path.of(device)), device);
  }

  @Test
  void aLinkIsNeverWrittenThroughNorReplaced(@TempDir Path dir) throws Exception {
    Path elsewhere = dir.resolve("elsewhere.txt");
    Files.writeString(elsewhere, "keep me");
    Path link = Files.createSymbolicLink(dir.resolve("report.json"), elsewhere);
    assertRefused(
        Cli.run("report", DIARY, "--format", "json", "-o", link.toString()),
        link + ": is a symbolic link");
    assertEquals("keep me", Files.readString(elsewhere));
    assertTrue(Files.isSymbolicLink(link));

    assumeTrue(Files.exists(Path.of("/dev/stdout")), "no /dev/stdout");
    Path toStdout = Files.createSymbolicLink(dir.resolve("out.csv"), Path.of("/dev/stdout"));
    assertRefused(
        Cli.run("import", DIARY, "-o", toStdout.toString()), toStdout + ": is a symbolic link");
    assertTrue(Files.isSymbolicLink(toStdout));

    Path folder = Files.createDirectory(dir.resolve("real-charts"));
    Path toFolder = Files.createSymbolicLink(dir.resolve("charts"), folder);
    assertRefused(
        Cli.run("charts", DIARY, "--out", toFolder.toString()), toFolder + ": is a symbolic link");
    assertTrue(Files.isSymbolicLink(toFolder));
  }

  @Test
  void aFifoIsNeverAnOutput(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe");
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
    // were the FIFO opened for writing with no reader, the run would hang, so a refusal is quick
    assertRefused(Cli.run("report", DIARY, "-o", fifo.toString()), fifo + ": is a FIFO");
    assertRefused(Cli.run("charts", DIARY, "--out", fifo.toString()), fifo + ": is a FIFO");
    assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS));
    assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void aSocketIsNeverAnOutput(@TempDir Path dir) throws Exception {
    Path socket = dir.resolve("sock");
    try (ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      ch.bind(UnixDomainSocketAddress.of(socket));
      assertRefused(Cli.run("import", DIARY, "-o", socket.toString()), socket + ": is a socket");
      assertFalse(Files.isRegularFile(socket, LinkOption.NOFOLLOW_LINKS));
    }
  }

  @Test
  void anInputIsNeverAnOutputWhateverItsName(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("charts"));
    Path input = folder.resolve("08-calendar.png");
    Files.copy(Path.of(DIARY), input);
    byte[] before = Files.readAllBytes(input);
    assertRefused(
        Cli.run("charts", input.toString(), "--out", folder.toString()),
        "holds the input " + input);
    assertRefused(
        Cli.run("report", input.toString(), "--charts", folder.toString()),
        "holds the input " + input);
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(input)));
  }

  @Test
  void theReportIsNeverWrittenInsideTheChartFolder(@TempDir Path dir) {
    Path charts = dir.resolve("charts");
    assertRefused(
        Cli.run(
            "report",
            DIARY,
            "--format",
            "html",
            "-o",
            charts.resolve("report.html").toString(),
            "--charts",
            charts.toString()),
        "is inside the chart folder");
  }
}
