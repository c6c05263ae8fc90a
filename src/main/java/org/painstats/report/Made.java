package org.painstats.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.painstats.analysis.Report;

/**
 * The line that says what made a report: painstats' version and the date of the diary's last entry
 * (never the clock, so the same diary gives the same bytes).
 */
final class Made {
  private Made() {}

  private static final String VERSION = read();

  /** The version written into the jar at build time ("unknown" outside a build). */
  static String version() {
    return VERSION;
  }

  /** "Made by painstats 0.1.0 from diary.csv, whose last entry is 2025-12-31." */
  static String line(Report r) {
    return "Made by painstats "
        + VERSION
        + " from "
        + r.source()
        + r.diary().lastDate().map(d -> ", whose last entry is " + d).orElse("")
        + ".";
  }

  private static String read() {
    Properties p = new Properties();
    try (InputStream in = Made.class.getResourceAsStream("/org/painstats/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read painstats' version", e);
    }
    return p.getProperty("version", "unknown");
  }
}
