package org.painstats.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.painstats.PainStats;

/**
 * The plain numbers of the report are the ones a user recomputes in a spreadsheet or with scipy
 * (schema 2 of the JSON contract): {@code spearman}, {@code pearson}, {@code pValueNaive} over the
 * day pairs as recorded, and an activity's {@code difference} as mean with minus mean without.
 *
 * <p>Reference values: scipy 1.10.1 / pandas 1.5.3 (Debian bookworm) on sample-data/diary.csv read
 * with {@code pd.read_csv}, reindexed by calendar day ({@code asfreq('D')}), the factor shifted by
 * the lag ({@code shift(lag)}), complete pairs only; {@code scipy.stats.spearmanr}, {@code
 * scipy.stats.pearsonr}. Activity: "heavy lifting" in the Activities cell, 0 on days with an entry
 * without it, missing on days without an entry, shifted by one day.
 */
class PlainNumbersTest {
  private static Report report;

  @BeforeAll
  static void analyse() {
    report = PainStats.analyse(PainStats.read(Path.of("sample-data/diary.csv")));
  }

  @Test
  void factorCoefficientsAreScipysOverTheDayPairs() {
    FactorResult sleep0 = report.factor("sleep_hours", 0).orElseThrow();
    assertEquals(350, sleep0.n());
    assertEquals(-0.28558717163462055, sleep0.spearman(), 1e-12); // spearmanr
    assertEquals(-0.3098223906923551, sleep0.pearson(), 1e-12); // pearsonr
    assertEquals(5.406718591104302e-08, sleep0.pValueNaive(), 1e-9 * 5.4e-08); // spearmanr p

    FactorResult sleep1 = report.factor("sleep_hours", 1).orElseThrow();
    assertEquals(338, sleep1.n());
    assertEquals(-0.09219729515130869, sleep1.spearman(), 1e-12);
    assertEquals(-0.12049108649729443, sleep1.pearson(), 1e-12);
    assertEquals(0.09057857186090923, sleep1.pValueNaive(), 1e-9);

    FactorResult stress1 = report.factor("stress", 1).orElseThrow();
    assertEquals(0.3387331871514963, stress1.spearman(), 1e-12);
    assertEquals(0.38211345505563277, stress1.pearson(), 1e-12);
    assertEquals(1.6109086931602553e-10, stress1.pValueNaive(), 1e-9 * 1.6e-10);
  }

  @Test
  void theTestedCoefficientIsNamedApartWhenSomethingWasRemoved() {
    FactorResult stress1 = report.factor("stress", 1).orElseThrow();
    // The sample has approaches and spans a year: the test removes their periods' means, the
    // weekday means, a slow drift and the season, and says so.
    assertEquals(
        java.util.List.of(
            Removed.APPROACH_PERIODS, Removed.WEEKDAYS, Removed.DRIFT, Removed.SEASON),
        stress1.removed());
    assertEquals(
        true,
        stress1
            .summary()
            .contains(
                "rho after removing approach-period means, weekday means, slow drift, the season ="
                    + " 0.43"),
        stress1.summary());
  }

  @Test
  void activityDifferenceIsMeanWithMinusMeanWithout() {
    ActivityResult lifting = report.activity("heavy_lifting", 1).orElseThrow();
    assertEquals(33, lifting.daysWith());
    assertEquals(6.318181818181818, lifting.meanWith(), 1e-12); // pandas mean
    assertEquals(4.890163934426229, lifting.meanWithout(), 1e-12);
    assertEquals(1.4280178837555892, lifting.difference(), 1e-12);
  }
}
