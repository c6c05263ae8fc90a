package org.painstats.report;

import org.painstats.diary.Coverage;
import org.painstats.diary.Diary;
import org.painstats.diary.ImportSummary;
import org.painstats.diary.Issue;

/** Writes the {@code diary} object of the JSON report: the accounting of records and the issues. */
public final class DiaryJson {
  private DiaryJson() {}

  /**
   * How many issues a report lists; past that, {@code issuesOmitted} counts the rest (a diary of a
   * million rows can have a million issues: {@code painstats import} lists the first {@link
   * ImportSummary#MAX_ISSUES}).
   */
  public static final int LISTED = 1000;

  /**
   * The {@code diary} object alone, as {@code import --format json} prints it: every issue kept
   * (the first {@link ImportSummary#MAX_ISSUES} by line), the rest counted.
   */
  public static String of(Diary diary) {
    JsonWriter w = new JsonWriter();
    write(w, diary, Integer.MAX_VALUE);
    return w.toString();
  }

  /** Writes the {@code diary} object of a report as the next value of {@code w}. */
  public static void write(JsonWriter w, Diary diary) {
    write(w, diary, LISTED);
  }

  /** Writes the {@code diary} object, listing at most {@code limit} issues. */
  static void write(JsonWriter w, Diary diary, int limit) {
    ImportSummary s = diary.summary();
    w.beginObject();
    w.name("records").value(s.records());
    w.name("kept").value(s.kept());
    w.name("merged").value(s.merged());
    w.name("rejected").value(s.rejected());
    w.name("days").value(diary.days());
    w.name("painDays").value(diary.outcomeDays());
    w.name("firstDate");
    diary.firstDate().ifPresentOrElse(d -> w.value(d.toString()), w::nullValue);
    w.name("lastDate");
    diary.lastDate().ifPresentOrElse(d -> w.value(d.toString()), w::nullValue);
    w.name("format").value(s.format());
    Coverage coverage = Coverage.of(diary);
    w.name("coverage");
    if (Double.isNaN(coverage.share())) {
      w.nullValue();
    } else {
      w.value(coverage.share());
    }
    w.name("gaps").beginArray();
    for (Coverage.Gap g : coverage.gaps()) {
      w.beginObject()
          .name("from")
          .value(g.from().toString())
          .name("to")
          .value(g.to().toString())
          .name("days")
          .value(g.days())
          .endObject();
    }
    w.endArray();
    w.name("columns").beginArray();
    diary
        .columns()
        .forEach(
            c ->
                w.beginObject()
                    .name("name")
                    .value(c.name())
                    .name("header")
                    .value(c.header())
                    .name("role")
                    .value(c.role().name().toLowerCase(java.util.Locale.ROOT))
                    .endObject());
    w.endArray();
    w.name("issues").beginArray();
    int listed = Math.min(limit, s.issues().size());
    for (Issue i : s.issues().subList(0, listed)) {
      w.beginObject();
      w.name("line").value(i.line());
      w.name("column").value(i.column());
      w.name("value").value(i.value());
      w.name("problem").value(i.problem());
      w.name("action").value(i.action());
      w.endObject();
    }
    w.endArray();
    if (s.issueCount() > listed) {
      w.name("issuesOmitted").value(s.issueCount() - listed);
    }
    w.endObject();
  }
}
