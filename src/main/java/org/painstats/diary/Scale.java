package org.painstats.diary;

import java.util.Locale;

/**
 * The scale a numeric column is rated on: its range, its direction and the change that counts as
 * clinically meaningful on it.
 *
 * <p>The meaningful change is a fifth of the range: 2 points on the 0-10 numeric rating scale, the
 * IMMPACT recommendation for chronic pain (Dworkin et al. 2008, J Pain 9:105), and the same share
 * of any other range (20 on 0-100, 0.8 on 1-5).
 *
 * @param min the lowest value of the scale
 * @param max the highest value of the scale
 * @param higherIsWorse whether a higher value means a worse state (pain, stress) rather than a
 *     better one (mood, energy)
 * @param meaningfulChange the smallest change that counts as clinically meaningful, in the scale's
 *     units
 */
public record Scale(double min, double max, boolean higherIsWorse, double meaningfulChange) {

  /** Pain on the 0-10 numeric rating scale, higher is worse, 2 points meaningful. */
  public static final Scale PAIN = of(0, 10, true);

  public Scale {
    if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
      throw new IllegalArgumentException(
          "a scale needs finite min < max; got " + min + " to " + max);
    }
    if (!(meaningfulChange > 0 && Double.isFinite(meaningfulChange))) {
      throw new IllegalArgumentException(
          "a scale's meaningful change must be positive; got " + meaningfulChange);
    }
  }

  /** A scale from {@code min} to {@code max} whose meaningful change is a fifth of the range. */
  public static Scale of(double min, double max, boolean higherIsWorse) {
    return new Scale(min, max, higherIsWorse, (max - min) / 5);
  }

  /**
   * The direction a column's name suggests when nothing declares it: mood, energy, quality,
   * readiness, wellbeing and happiness are better when higher; everything else (pain, stress,
   * soreness, fatigue) worse.
   */
  public static boolean higherIsWorseByName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (String good :
        new String[] {"mood", "energy", "quality", "readiness", "wellbeing", "happ", "wellness"}) {
      if (n.contains(good)) {
        return false;
      }
    }
    return true;
  }

  /** This scale with the other direction. */
  public Scale reversed() {
    return new Scale(min, max, !higherIsWorse, meaningfulChange);
  }

  /** Whether a value lies on the scale. */
  public boolean contains(double value) {
    return value >= min && value <= max;
  }

  @Override
  public String toString() {
    return fmt(min) + "-" + fmt(max) + (higherIsWorse ? ", higher is worse" : ", higher is better");
  }

  private static String fmt(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
  }
}
