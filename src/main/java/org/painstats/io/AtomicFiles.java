package org.painstats.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Writes output files whole or not at all: to a temporary file beside the target, then a move. Only
 * a regular file (or a new name) is a target: a device, FIFO, socket, directory or symbolic link is
 * refused, so an output never replaces a device node or writes through a link into something else.
 * The temporary is removed when the run is stopped (SIGTERM, SIGINT) and swept by the next write
 * beside it when a killed run left it.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** What writes the content of a file. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content to {@code out} (buffered; closed by the caller). */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes text as UTF-8. */
  public static void write(Path target, String text) {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes bytes to {@code target} atomically where the file system allows it.
   *
   * @throws UncheckedIOException if the target is not a regular file or a new name, or the folder
   *     does not exist or cannot be written; the message names the target
   */
  public static void write(Path target, byte[] bytes) {
    write(target, out -> out.write(bytes));
  }

  /** Writes what {@code content} produces to {@code target}, whole or not at all. */
  public static void write(Path target, Content content) {
    Path abs = target.toAbsolutePath();
    requireFileTarget(target);
    Path tmp = null;
    try {
      Temporaries.sweep(abs);
      tmp = Temporaries.createFile(abs);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        content.writeTo(out);
      }
      keepPermissions(abs, tmp);
      move(tmp, abs);
      Temporaries.release(tmp);
    } catch (IOException e) {
      Temporaries.delete(tmp);
      throw new OutputException(target + ": cannot write (" + describe(e) + ")", e);
    } catch (RuntimeException | Error e) {
      Temporaries.delete(tmp);
      throw e;
    }
  }

  /**
   * Refuses a target that is not a regular file or a new name: a directory, a device, a FIFO, a
   * socket, or a symbolic link (whatever it points to).
   *
   * @throws UncheckedIOException naming the target and what it is
   */
  public static void requireFileTarget(Path target) {
    String kind = kind(target);
    if (!kind.isEmpty() && !kind.equals("a regular file")) {
      throw refused(target + ": is " + kind + "; painstats writes only regular files" + link(kind));
    }
  }

  /**
   * Refuses a folder target that exists and is not a directory (a file, a device, a FIFO, a socket)
   * or is a symbolic link.
   *
   * @throws UncheckedIOException naming the target and what it is
   */
  public static void requireFolderTarget(Path target) {
    String kind = kind(target);
    if (!kind.isEmpty() && !kind.equals("a directory")) {
      String what = kind.equals("a regular file") ? "a file" : kind;
      throw refused(target + ": is " + what + ", not a folder" + link(kind));
    }
  }

  /**
   * Refuses a folder that holds one of the inputs: the folder is replaced whole, so an input inside
   * it would be lost, whatever its name.
   */
  public static void requireNoInputInside(Path folder, List<Path> inputs) {
    for (Path in : inputs) {
      if (inside(in, folder)) {
        throw refused(
            folder
                + ": holds the input "
                + in
                + "; an output folder is replaced whole, choose another folder");
      }
    }
  }

  /** Whether {@code file} is {@code folder} or inside it (after following links). */
  public static boolean inside(Path file, Path folder) {
    Path f = real(file);
    Path d = real(folder);
    return f.startsWith(d);
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  private static String link(String kind) {
    return kind.startsWith("a symbolic link")
        ? " (give the path it points to, or another name)"
        : "";
  }

  /** What is at {@code p} without following a link: "" when nothing, else "a FIFO" and so on. */
  static String kind(Path p) {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return "";
    }
    if (Files.isSymbolicLink(p)) {
      return "a symbolic link";
    }
    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      return "a directory";
    }
    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
      return "a regular file";
    }
    try {
      int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      switch (mode & 0170000) {
        case 0140000:
          return "a socket";
        case 0060000:
          return "a block device";
        case 0020000:
          return "a character device";
        case 0010000:
          return "a FIFO (named pipe)";
        default:
          break;
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // no unix view: say what we know
    }
    return "not a regular file (a device, FIFO or socket)";
  }

  /** An output refused before anything is written: the message says why. */
  static OutputException refused(String message) {
    return new OutputException(message, new IOException(message));
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * A report or a cleaned diary should be as readable as any file the user writes, or keep the mode
   * of the file it replaces.
   */
  private static void keepPermissions(Path target, Path tmp) throws IOException {
    if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Files.setPosixFilePermissions(
        tmp,
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--"));
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof AccessDeniedException) {
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
