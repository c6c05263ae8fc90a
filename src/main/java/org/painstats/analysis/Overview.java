package org.painstats.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.painstats.diary.Coverage;
import org.painstats.diary.Diary;
import org.painstats.diary.Scale;

/**
 * The answer a report opens with, for someone with thirty seconds: the diary in one line, each
 * approach's verdict in words with its size and probability, what tracks with the outcome (one
 * plain line each, strongest first), the caution that goes with it, and what to try next. Every
 * renderer (text, Markdown, HTML, PDF) leads with it; the numbers behind it follow in the details.
 *
 * @param diary the diary in one line: period, days, coverage, usual level and range
 * @param approaches one line per approach, in the order they were tried
 * @param links what tracks with the outcome, strongest first, at most {@link #LINKS}
 * @param moreLinks how many further links the details list
 * @param caution what a link does not prove
 * @param next what to try next, each a sentence and the command that does it
 * @param lastEntry the date of the diary's last entry (the report's date: same input, same report)
 */
public record Overview(
    String diary,
    List<ApproachLine> approaches,
    List<String> links,
    int moreLinks,
    String caution,
    List<Step> next,
    Optional<LocalDate> lastEntry) {

  /** The most links the overview lists; the details list them all. */
  public static final int LINKS = 5;

  /**
   * One approach's verdict.
   *
   * @param approach its name
   * @param verdict the model's verdict
   * @param sentence the verdict in words with the size of the change and the probability that it
   *     was meaningful
   */
  public record ApproachLine(String approach, ApproachVerdict verdict, String sentence) {}

  /**
   * Something to try next.
   *
   * @param sentence what and why, in words
   * @param command the painstats command that does it, its words quoted for a POSIX shell
   */
  public record Step(String sentence, String command) {}

  public Overview {
    approaches = List.copyOf(approaches);
    links = List.copyOf(links);
    next = List.copyOf(next);
  }

  /** The overview of a report. */
  public static Overview of(Report r) {
    Diary d = r.diary();
    String o = r.outcome();
    List<ApproachLine> approaches =
        r.approaches().stream()
            .map(a -> new ApproachLine(a.approach(), a.verdict(), verdict(a, d, o) + planned(r, a)))
            .toList();
    List<String> all = links(r);
    List<String> links = all.subList(0, Math.min(LINKS, all.size()));
    return new Overview(
        diaryLine(d),
        approaches,
        links,
        all.size() - links.size(),
        Report.NOT_PROOF,
        next(r),
        d.lastDate());
  }

  /**
   * "365 days from 2025-01-01 to 2025-12-31, an entry on 354 (97%), pain on 350. Pain was usually 5
   * on its 0-10 scale (half the days between 4 and 6), from 1 to 9."
   */
  static String diaryLine(Diary d) {
    if (d.firstDate().isEmpty()) {
      return "The diary has no dated entry.";
    }
    LocalDate first = d.firstDate().get();
    LocalDate last = d.lastDate().orElseThrow();
    long span = ChronoUnit.DAYS.between(first, last) + 1;
    Coverage c = Coverage.of(d);
    String o = d.outcome();
    StringBuilder s = new StringBuilder();
    s.append(span)
        .append(span == 1 ? " day" : " days")
        .append(" from ")
        .append(first)
        .append(" to ")
        .append(last)
        .append(", an entry on ")
        .append(d.days())
        .append(" (")
        .append(Math.round(100 * c.share()))
        .append("%), ")
        .append(Words.name(o))
        .append(" recorded on ")
        .append(d.outcomeDays())
        .append('.');
    if (!c.gaps().isEmpty()) {
      s.append(' ')
          .append(c.gaps().size() == 1 ? "One gap" : c.gaps().size() + " gaps")
          .append(" of ")
          .append(Coverage.LONG_GAP)
          .append(" days or more without an entry.");
    }
    double[] v = Arrays.stream(d.outcomeValues()).filter(x -> !Double.isNaN(x)).sorted().toArray();
    if (v.length > 0) {
      Scale sc = d.outcomeScale();
      s.append(' ')
          .append(cap(Words.name(o)))
          .append(" was usually ")
          .append(level(quantile(v, 0.5)))
          .append(" on its ")
          .append(level(sc.min()))
          .append('-')
          .append(level(sc.max()))
          .append(" scale (half the days between ")
          .append(level(quantile(v, 0.25)))
          .append(" and ")
          .append(level(quantile(v, 0.75)))
          .append("), from ")
          .append(level(v[0]))
          .append(" to ")
          .append(level(v[v.length - 1]))
          .append('.');
    }
    return s.toString();
  }

  /** The verdict on an approach in words, with its size and the probability it was meaningful. */
  static String verdict(ApproachResult a, Diary d, String outcome) {
    String o = Words.name(outcome);
    Scale sc = d.outcomeScale();
    String meaningful = level(sc.meaningfulChange());
    String size =
        o
            + " was "
            + Words.num(Math.abs(a.levelChange()), 1)
            + (Words.num(Math.abs(a.levelChange()), 1).equals("1.0") ? " point " : " points ")
            + (a.levelChange() < 0 ? "lower" : "higher")
            + " than it would have been without it (95% CI "
            + Words.signed(a.ciLow(), 1)
            + " to "
            + Words.signed(a.ciHigh(), 1)
            + ")";
    String chance =
        "chance that it improved "
            + o
            + " by "
            + meaningful
            + (meaningful.equals("1") ? " point" : " points")
            + " or more: "
            + percent(a.probabilityMeaningful());
    String name = a.approach();
    return switch (a.verdict()) {
      case HELPED -> name + " helped: " + size + "; " + chance + ".";
      case PROBABLY_HELPED -> name + " probably helped: " + size + "; " + chance + ".";
      case NO_CLEAR_EFFECT ->
          name
              + " made no clear difference ("
              + Words.signed(a.levelChange(), 1)
              + " points, 95% CI "
              + Words.signed(a.ciLow(), 1)
              + " to "
              + Words.signed(a.ciHigh(), 1)
              + "); "
              + chance
              + ".";
      case PROBABLY_WORSE -> name + " probably made " + o + " worse: " + size + ".";
      case TOO_LITTLE_DATA ->
          name
              + ": too little data to tell ("
              + a.days()
              + (a.days() == 1 ? " day" : " days")
              + " with "
              + o
              + ")"
              + a.daysNeeded().stream()
                  .mapToObj(n -> "; about " + n + " more days of a fair comparison would settle it")
                  .findFirst()
                  .orElse("")
              + ".";
    };
  }

  private record Ranked(double strength, String line) {}

  /** What tracks with the outcome, one plain line each, strongest first. */
  static List<String> links(Report r) {
    String o = cap(Words.name(r.outcome()));
    List<Ranked> ranked = new ArrayList<>();
    for (FactorResult f : r.strongestFactors()) {
      if (!f.significant()) {
        continue;
      }
      double rho = f.spearmanTested();
      String line =
          o
              + " was "
              + (rho < 0 ? "lower " : "higher ")
              + when(f.factor(), f.lag())
              + " ("
              + strength(rho)
              + " link)";
      Optional<AdjustedFactor> adj =
          r.adjusted().stream().filter(a -> a.factor().equals(f.factor())).findFirst();
      if (adj.isPresent() && adj.get().pValue() >= 0.05) {
        line += "; it moves with the other factors and adds little of its own";
      }
      if (f.lag() == 0 && !f.factor().contains("sleep")) {
        line +=
            ". It can run either way: "
                + Words.name(r.outcome())
                + " may move "
                + Words.name(f.factor())
                + " as much as the reverse";
      }
      ranked.add(new Ranked(1 + Math.abs(rho), line + "."));
    }
    for (ActivityResult a : r.activities()) {
      if (!a.significant()) {
        continue;
      }
      double diff = a.differenceTested();
      String points = Words.num(Math.abs(diff), 1);
      String line =
          o
              + " was "
              + points
              + (points.equals("1.0") ? " point " : " points ")
              + (diff < 0 ? "lower" : "higher")
              + (a.lag() == 0 ? " on days with " : " on days after ")
              + Words.name(a.activity())
              + " than on other days.";
      ranked.add(new Ranked(1 + Math.min(0.99, Math.abs(diff) / 10), line));
    }
    ranked.sort(Comparator.comparingDouble(Ranked::strength).reversed());
    return ranked.stream().map(Ranked::line).toList();
  }

  /** The planned trial's result after the verdict of its approach, when a plan was given. */
  private static String planned(Report r, ApproachResult a) {
    return r.plan()
        .filter(c -> c.isPlanned(a.approach()))
        .map(c -> " " + PlannedTrial.finding(c, r.outcome()))
        .orElse("");
  }

  /** What to try next: a fair test of each approach the diary cannot settle. */
  static List<Step> next(Report r) {
    List<Step> out = new ArrayList<>();
    String o = Words.name(r.outcome());
    for (ApproachResult a : r.approaches()) {
      boolean unsettled =
          switch (a.verdict()) {
            case TOO_LITTLE_DATA, PROBABLY_HELPED -> true;
            case HELPED -> !a.clinicallyMeaningful();
            case NO_CLEAR_EFFECT, PROBABLY_WORSE -> false;
          };
      // an approach already tested in a planned trial has its answer above
      boolean planned = r.plan().filter(c -> c.compares(a.approach())).isPresent();
      if (unsettled && !planned) {
        out.add(
            new Step(
                "For a fair test of "
                    + a.approach()
                    + ", switch between it and no approach in week-long blocks in a random order"
                    + " and keep the diary; painstats plan draws the schedule and says how likely"
                    + " it is to detect a meaningful change in "
                    + o
                    + ":",
                plan(a.approach(), r.source())));
      }
    }
    if (r.approaches().isEmpty()) {
      out.add(
          new Step(
              "No approach was recorded. To test one fairly, plan it in randomized blocks and"
                  + " record it in an approach column:",
              plan("NAME", r.source())));
    }
    return out;
  }

  private static String plan(String approach, String diary) {
    return "painstats plan --approach "
        + shell(approach)
        + " --diary "
        + shell(diary)
        + " --block-days 7 --blocks 16";
  }

  /**
   * A word for a POSIX shell: as it is when it holds only letters, digits and {@code ._/-}, else in
   * single quotes, inside which nothing (a backquote, a dollar) is run.
   */
  static String shell(String s) {
    return s.matches("[A-Za-z0-9._/-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  /** "on days with higher mood", "after nights with more sleep hours", "the day after ...". */
  static String when(String factor, int lag) {
    String more = Words.more(factor);
    return switch (lag) {
      case 0 -> factor.contains("sleep") ? "after nights with " + more : "on days with " + more;
      case 1 -> "the day after " + more;
      default -> lag + " days after " + more;
    };
  }

  /** How strong a correlation reads: weak below 0.3, moderate below 0.5, strong from there. */
  static String strength(double rho) {
    double a = Math.abs(rho);
    return a >= 0.5 ? "a strong" : a >= 0.3 ? "a moderate" : "a weak";
  }

  /** A probability as a percentage: "35%", "under 1%", "over 99%". */
  static String percent(double p) {
    if (Double.isNaN(p)) {
      return "not estimated";
    }
    if (p < 0.005) {
      return "under 1%";
    }
    if (p > 0.995) {
      return "over 99%";
    }
    return Math.round(100 * p) + "%";
  }

  /** A level on the scale: whole numbers without decimals, others with one. */
  static String level(double x) {
    return x == Math.rint(x) ? Words.num(x, 0) : Words.num(x, 1);
  }

  /** The type-7 quantile (R's default) of sorted values. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
