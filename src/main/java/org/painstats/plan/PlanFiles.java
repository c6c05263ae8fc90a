package org.painstats.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.Escapes;
import org.painstats.io.AtomicFiles;
import org.painstats.io.DecodedText;

/**
 * Plans as files: {@code plan.csv} written and read back, and nof1kit's JSON schedule read.
 *
 * <p>{@code plan.csv} has a header and one row per day: {@code date} (ISO), {@code approach} (the
 * condition of the day; blank for none), {@code washout} ({@code yes} on days left out of the
 * analysis, blank otherwise) and {@code block} (the block's number, from 1; a pair is blocks 1-2,
 * 3-4, ...). A day-by-day plan has one day per block and a {@code max_run} column, the longest run
 * its design allowed. Without a {@code block} column a plan is read as day by day, and without
 * {@code max_run} its longest run stands for the design's cap. A plan of two named approaches
 * ({@code --versus}) takes the one on its first named day as the approach, the statistic being its
 * mean minus the other's (the test is two-sided, so the order changes only the sign).
 *
 * <p>nof1kit's schedule ({@code {"1":0,"2":1,...}}, study day to 1 for the approach) is day by day,
 * balanced as the file is, with runs capped at its longest run; it has no dates, so it needs the
 * date of study day 1, and no names, which the diary gives ({@link Plan#withNames}).
 */
public final class PlanFiles {
  private PlanFiles() {}

