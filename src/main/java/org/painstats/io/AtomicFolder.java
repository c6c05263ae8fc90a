package org.painstats.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * Writes a folder whole or not at all: its files go into a fresh hidden folder beside it, which
 * then takes the place of the previous folder. So the folder holds exactly the files of one run,
 * and a failure half-way leaves the previous folder as it was. A previous folder is replaced only
 * when every entry in it is one this kind of output writes (a file a user put there is never
 * deleted).
 */
public final class AtomicFolder {
  private AtomicFolder() {}

  /** What fills the fresh folder. */
  @FunctionalInterface
  public interface Content {
    /** Writes the files into {@code fresh}, an empty folder. */
    void writeInto(Path fresh) throws IOException;
  }

  /**
   * Fills a fresh folder and puts it in place of {@code target}.
   *
   * @param target the folder, created with its parents if missing
   * @param ours which names a previous run wrote, so that a previous folder holding only those may
   *     be replaced
   * @param content what writes the files
   * @throws UncheckedIOException if the target is not a folder, holds other files, or cannot be
   *     written; the message names it
   */
  public static void write(Path target, Predicate<String> ours, Content content) {
    AtomicFiles.requireFolderTarget(target);
    Path dir = target.toAbsolutePath().normalize();
    Path fresh = null;
    try {
      Files.createDirectories(dir.getParent());
      Temporaries.sweep(dir);
      boolean previous = Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS);
      if (previous) {
        requireOnlyOurs(target, dir, ours);
      }
      fresh = Temporaries.createFolder(dir);
      content.writeInto(fresh);
      if (previous) {
        Path old = Temporaries.moveAside(dir);
        Files.move(fresh, dir);
        Temporaries.release(fresh);
        Temporaries.delete(old);
      } else {
        Files.move(fresh, dir);
        Temporaries.release(fresh);
      }
    } catch (IOException e) {
      Temporaries.delete(fresh);
      throw new OutputException(
          target + ": cannot write the folder (" + AtomicFiles.describe(e) + ")", e);
    } catch (RuntimeException | Error e) {
      Temporaries.delete(fresh);
      throw e;
    }
  }

  private static void requireOnlyOurs(Path target, Path dir, Predicate<String> ours)
      throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (!ours.test(name) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          throw AtomicFiles.refused(
              target
                  + ": holds "
                  + name
                  + ", which painstats did not write; the folder is replaced whole, so"
                  + " choose a new or empty folder");
        }
      }
    }
  }
}
