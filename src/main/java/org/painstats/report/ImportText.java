package org.painstats.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.painstats.diary.ApproachCandidates;
import org.painstats.diary.ColumnRole;
import org.painstats.diary.Coverage;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryColumn;
import org.painstats.diary.ImportSummary;
import org.painstats.diary.Issue;

/**
 * The text {@code painstats import} prints: the accounting, the columns, the issues by line (the
 * first {@link ImportSummary#MAX_ISSUES}, the rest counted).
 */
public final class ImportText {
  private ImportText() {}

  /** The text for a cleaned diary; {@code written} is where the cleaned file went, if anywhere. */
  public static String of(Diary diary, Optional<Path> written) {
    ImportSummary s = diary.summary();
    StringBuilder b = new StringBuilder();
    b.append(s.source()).append('\n');
    b.append(
        String.format(
            Locale.ROOT,
            "  %d record%s: %d kept, %d merged into a day, %d rejected%n",
            s.records(),
            s.records() == 1 ? "" : "s",
            s.kept(),
            s.merged(),
            s.rejected()));
    b.append(
        String.format(
            Locale.ROOT,
            "  %d day%s%s, %s recorded on %d%n",
            diary.days(),
            diary.days() == 1 ? "" : "s",
            diary
                .firstDate()
                .map(f -> " from " + f + " to " + diary.lastDate().orElseThrow())
                .orElse(""),
            diary.outcome(),
            diary.outcomeDays()));
    if (!s.format().equals("diary")) {
      b.append("  read as an export in the ").append(s.format()).append(" format\n");
    }
    for (Coverage.Gap g : Coverage.of(diary).gaps()) {
      b.append(
          String.format(
              Locale.ROOT, "  no entry for %d days, %s to %s%n", g.days(), g.from(), g.to()));
    }
    for (ApproachCandidates c : ApproachCandidates.of(diary)) {
      b.append(
          String.format(
              Locale.ROOT,
              "  %s looks like an approach: on %.0f%% of the days from %s to %s"
                  + " (--approach-tag \"%s\" to analyse it as one)%n",
              c.activity(),
              100 * c.share(),
              c.from(),
              c.to(),
              c.activity()));
    }
    b.append("\nColumns\n");
    Map<String, List<String>> byHeader = new LinkedHashMap<>();
    Map<String, ColumnRole> roles = new LinkedHashMap<>();
    for (DiaryColumn c : diary.columns()) {
      byHeader.computeIfAbsent(c.header(), k -> new ArrayList<>()).add(c.name());
      roles.putIfAbsent(c.header(), c.role());
    }
    int width = byHeader.keySet().stream().mapToInt(String::length).max().orElse(0);
    byHeader.forEach(
        (header, names) -> {
          ColumnRole role = roles.get(header);
          String what = role.label();
          if (role == ColumnRole.ACTIVITY && names.size() > 1) {
            what = "activities";
          }
          if (role == ColumnRole.APPROACH && !diary.approaches().isEmpty()) {
            what = "approach: " + String.join(", ", diary.approaches());
          }
          String target = String.join(", ", names);
          b.append(
              String.format(Locale.ROOT, "  %-" + width + "s  -> %s (%s)%n", header, target, what));
        });
    List<Issue> issues = s.issues();
    b.append('\n');
    if (issues.isEmpty()) {
      b.append("No issues: every record was read as written.\n");
    } else {
      b.append("Issues (").append(s.issueCount()).append(")\n");
      for (Issue i : issues) {
        b.append("  ").append(i).append('\n');
      }
      if (s.issuesOmitted() > 0) {
        b.append(
            String.format(
                Locale.ROOT,
                "  ... %,d more not listed: the first %,d by line are%n",
                s.issuesOmitted(),
                issues.size()));
      }
    }
    written.ifPresent(p -> b.append("\nCleaned diary written to ").append(p).append('\n'));
    return b.toString();
  }
}