  /** The plan as CSV text, {@code \n} line ends. */
  public static String toCsv(Plan plan) {
    boolean days = plan.design().kind() == PlanDesign.Kind.DAYS;
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    try (CSVPrinter p = new CSVPrinter(out, format)) {
      List<String> header = new ArrayList<>(List.of("date", "approach", "washout", "block"));
      if (days) {
        header.add("max_run");
      }
      p.printRecord(header);
      for (Plan.PlanDay d : plan.days()) {
        List<Object> row = new ArrayList<>();
        row.add(d.date().toString());
        row.add(Escapes.toCsvCell(d.condition()));
        row.add(d.washout() ? "yes" : "");
        row.add(d.block());
        if (days) {
          row.add(plan.design().maxRun());
        }
        p.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the plan as CSV, whole or not at all. */
  public static void write(Plan plan, Path target) {
    AtomicFiles.write(target, toCsv(plan));
  }

  /**
   * Reads a plan: a {@code plan.csv}, or nof1kit's JSON schedule by study day (which needs {@code
   * start}, the date of study day 1).
   *
   * @throws DiaryFormatException naming the file (and line) when it is not a plan this design
   *     allows, or a schedule by study day comes without its start date
   */
  public static Plan read(Path path, Optional<LocalDate> start) {
    String text = DecodedText.read(path).text();
    if (text.strip().startsWith("{")) {
      if (start.isEmpty()) {
        throw new DiaryFormatException(
            path
                + ": is a schedule by study day, with no dates; give the date of study day 1 as"
                + " the plan's start",
            DiaryFormatException.Remedy.PLAN_START);
      }
      return json(path, text, start.get());
    }
    return csv(path, text);
  }

  private static DiaryFormatException bad(Path path, String problem) {
    return new DiaryFormatException(path + ": " + problem);
  }

  private static Plan json(Path path, String text, LocalDate start) {
    List<Boolean> days = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw bad(path, "not a schedule: expected {\"1\":0,\"2\":1,...}");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken v = p.nextToken();
        if (!key.equals(Integer.toString(days.size() + 1))) {
          throw bad(
              path,
              "study day \""
                  + Escapes.inline(key)
                  + "\" where day "
                  + (days.size() + 1)
                  + " was expected; days run 1, 2, 3, ... in order");
        }
        if (v != JsonToken.VALUE_NUMBER_INT || p.getIntValue() < 0 || p.getIntValue() > 1) {
          throw bad(path, "study day " + key + " is not 0 (none) or 1 (the approach)");
        }
        days.add(p.getIntValue() == 1);
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new DiaryFormatException(
          path + ": not valid JSON: " + Escapes.inline(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean[] s = new boolean[days.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = days.get(i);
    }
    return dayPlan(path, "", "", s, start, longestRun(s));
  }

  private static Plan dayPlan(
      Path path, String approach, String versus, boolean[] s, LocalDate start, int maxRun) {
    int ones = 0;
    for (boolean b : s) {
      ones += b ? 1 : 0;
    }
    PlanDesign design;
    try {
      design = PlanDesign.days(s.length, ones, maxRun);
    } catch (IllegalArgumentException e) {
      throw bad(path, "not a randomized plan: " + e.getMessage());
    }
    if (!design.allows(s)) {
      throw bad(path, "a run is longer than the plan's max_run of " + maxRun + " days");
    }
    return new Plan(approach, versus, design, start, s, OptionalLong.empty());
  }

  private static int longestRun(boolean[] s) {
    int best = 0;
    int run = 0;
    for (int i = 0; i < s.length; i++) {
      run = i > 0 && s[i] == s[i - 1] ? run + 1 : 1;
      best = Math.max(best, run);
    }
    return best;
  }

  private static Plan csv(Path path, String text) {
    List<CSVRecord> rows;
    List<String> header;
    try (CSVParser p =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new java.io.StringReader(text))) {
      header = p.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
      rows = p.getRecords();
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw bad(path, "not a plan: " + Escapes.inline(String.valueOf(e.getMessage())));
    }
    int date = header.indexOf("date");
    int approach = header.indexOf("approach");
    if (date < 0 || approach < 0) {
      throw bad(
          path,
          "not a plan: found columns "
              + Escapes.inline(header.toString())
              + "; a plan has date and approach (and washout, block)");
    }
    int washout = header.indexOf("washout");
    int block = header.indexOf("block");
    int maxRun = header.indexOf("max_run");
    if (rows.isEmpty()) {
      throw bad(path, "a plan with no day");
    }
    List<LocalDate> dates = new ArrayList<>();
    List<String> conditions = new ArrayList<>();
    List<Boolean> washouts = new ArrayList<>();
    List<Integer> blocks = new ArrayList<>();
    int cap = 0;
    for (CSVRecord r : rows) {
      long line = r.getRecordNumber() + 1;
      String where = "line " + line + ": ";
      LocalDate d;
      try {
        d = LocalDate.parse(cell(r, date));
      } catch (DateTimeParseException e) {
        throw bad(
            path, where + "\"" + Escapes.inline(cell(r, date)) + "\" is not a date (YYYY-MM-DD)");
      }
      if (!dates.isEmpty() && !d.equals(dates.get(dates.size() - 1).plusDays(1))) {
        throw bad(
            path,
            where
                + d
                + " does not follow "
                + dates.get(dates.size() - 1)
                + "; a plan has every day, in order");
      }
      dates.add(d);
      conditions.add(Escapes.fromCsvCell(cell(r, approach)).strip());
      washouts.add(washout >= 0 && yes(path, where, cell(r, washout)));
      blocks.add(block >= 0 ? integer(path, where, "block", cell(r, block)) : dates.size());
      if (maxRun >= 0) {
        cap = Math.max(cap, integer(path, where, "max_run", cell(r, maxRun)));
      }
    }
    Set<String> names = new LinkedHashSet<>(conditions);
    if (names.size() > 2) {
      throw bad(
          path,
          "more than two conditions "
              + Escapes.inline(names.toString())
              + "; a plan compares an approach with none or with one other");
    }
    List<String> named = names.stream().filter(n -> !n.isEmpty()).toList();
    if (named.isEmpty() || names.size() < 2) {
      throw bad(path, "every day has the same condition; a plan compares two");
    }
    String first = named.get(0);
    String second = names.contains("") ? "" : named.get(1);
    // units: consecutive blocks of equal length, numbered 1, 2, 3, ...
    int len = 0;
    while (len < blocks.size() && blocks.get(len) == 1) {
      len++;
    }
    if (len == 0 || blocks.size() % len != 0) {
      throw bad(path, "blocks are not numbered 1, 2, 3, ... with the same number of days");
    }
    int units = blocks.size() / len;
    boolean[] s = new boolean[units];
    for (int i = 0; i < blocks.size(); i++) {
      int u = i / len;
      if (blocks.get(i) != u + 1) {
        throw bad(
            path,
            "line "
                + (i + 2)
                + ": block "
                + blocks.get(i)
                + " where block "
                + (u + 1)
                + " was expected; blocks have "
                + len
                + " days each");
      }
      boolean isFirst = conditions.get(i).equals(first);
      if (i % len == 0) {
        s[u] = isFirst;
      } else if (s[u] != isFirst) {
        throw bad(
            path,
            "line "
                + (i + 2)
                + ": \""
                + Escapes.inline(conditions.get(i))
                + "\" inside block "
                + (u + 1)
                + " of another condition");
      }
    }
    LocalDate start = dates.get(0);
    Plan plan;
    if (len == 1) {
      plan = dayPlan(path, first, second, s, start, maxRun >= 0 ? cap : longestRun(s));
      if (washouts.contains(true)) {
        throw bad(path, "a day-by-day plan has no washout days");
      }
      return plan;
    }
    int w = 0;
    for (int u = 0; u < units; u++) {
      int k = 0;
      while (k < len && washouts.get(u * len + k)) {
        k++;
      }
      w = Math.max(w, k);
    }
    try {
      plan =
          new Plan(first, second, PlanDesign.pairs(len, units, w), start, s, OptionalLong.empty());
    } catch (IllegalArgumentException e) {
      throw bad(
          path,
          "not a plan in pairs of blocks: "
              + e.getMessage()
              + " (each pair has one block of each condition)");
    }
    List<Plan.PlanDay> days = plan.days();
    for (int i = 0; i < days.size(); i++) {
      if (days.get(i).washout() != washouts.get(i)) {
        throw bad(
            path,
            "line "
                + (i + 2)
                + ": washout "
                + (washouts.get(i) ? "marked" : "not marked")
                + " on "
                + days.get(i).date()
                + "; the first "
                + w
                + " days of the first block and of each block that changes condition are washout");
      }
    }
    return plan;
  }

  private static String cell(CSVRecord r, int i) {
    return i < r.size() ? r.get(i).strip() : "";
  }

  private static boolean yes(Path path, String where, String v) {
    String k = v.toLowerCase(Locale.ROOT);
    if (k.isEmpty() || k.equals("no") || k.equals("false") || k.equals("0")) {
      return false;
    }
    if (k.equals("yes") || k.equals("true") || k.equals("1") || k.equals("x")) {
      return true;
    }
    throw bad(path, where + "washout \"" + Escapes.inline(v) + "\" is not yes or blank");
  }

  private static int integer(Path path, String where, String column, String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw bad(path, where + column + " \"" + Escapes.inline(v) + "\" is not a whole number");
    }
  }
}
