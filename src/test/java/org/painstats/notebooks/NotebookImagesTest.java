package org.painstats.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Stored images are compared pixel for pixel, or by size and non-blankness where they must be. */
class NotebookImagesTest {
  private static String image(int width, int height, int... redPixels) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x : redPixels) {
      image.setRGB(x, 0, 0xff0000);
    }
    return NotebookImages.png(image);
  }

  @Test
  void theSameImageIsTheSame() {
    assertEquals(Optional.empty(), NotebookImages.difference(image(4, 3, 1), image(4, 3, 1), true));
  }

  @Test
  void onTheSameKindOfMachineAnyPixelCounts() {
    assertEquals(
        Optional.of("the image differs in 2 pixels (16.67%), now 4x3, stored 4x3"),
        NotebookImages.difference(image(4, 3, 1), image(4, 3, 2), true));
  }

  @Test
  void elsewhereOnlyTheSizeAndBeingBlankCount() {
    assertEquals(
        Optional.empty(), NotebookImages.difference(image(4, 3, 1), image(4, 3, 2), false));
    assertEquals(
        Optional.of("the image has another size: now 5x3, stored 4x3"),
        NotebookImages.difference(image(4, 3, 1), image(5, 3, 1), false));
    assertEquals(
        Optional.of("the image is blank now (4x3 of one colour)"),
        NotebookImages.difference(image(4, 3, 1), image(4, 3), false));
  }

  @Test
  void theRendererFingerprintIsStableWithinAMachine() {
    String r = NotebookImages.renderer();
    assertTrue(r.matches("[0-9a-f]{16}"), r);
    assertEquals(r, NotebookImages.renderer());
  }
}
