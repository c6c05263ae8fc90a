package org.painstats.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files and folders of outputs being written. Each is named after its target and the
 * process that made it ({@code .report.html.painstats-PID-RANDOM.tmp}) so that a later run can tell
 * one a killed run left behind (its process is gone) and sweep it; each is removed by a shutdown
 * hook when the run ends on SIGTERM or SIGINT (SIGKILL runs no hook: the next run sweeps).
 */
final class Temporaries {
  private static final String MARK = ".painstats-";
  private static final int MAX_STEM = 180; // file names stay under the usual 255-byte limit
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Live temporaries, each with the target to move it back to (a previous folder) or none. */
  private static final Map<Path, Optional<Path>> LIVE = new ConcurrentHashMap<>();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(Temporaries::removeAll, "painstats-remove-temporaries"));
  }

  private Temporaries() {}

  /** A fresh name beside {@code target}, ending in {@code suffix} (".tmp", ".old"). */
  static Path name(Path target, String suffix) {
    String random = Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
    return target.resolveSibling(
        prefix(target)
            + String.format(Locale.ROOT, "%d-%s", ProcessHandle.current().pid(), random)
            + suffix);
  }

  /** Creates an empty temporary file beside {@code target}, removed if the run is stopped. */
  static Path createFile(Path target) throws IOException {
    Path p = name(target, ".tmp");
    LIVE.put(p, Optional.empty());
    return Files.createFile(p);
  }

  /** Creates an empty temporary folder beside {@code target}, removed if the run is stopped. */
  static Path createFolder(Path target) throws IOException {
    Path p = name(target, ".tmp");
    LIVE.put(p, Optional.empty());
    return Files.createDirectory(p);
  }

  /**
   * Moves {@code target} aside under a temporary name; if the run is stopped before {@link #delete}
   * and nothing took its place, it is moved back.
   */
  static Path moveAside(Path target) throws IOException {
    Path p = name(target, ".old");
    LIVE.put(p, Optional.of(target));
    return Files.move(target, p);
  }

  /** The temporary became an output (moved to its target): nothing to remove any more. */
  static void release(Path p) {
    LIVE.remove(p);
  }

  /** Removes a temporary file or folder; quietly, since an earlier failure is the one to report. */
  static void delete(Path p) {
    if (p == null) {
      return;
    }
    try {
      deleteTree(p);
    } catch (IOException e) {
      // left for the next run's sweep
    }
    LIVE.remove(p);
  }

  /**
   * Removes what runs that are no longer alive left beside {@code target}: their temporaries are
   * deleted, and a previous folder moved aside is moved back when nothing took its place.
   */
  static void sweep(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    String prefix = prefix(target);
    if (dir == null || !Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> found =
        Files.newDirectoryStream(dir, p -> p.getFileName().toString().startsWith(prefix))) {
      for (Path p : found) {
        String rest = p.getFileName().toString().substring(prefix.length());
        if (!rest.matches("\\d+-[0-9a-f]+\\.(tmp|old)") || alive(rest)) {
          continue;
        }
        if (rest.endsWith(".old") && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          Files.move(p, target);
        } else {
          deleteTree(p);
        }
      }
    } catch (IOException e) {
      // a sweep that fails leaves litter, not a wrong output
    }
  }

  private static boolean alive(String rest) {
    long pid = Long.parseLong(rest.substring(0, rest.indexOf('-')));
    return pid == ProcessHandle.current().pid()
        || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static String prefix(Path target) {
    String name = target.getFileName().toString();
    return "." + (name.length() > MAX_STEM ? name.substring(0, MAX_STEM) : name) + MARK;
  }

  private static void removeAll() {
    for (Map.Entry<Path, Optional<Path>> e : LIVE.entrySet()) {
      try {
        Optional<Path> back = e.getValue();
        if (back.isPresent() && !Files.exists(back.get(), LinkOption.NOFOLLOW_LINKS)) {
          Files.move(e.getKey(), back.get());
        } else {
          deleteTree(e.getKey());
        }
      } catch (IOException ignored) {
        // the next run sweeps it
      }
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        p,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.deleteIfExists(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.deleteIfExists(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
