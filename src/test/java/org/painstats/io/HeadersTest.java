package org.painstats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Date|DATE",
        "day|DATE",
        "full_date|DATE",
        "Entry date|DATE",
        "date formatted|DATE",
        "Pain|PAIN",
        "Pain (0-10)|PAIN",
        "pain_score|PAIN",
        "Pain level|PAIN",
        "PAIN-LEVEL|PAIN",
        "Back pain (NRS)|PAIN",
        "Pain intensity [0-10]|PAIN",
        "Sleep hours|SLEEP_HOURS",
        "sleep (h)|SLEEP_HOURS",
        "Hours slept|SLEEP_HOURS",
        "Activities|ACTIVITIES",
        "tags|ACTIVITIES",
        "Approach|APPROACH",
        "Treatment|APPROACH",
        "Notes|NOTES",
        "Comment|NOTES",
        "Medication|TEXT",
        "Stress (1-5)|OTHER",
        "Sleep quality|OTHER",
        "Steps|OTHER"
      })
  void matchesHeadersIgnoringCaseSpacingAndUnits(String header, HeaderKind kind) {
    assertEquals(kind, Headers.kind(header));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Sleep hours|sleep_hours", "Sleep quality (1-5)|sleep_quality", "Stress (0-10)|stress",
        "  Long-sitting |long_sitting", "Steps/day|steps_day", "Humeur (1–5)|humeur"
      })
  void cleanedNamesAreSnakeCaseWithoutUnit(String header, String name) {
    assertEquals(name, Headers.snakeName(header));
  }
}
