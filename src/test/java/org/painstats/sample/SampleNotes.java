package org.painstats.sample;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The free-text notes of the sample diary: short, as a person writes them, some with commas or
 * quotes so that CSV quoting is exercised. Notes never depend on pain, so they are the same
 * whatever the planted effects.
 */
final class SampleNotes {
  /** Share of ordinary days with a note. */
  static final double SHARE = 0.12;

  private static final List<String> FLARE =
      List.of(
          "flare-up, could barely put my socks on",
          "back locked up this morning",
          "flare, stiff and sore all day",
          "flare again, lay on the floor for a while");

  private static final List<String> LIFTING =
      List.of(
          "helped Marc move, lots of boxes",
          "carried the groceries up 4 floors",
          "moved the sofa, should not have",
          "lifted Emma out of the car seat all day");

  private static final List<String> SITTING =
      List.of(
          "long drive to Lyon",
          "train to Paris, 5 hours sitting",
          "all day at the desk, deadline",
          "conference, sitting from 9 to 6");

  private static final List<String> SHORT_NIGHT =
      List.of("rough night", "woke up at 4, couldn't get back to sleep", "neighbours' party");

  private static final List<String> ORDINARY =
      List.of(
          "felt ok",
          "physio said \"keep moving\"",
          "cold weather, stiff all day",
          "headache too",
          "kids sick, not much sleep",
          "garden work, took it easy",
          "new pillow?",
          "busy day",
          "rain, stayed in",
          "forgot to stretch");

  private static final Map<String, String> FIRST_DAY =
      Map.of(
          ApproachCalendar.SARNO, "started the Sarno book",
          ApproachCalendar.FOUNDATION, "first Foundation Training video, 12 min",
          ApproachCalendar.FELDENKRAIS, "first Feldenkrais lesson",
          ApproachCalendar.MCKENZIE, "started McKenzie exercises (physio's sheet)",
          ApproachCalendar.ACUPRESSURE, "bought an acupressure mat, 20 min in the evening",
          ApproachCalendar.STRETCHING, "new stretching routine, 15 min each morning");

  private SampleNotes() {}

  /**
   * The note of a written day, the empty string for none. Draws exactly two numbers from {@code
   * rnd} per call, so the notes of later days do not depend on this day's context.
   */
  static String pick(
      Random rnd, String approach, boolean firstDay, boolean flare, Context context) {
    double u = rnd.nextDouble();
    int k = rnd.nextInt(1 << 20);
    if (flare) {
      return FLARE.get(k % FLARE.size());
    }
    if (firstDay && !approach.isEmpty()) {
      return FIRST_DAY.get(approach);
    }
    if (u >= SHARE) {
      return "";
    }
    List<String> from =
        switch (context) {
          case LIFTING -> LIFTING;
          case SITTING -> (k >> 10) % 2 == 0 ? SITTING : ORDINARY; // half of them
          case SHORT_NIGHT -> SHORT_NIGHT;
          case NONE -> ORDINARY;
        };
    return from.get(k % from.size());
  }

  /** What the day had that a note may mention. */
  enum Context {
    LIFTING,
    SITTING,
    SHORT_NIGHT,
    NONE
  }
}
