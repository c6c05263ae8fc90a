package org.painstats.analysis;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.painstats.stats.Ar1Season;
import org.painstats.stats.Ar1Trend;
import org.painstats.stats.Estimate;
import org.painstats.stats.FalseDiscovery;
import org.painstats.stats.WeekdayEffects;

/**
 * What the outcome and each factor share on a calendar scale, in words ({@link SharedStructure}).
 *
 * <p>A weekly rhythm is shared when both series have a weekday that stands out ({@link
 * WeekdayEffects}, Benjamini-Hochberg q &lt; 0.05 over each series' seven) and their weekday
 * profiles correlate (|r| &gt;= 0.5): the sentence names the outcome's highest weekday. A drift is
 * shared when both have a trend ({@link Ar1Trend}, p &lt; 0.05). A yearly rhythm is shared, in a
 * diary of {@value Ar1Season#MIN_SPAN} days or more, when both have a season ({@link Ar1Season}, p
 * &lt; 0.05) whose tops are within two months of each other, or of each other's bottom (agreement
 * |cos| &gt;= 0.5): the sentence names the month of the outcome's top. Each series is tested for
 * its own structure with the AR(1) error model; the pair is never tested as a link.
 */
final class SharedAnalysis {
  private static final double PROFILE_AGREEMENT = 0.5;

  private SharedAnalysis() {}

  static List<SharedStructure> run(
      DiaryCalendar cal,
      String outcome,
      List<String> factors,
      int outcomeDays,
      OutcomeModels models) {
    if (outcomeDays < Report.MIN_DAYS || cal.length() == 0) {
      return List.of();
    }
    int first = cal.date(0).getDayOfWeek().ordinal();
    double[] yProfile = profile(models.weekdays());
    Estimate yTrend = models.trend().slope();
    Ar1Season ySeason = models.season();
    List<SharedStructure> out = new ArrayList<>();
    for (String f : factors) {
      double[] x = cal.series(f);
      double[] xProfile = yProfile == null ? null : profile(WeekdayEffects.of(x, first));
      if (xProfile != null) {
        double r = correlation(yProfile, xProfile);
        if (Math.abs(r) >= PROFILE_AGREEMENT) {
          int top = 0;
          for (int d = 1; d < 7; d++) {
            top = yProfile[d] > yProfile[top] ? d : top;
          }
          String day =
              DayOfWeek.of(top + 1)
                  .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
          out.add(
              new SharedStructure(
                  f,
                  SharedStructure.Kind.WEEKDAY,
                  r > 0
                      ? capital(outcome)
                          + " and "
                          + Words.name(f)
                          + " were both higher on "
                          + day
                          + "s: a weekly rhythm they share, not a day-to-day link."
                      : capital(outcome)
                          + " was higher on "
                          + day
                          + "s, when "
                          + Words.name(f)
                          + " was lower: a weekly rhythm they share, not a day-to-day link."));
        }
      }
      // A season within a year or two also looks like a drift: said once, as the season.
      boolean seasonal = false;
      if (ySeason.pValue() < 0.05) {
        Ar1Season xSeason = Ar1Season.of(x, first);
        double agreement = xSeason.pValue() < 0.05 ? ySeason.agreement(xSeason) : 0;
        seasonal = Math.abs(agreement) >= PROFILE_AGREEMENT;
        if (seasonal) {
          String month =
              cal.date(0)
                  .plusDays(Math.round(ySeason.peak()))
                  .getMonth()
                  .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
          out.add(
              new SharedStructure(
                  f,
                  SharedStructure.Kind.SEASON,
                  agreement > 0
                      ? capital(outcome)
                          + " and "
                          + Words.name(f)
                          + " were both higher around "
                          + month
                          + ": a yearly rhythm they share, not a day-to-day link."
                      : capital(outcome)
                          + " was higher around "
                          + month
                          + ", when "
                          + Words.name(f)
                          + " was lower: a yearly rhythm they share, not a day-to-day link."));
        }
      }
      if (!seasonal && yTrend.pValue() < 0.05) {
        Estimate xTrend = Ar1Trend.of(x, first).slope();
        if (xTrend.pValue() < 0.05) {
          boolean same = Math.signum(xTrend.value()) == Math.signum(yTrend.value());
          String yDir = yTrend.value() < 0 ? "down" : "up";
          String xDir = xTrend.value() < 0 ? "down" : "up";
          out.add(
              new SharedStructure(
                  f,
                  SharedStructure.Kind.DRIFT,
                  same
                      ? capital(outcome)
                          + " and "
                          + Words.name(f)
                          + " both drifted "
                          + yDir
                          + " over the diary: a slow change they share, not a day-to-day link."
                      : capital(outcome)
                          + " drifted "
                          + yDir
                          + " while "
                          + Words.name(f)
                          + " drifted "
                          + xDir
                          + ": a slow change they share, not a day-to-day link."));
        }
      }
    }
    return out;
  }

  /** The seven weekday effects when at least one stands out (q &lt; 0.05), else null. */
  private static double[] profile(WeekdayEffects w) {
    if (w.effects().isEmpty()) {
      return null;
    }
    double[] p = new double[7];
    double[] pv = new double[7];
    for (int d = 0; d < 7; d++) {
      p[d] = w.effects().get(d).value();
      pv[d] = w.effects().get(d).pValue();
    }
    for (double q : FalseDiscovery.benjaminiHochberg(pv)) {
      if (q < 0.05) {
        return p;
      }
    }
    return null;
  }

  private static double correlation(double[] a, double[] b) {
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      sab += a[i] * b[i];
      saa += a[i] * a[i];
      sbb += b[i] * b[i];
    }
    return sab / Math.sqrt(saa * sbb);
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
