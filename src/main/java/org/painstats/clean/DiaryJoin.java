package org.painstats.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.painstats.diary.ColumnRole;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryColumn;
import org.painstats.diary.DiaryColumns;
import org.painstats.diary.ImportSummary;
import org.painstats.diary.Issue;

/**
 * Joins other sources to a diary by date (a Bearable diary with Fitbit steps and Oura sleep): the
 * days are the union of the sources' days; every column of another source joins under its name
 * prefixed by the source ({@code fitbit_steps}), its outcome as a factor; a measure present in two
 * sources under one name is a conflict, named with the days on which they disagree. The diary's own
 * records stay its accounting; the other sources' issues are kept, their column prefixed.
 */
public final class DiaryJoin {
  private DiaryJoin() {}

  /** The diary with the other sources joined. */
  public static Diary of(Diary main, List<Diary> others) {
    Set<LocalDate> all = new TreeSet<>(main.dates());
    others.forEach(o -> all.addAll(o.dates()));
    List<LocalDate> dates = List.copyOf(all);
    DiaryColumns out = new DiaryColumns(dates, main.columns().get(0).header());
    List<Issue> issues = new ArrayList<>(main.summary().issues());
    Set<String> names = new HashSet<>();
    add(out, main, "", dates, names);
    Set<String> prefixes = new HashSet<>();
    for (Diary o : others) {
      String prefix = prefix(o, prefixes);
      for (DiaryColumn c : o.columns()) {
        if (c.role() == ColumnRole.DATE || c.role() == ColumnRole.OUTCOME_MAX) {
          continue;
        }
        String own = main.role(c.name()).isPresent() ? c.name() : null;
        if (own != null && isNumber(c.role()) && isNumber(main.role(own).get())) {
          int differ = differences(main, own, o, c.name());
          issues.add(
              new Issue(
                  0,
                  prefix + "_" + c.name(),
                  "",
                  c.name() + " is in " + main.source() + " and in " + o.source(),
                  "kept apart as "
                      + own
                      + " and "
                      + prefix
                      + "_"
                      + c.name()
                      + "; they differ on "
                      + differ
                      + " shared days",
                  Issue.Kind.NOTE));
        }
      }
      add(out, o, prefix + "_", dates, names);
      for (Issue i : o.summary().issues()) {
        issues.add(
            new Issue(
                0,
                o.source()
                    + (i.line() > 0 ? " line " + i.line() : "")
                    + (i.column().isEmpty() ? "" : ", " + i.column()),
                i.value(),
                i.problem(),
                i.action(),
                i.kind()));
      }
      issues.add(
          new Issue(
              0,
              "",
              "",
              "joined " + o.source() + " (" + o.days() + " days)",
              "its columns prefixed " + prefix + "_",
              Issue.Kind.NOTE));
    }
    ImportSummary s = main.summary();
    long omitted =
        s.issuesOmitted() + others.stream().mapToLong(o -> o.summary().issuesOmitted()).sum();
    return out.build(
        new ImportSummary(
            s.source(),
            s.records(),
            s.kept(),
            s.merged(),
            s.rejected(),
            issues,
            s.format(),
            omitted));
  }

  private static boolean isNumber(ColumnRole r) {
    return r == ColumnRole.OUTCOME || r == ColumnRole.FACTOR || r == ColumnRole.ACTIVITY;
  }

  private static String prefix(Diary o, Set<String> used) {
    String p = o.summary().format();
    if (p.equals("diary")) {
      String f = java.nio.file.Path.of(o.source()).getFileName().toString();
      p = org.painstats.io.Headers.snakeName(f.replaceAll("\\.[^.]*$", ""));
    }
    p = p.toLowerCase(Locale.ROOT).replace('-', '_');
    String q = p;
    for (int k = 2; !used.add(q); k++) {
      q = p + "_" + k;
    }
    return q;
  }

  private static int differences(Diary a, String ca, Diary b, String cb) {
    Map<LocalDate, Double> bv = new TreeMap<>();
    double[] vb = b.values(cb);
    for (int i = 0; i < vb.length; i++) {
      bv.put(b.dates().get(i), vb[i]);
    }
    double[] va = a.values(ca);
    int n = 0;
    for (int i = 0; i < va.length; i++) {
      Double x = bv.get(a.dates().get(i));
      if (x != null && !Double.isNaN(x) && !Double.isNaN(va[i]) && x != va[i]) {
        n++;
      }
    }
    return n;
  }

  private static void add(
      DiaryColumns out, Diary d, String prefix, List<LocalDate> dates, Set<String> names) {
    Map<LocalDate, Integer> row = new TreeMap<>();
    for (int i = 0; i < d.dates().size(); i++) {
      row.put(d.dates().get(i), i);
    }
    for (DiaryColumn c : d.columns()) {
      if (c.role() == ColumnRole.DATE
          || (!prefix.isEmpty() && c.role() == ColumnRole.OUTCOME_MAX)) {
        continue;
      }
      ColumnRole role = c.role();
      if (!prefix.isEmpty() && (role == ColumnRole.OUTCOME || role == ColumnRole.APPROACH)) {
        role = role == ColumnRole.OUTCOME ? ColumnRole.FACTOR : ColumnRole.TEXT;
      }
      String name = prefix + c.name();
      for (int k = 2; !names.add(name); k++) {
        name = prefix + c.name() + "_" + k;
      }
      String header = prefix.isEmpty() ? c.header() : d.source() + ": " + c.header();
      String label = d.label(c.name());
      if (!label.equals(c.name().replace('_', ' '))) {
        // a name as the source wrote it (a tag "didn't go to class") stays readable when joined
        out.label(name, prefix.isEmpty() ? label : prefix.replace('_', ' ') + label);
      }
      if (isNumber(role) || role == ColumnRole.OUTCOME_MAX) {
        double[] v = d.values(c.name());
        double[] joined = new double[dates.size()];
        for (int i = 0; i < dates.size(); i++) {
          Integer r = row.get(dates.get(i));
          joined[i] = r == null ? (role == ColumnRole.ACTIVITY ? 0 : Double.NaN) : v[r];
        }
        out.number(name, header, role, joined, c.scale());
      } else {
        List<String> v = d.text(c.name());
        List<String> joined = new ArrayList<>(dates.size());
        for (LocalDate day : dates) {
          Integer r = row.get(day);
          joined.add(r == null ? "" : v.get(r));
        }
        out.text(name, header, role, joined);
      }
    }
  }
}
