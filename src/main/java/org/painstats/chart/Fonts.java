package org.painstats.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * The fonts the charts draw with, DejaVu Sans and DejaVu Sans Bold, shipped inside painstats (free
 * to ship; their licence is {@code fonts/LICENSE} beside them). Charts use these files, not what
 * the machine has, so they are drawn the same everywhere.
 *
 * <p>On a machine without any font, Java's font manager cannot start ("Fontconfig head is null");
 * then the bundled fonts are copied to a temporary folder and named to Java as its font
 * configuration ({@code sun.awt.fontconfig}), and the font manager is started again.
 */
final class Fonts {
  private static final String[] FILES = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"};

  /** DejaVu Sans at 1 point: derive the sizes. */
  static final Font PLAIN;

  /** DejaVu Sans Bold at 1 point. */
  static final Font BOLD;

  static {
    startFontManager();
    PLAIN = load(FILES[0]);
    BOLD = load(FILES[1]);
  }

  private Fonts() {}

  private static void startFontManager() {
    try {
      GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
    } catch (Error | RuntimeException noFonts) {
      System.setProperty("sun.awt.fontconfig", configuration().toString());
      try {
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
      } catch (Error | RuntimeException e) {
        e.addSuppressed(noFonts);
        throw new IllegalStateException(
            "Java cannot start its fonts, even with the fonts painstats brings", e);
      }
    }
  }

  /** A Java font configuration that maps every logical font to the bundled files. */
  private static Path configuration() {
    try {
      Path dir = Files.createTempDirectory("painstats-fonts");
      dir.toFile().deleteOnExit();
      StringBuilder p = new StringBuilder("version=1\n");
      for (String logical :
          new String[] {"serif", "sansserif", "monospaced", "dialog", "dialoginput"}) {
        for (String style : new String[] {"plain", "italic"}) {
          p.append(String.format(Locale.ROOT, "%s.%s.latin-1=DejaVu Sans%n", logical, style));
        }
        for (String style : new String[] {"bold", "bolditalic"}) {
          p.append(String.format(Locale.ROOT, "%s.%s.latin-1=DejaVu Sans Bold%n", logical, style));
        }
      }
      p.append("sequence.allfonts=latin-1\n");
      for (String file : FILES) {
        Path copy = dir.resolve(file);
        try (InputStream in = resource(file)) {
          Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        copy.toFile().deleteOnExit();
        String name = file.equals(FILES[0]) ? "DejaVu_Sans" : "DejaVu_Sans_Bold";
        p.append("filename.").append(name).append('=').append(copy).append('\n');
      }
      Path props = dir.resolve("fontconfig.properties");
      Files.writeString(props, p);
      props.toFile().deleteOnExit();
      return props;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the bundled fonts", e);
    }
  }

  private static Font load(String file) {
    try (InputStream in = resource(file)) {
      Font f = Font.createFont(Font.TRUETYPE_FONT, in);
      GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
      return f.deriveFont(1f);
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("the bundled font " + file + " cannot be read", e);
    }
  }

  private static InputStream resource(String file) {
    InputStream in = Fonts.class.getResourceAsStream("fonts/" + file);
    if (in == null) {
      throw new IllegalStateException("the bundled font " + file + " is missing from the jar");
    }
    return in;
  }
}
