package org.painstats.notebooks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Images in notebook outputs: encoded as JJava encodes them, and compared as exactly as the machine
 * allows.
 *
 * <p>A chart drawn by XChart on the same JDK with the same fonts gives the same pixels, run after
 * run (checked on JDK 17 and 25 with Debian's DejaVu fonts: the PNG bytes were identical), so
 * stored images are compared pixel for pixel. Pixels, not bytes: another JDK's PNG encoder may
 * compress the same pixels differently. But a machine with other fonts draws every label with other
 * glyph widths, which moves the plot area, so its pixels differ as much as another chart's do (8 to
 * 30% of them, measured with Liberation fonts in place of DejaVu). So the notebook's metadata keeps
 * a fingerprint of the machine that stored its images ({@link #renderer}: a hash of sample text in
 * the charts' fonts and of anti-aliased shapes): on a machine with the same fingerprint the images
 * must be the same pixels; on another they must only have the same size and not be blank.
 */
final class NotebookImages {
  private NotebookImages() {}

  /** The image as JJava shows it: PNG, base64 without line breaks. */
  static String png(RenderedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(out.toByteArray());
  }

  /** A decoded base64 PNG. */
  static BufferedImage decode(String png) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png)));
      if (image == null) {
        throw new IllegalArgumentException("not a PNG image");
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * How this JVM draws text in the charts' fonts and anti-aliased shapes, as 16 hex digits: two
   * machines with the same fingerprint draw the same charts with the same pixels.
   */
  static String renderer() {
    BufferedImage image = new BufferedImage(420, 70, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
      g.drawString("Pain was lower on days with more sleep", 4, 18);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      g.drawString("stress (day before) -0.7 0.5 rho 95% CI q < 0.05", 4, 38);
      g.setStroke(new BasicStroke(1.5f));
      g.draw(new Ellipse2D.Double(340.3, 6.6, 21.5, 13.2));
      g.draw(new Line2D.Double(300.2, 66.1, 415.7, 44.4));
    } finally {
      g.dispose();
    }
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    ByteBuffer bytes = ByteBuffer.allocate(pixels.length * 4);
    bytes.asIntBuffer().put(pixels);
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes.array());
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * How a fresh image differs from the stored one, or empty when it does not: with {@code exact},
   * in any pixel; otherwise in size, or by being blank (one colour).
   */
  static Optional<String> difference(String stored, String now, boolean exact) {
    if (stored.equals(now)) {
      return Optional.empty();
    }
    BufferedImage a = decode(stored);
    BufferedImage b = decode(now);
    String sizes = "now " + size(b) + ", stored " + size(a);
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return Optional.of("the image has another size: " + sizes);
    }
    if (isBlank(b)) {
      return Optional.of("the image is blank now (" + size(b) + " of one colour)");
    }
    if (!exact) {
      return Optional.empty();
    }
    long differ = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          differ++;
        }
      }
    }
    if (differ == 0) {
      return Optional.empty();
    }
    double share = 100.0 * differ / ((long) a.getWidth() * a.getHeight());
    String percent = share < 0.01 ? "under 0.01%" : String.format(Locale.ROOT, "%.2f%%", share);
    return Optional.of("the image differs in " + differ + " pixels (" + percent + "), " + sizes);
  }

  /** Whether every pixel has the same colour. */
  static boolean isBlank(BufferedImage image) {
    int first = image.getRGB(0, 0);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) != first) {
          return false;
        }
      }
    }
    return true;
  }

  private static String size(BufferedImage image) {
    return image.getWidth() + "x" + image.getHeight();
  }
}
