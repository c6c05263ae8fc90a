package org.painstats.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.painstats.PainStats;
import org.painstats.diary.Diary;

/** The answer a report opens with, on the sample and on diaries made to test its words. */
class OverviewTest {
  private static Report report;
  private static Overview overview;

  @BeforeAll
  static void analyse() {
    report = PainStats.analyse(PainStats.read(Path.of("sample-data/diary.csv")));
    overview = report.overview();
  }

  @Test
  void diaryLineSaysPeriodDaysCoverageAndUsualLevel() {
    // the sample: 354 entries from 2025-01-01 to 2025-12-31 (365 days), pain on 350
    String d = overview.diary();
    assertTrue(d.startsWith("365 days from 2025-01-01 to 2025-12-31, an entry on 354 (97%)"), d);
    assertTrue(d.contains("pain recorded on 350"), d);
    assertTrue(
        d.matches(".*Pain was usually \\d+ on its 0-10 scale \\(half the days between.*"), d);
    assertEquals(LocalDate.of(2025, 12, 31), overview.lastEntry().orElseThrow());
  }

  @Test
  void quantilesAreRsType7() {
    // R 4.2: quantile(c(1.5,2,7,3.25,9,4.5), c(.25,.5,.75), type=7) = 2.3125 3.875 6.375
    double[] sorted = {1.5, 2, 3.25, 4.5, 7, 9};
    assertEquals(2.3125, Overview.quantile(sorted, 0.25), 1e-12);
    assertEquals(3.875, Overview.quantile(sorted, 0.5), 1e-12);
    assertEquals(6.375, Overview.quantile(sorted, 0.75), 1e-12);
  }

  @Test
  void everyApproachHasItsVerdictInWordsWithSizeAndProbability() {
    assertEquals(report.approaches().size(), overview.approaches().size());
    Overview.ApproachLine mk =
        overview.approaches().stream()
            .filter(a -> a.approach().equals("McKenzie exercises"))
            .findFirst()
            .orElseThrow();
    ApproachResult a = report.approach("McKenzie exercises").orElseThrow();
    assertEquals(a.verdict(), mk.verdict());
    String pct = Math.round(100 * a.probabilityMeaningful()) + "%";
    assertTrue(mk.sentence().startsWith("McKenzie exercises " + a.verdict().word()), mk.sentence());
    assertTrue(
        mk.sentence()
            .contains(
                "pain was "
                    + Words.num(Math.abs(a.levelChange()), 1)
                    + " points lower than it would have been without it"),
        mk.sentence());
    assertTrue(mk.sentence().endsWith("2 points or more: " + pct + "."), mk.sentence());
  }

  @Test
  void linksArePlainLinesStrongestFirstWithoutRho() {
    assertFalse(overview.links().isEmpty());
    assertTrue(overview.links().size() <= Overview.LINKS);
    // mood is the sample's strongest planted link (rho about -0.5), a same-day one: it runs both
    // ways
    assertTrue(overview.links().get(0).startsWith("Pain was lower on days with higher mood"));
    assertTrue(overview.links().get(0).contains("may move mood as much as the reverse"));
    for (String l : overview.links()) {
      assertFalse(l.contains("rho") || l.contains("CI") || l.contains(" q "), l);
    }
    assertEquals(Report.NOT_PROOF, overview.caution());
  }

  @Test
  void nextNamesTheFairTestOfAnUnsettledApproach() {
    // McKenzie "probably helped" but a meaningful improvement is not settled (probability 0.35)
    assertEquals(1, overview.next().size());
    assertEquals(
        "painstats plan --approach 'McKenzie exercises' --diary sample-data/diary.csv"
            + " --block-days 7 --blocks 16",
        overview.next().get(0).command());
  }

  @Test
  void anApproachWithTooLittleDataGetsAFairTestAndHowManyDaysWouldSettleIt() {
    var b = Diary.builder("short");
    LocalDate day = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < 60; i++) {
      b.day(day.plusDays(i)).pain(4 + (i * 7 % 5) * 0.5);
      if (i >= 54) {
        b.approach("it's `rm` $HOME");
      }
    }
    Report r = PainStats.analyse(b.build());
    Overview o = r.overview();
    Overview.ApproachLine line = o.approaches().get(0);
    assertEquals(ApproachVerdict.TOO_LITTLE_DATA, line.verdict(), line.sentence());
    assertTrue(
        line.sentence().contains("too little data to tell (6 days with pain)"), line.sentence());
    // the name goes into single quotes: nothing in it is run by a shell
    assertEquals(
        "painstats plan --approach 'it'\\''s `rm` $HOME' --diary short --block-days 7 --blocks 16",
        o.next().get(0).command());
  }

  @Test
  void percentagesNeverSayZeroOrCertain() {
    assertEquals("under 1%", Overview.percent(0.001));
    assertEquals("35%", Overview.percent(0.349));
    assertEquals("over 99%", Overview.percent(0.999));
  }
}
