package org.painstats.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpacesTest {

  @Test
  void agreesWithReplaceAllOnEveryShortString() {
    String alphabet = "ab \t\n\r\f\u000B\u00A0";
    Random random = new Random(7);
    for (int k = 0; k < 100_000; k++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(7);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertEquals(s.replaceAll("\\s+", " "), Spaces.collapse(s), s);
      assertEquals(s.replaceAll("\\s+", ""), Spaces.removed(s), s);
    }
  }
}
