package org.painstats.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes output files whole or not at all: to a temporary file beside the target, then a move. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes text as UTF-8. */
  public static void write(Path target, String text) {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes bytes to {@code target} atomically where the file system allows it.
   *
   * @throws UncheckedIOException if the directory does not exist or cannot be written
   */
  public static void write(Path target, byte[] bytes) {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Path tmp = null;
    try {
      if (Files.isDirectory(abs)) {
        throw new IOException("is a directory");
      }
      tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
      Files.write(tmp, bytes);
      keepPermissions(abs, tmp);
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the original failure is the one to report
        }
      }
      throw new UncheckedIOException(target + ": cannot write (" + describe(e) + ")", e);
    }
  }

  /**
   * A temporary file is created readable by its owner only; a report or a cleaned diary should be
   * as readable as any file the user writes, or keep the mode of the file it replaces.
   */
  private static void keepPermissions(Path target, Path tmp) throws IOException {
    if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> mode =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, mode);
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Whether two paths name the same file (following links when the files exist), so that an output
   * never overwrites its input.
   */
  public static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall through to comparing the names
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
