package org.painstats.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painstats.ChildJvm;
import org.painstats.cli.Main;

/**
 * Issue 15 item 3: charts draw with the fonts painstats ships, so a machine without any font still
 * gets its HTML report and charts, drawn the same as with fonts.
 */
class NoFontsTest {
  private static final String DIARY = "sample-data/messy-diary.csv";

  /**
   * A child JVM that sees no font: fontconfig given a configuration without font folders, and a
   * home without the font cache Java keeps ({@code ~/.java/fonts}).
   */
  private static ChildJvm.Result run(Path dir, boolean fonts, String... args) throws Exception {
    Path home = Files.createDirectories(dir.resolve(fonts ? "home-fonts" : "home-none"));
    Path conf = dir.resolve("no-fonts.conf");
    Files.writeString(
        conf,
        "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig><cachedir>"
            + dir.resolve("fc-cache")
            + "</cachedir></fontconfig>\n");
    ProcessBuilder pb = ChildJvm.of(List.of("-Duser.home=" + home), Main.class, args);
    Map<String, String> env = fonts ? Map.of() : Map.of("FONTCONFIG_FILE", conf.toString());
    pb.environment().putAll(env);
    return ChildJvm.run(pb);
  }

  @Test
  void withoutAnyFontTheHtmlReportAndChartsAreDrawnAsWithFonts(@TempDir Path dir) throws Exception {
    ChildJvm.Result none =
        run(
            dir,
            false,
            "report",
            DIARY,
            "--format",
            "html",
            "-o",
            dir.resolve("none.html").toString(),
            "--charts",
            dir.resolve("none").toString());
    assertEquals(0, none.exit(), none.err());
    assertFalse(none.err().contains("Exception"), none.err());
    ChildJvm.Result with =
        run(
            dir,
            true,
            "report",
            DIARY,
            "--format",
            "html",
            "-o",
            dir.resolve("fonts.html").toString(),
            "--charts",
            dir.resolve("fonts").toString());
    assertEquals(0, with.exit(), with.err());
    List<String> charts;
    try (Stream<Path> s = Files.list(dir.resolve("fonts"))) {
      charts = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertFalse(charts.isEmpty());
    for (String c : charts) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve("fonts").resolve(c)),
          Files.readAllBytes(dir.resolve("none").resolve(c)),
          c + " differs without system fonts");
    }
    assertEquals(
        Files.readString(dir.resolve("fonts.html")), Files.readString(dir.resolve("none.html")));
  }

  @Test
  void theBundledFontsShipWithTheirLicence() throws Exception {
    for (String f : List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")) {
      try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + f)) {
        assertNotNull(in, f);
      }
    }
    try (InputStream in = Fonts.class.getResourceAsStream("fonts/LICENSE")) {
      assertNotNull(in, "LICENSE");
      String licence = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(licence.contains("Bitstream Vera"), licence);
    }
    assertEquals("DejaVu Sans", Fonts.PLAIN.getFamily(java.util.Locale.ROOT));
    assertEquals("DejaVu Sans Bold", Fonts.BOLD.getFontName(java.util.Locale.ROOT));
  }
}
