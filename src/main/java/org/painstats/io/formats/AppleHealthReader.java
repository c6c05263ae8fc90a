package org.painstats.io.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.Issue;
import org.painstats.io.ColumnSpec;
import org.painstats.io.DiaryReader;
import org.painstats.io.DiaryRecords;
import org.painstats.io.FileHead;
import org.painstats.io.HeaderKind;
import org.painstats.io.RawRecord;
import org.painstats.io.ReaderOptions;

/**
 * Reads Apple Health's {@code export.xml}, streamed with StAX so that a file of several gigabytes
 * is never held: per day, the steps (sum of {@code StepCount}), the hours asleep (the union of the
 * night's {@code SleepAnalysis} asleep intervals, so that a watch and a phone recording the same
 * night count once, the night given to the day it ends) and the mean resting heart rate and heart
 * rate variability. Each day is one record; the elements read and left are said in an issue. A day
 * is the date as written in the record, whatever its offset.
 */
public final class AppleHealthReader implements DiaryReader {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT);

  @Override
  public String name() {
    return "apple-health";
  }

  @Override
  public String description() {
    return "Apple Health export.xml (HealthData, Record elements), streamed: steps, sleep, resting"
        + " heart rate, HRV per day";
  }

  @Override
  public boolean recognises(FileHead head) {
    return head.text().contains("<HealthData");
  }

  /** Sums and counts of one day. */
  private static final class Day {
    double steps;
    boolean hasSteps;
    final List<long[]> asleep = new ArrayList<>();
    double rhr;
    int rhrN;
    double hrv;
    int hrvN;
  }

  @Override
  public DiaryRecords read(Path path, ReaderOptions options) {
    String file = path.toString();
    Map<LocalDate, Day> days = new TreeMap<>();
    long records = 0;
    long used = 0;
    long unreadable = 0;
    long firstUnreadable = 0;
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = Files.newInputStream(path)) {
      XMLStreamReader x = f.createXMLStreamReader(in);
      while (x.hasNext()) {
        if (x.next() != XMLStreamConstants.START_ELEMENT || !x.getLocalName().equals("Record")) {
          continue;
        }
        records++;
        String type = x.getAttributeValue(null, "type");
        String value = x.getAttributeValue(null, "value");
        String start = x.getAttributeValue(null, "startDate");
        String end = x.getAttributeValue(null, "endDate");
        if (type == null || start == null || end == null) {
          continue;
        }
        boolean known =
            type.endsWith("StepCount")
                || type.endsWith("SleepAnalysis")
                || type.endsWith("RestingHeartRate")
                || type.endsWith("HeartRateVariabilitySDNN");
        if (!known) {
          continue;
        }
        try {
          OffsetDateTime s = OffsetDateTime.parse(start, WHEN);
          OffsetDateTime e = OffsetDateTime.parse(end, WHEN);
          if (type.endsWith("SleepAnalysis")) {
            if (value != null && value.contains("Asleep")) {
              days.computeIfAbsent(e.toLocalDate(), k -> new Day())
                  .asleep
                  .add(new long[] {s.toEpochSecond(), e.toEpochSecond()});
              used++;
            }
            continue;
          }
          double v = Double.parseDouble(value);
          Day d = days.computeIfAbsent(s.toLocalDate(), k -> new Day());
          if (type.endsWith("StepCount")) {
            d.steps += v;
            d.hasSteps = true;
          } else if (type.endsWith("RestingHeartRate")) {
            d.rhr += v;
            d.rhrN++;
          } else {
            d.hrv += v;
            d.hrvN++;
          }
          used++;
        } catch (DateTimeParseException | NumberFormatException | NullPointerException ex) {
          unreadable++;
          firstUnreadable =
              firstUnreadable == 0 ? x.getLocation().getLineNumber() : firstUnreadable;
        }
      }
    } catch (XMLStreamException e) {
      throw new DiaryFormatException(
          file + ": is not well-formed XML (" + e.getMessage().replaceAll("\\s+", " ") + ")", e);
    } catch (IOException e) {
      throw new DiaryFormatException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    if (days.isEmpty()) {
      throw new DiaryFormatException(
          file + ": no steps, sleep or heart-rate records among " + records + " records");
    }
    List<String> header = List.of("date", "steps", "sleep hours", "resting heart rate", "hrv");
    List<RawRecord> rows = new ArrayList<>();
    for (Map.Entry<LocalDate, Day> e : days.entrySet()) {
      Day d = e.getValue();
      rows.add(
          new RawRecord(
              0,
              List.of(
                  e.getKey().toString(),
                  d.hasSteps ? fmt(d.steps) : "",
                  d.asleep.isEmpty() ? "" : fmt(union(d.asleep) / 3600.0),
                  d.rhrN == 0 ? "" : fmt(d.rhr / d.rhrN),
                  d.hrvN == 0 ? "" : fmt(d.hrv / d.hrvN))));
    }
    List<Issue> issues = new ArrayList<>();
    issues.add(
        new Issue(
            0,
            "",
            "",
            records + " Record elements, " + used + " of them steps, sleep or heart rate",
            "summed or averaged into " + days.size() + " days (one record each); the rest left out",
            Issue.Kind.NOTE));
    if (unreadable > 0) {
      issues.add(
          new Issue(
              firstUnreadable,
              "",
              "",
              unreadable + " records with a date or value that cannot be read",
              "left out",
              Issue.Kind.SET_MISSING));
    }
    return new DiaryRecords(
        file,
        name(),
        new RawRecord(0, header),
        rows,
        Map.of(
            "date", ColumnSpec.of(HeaderKind.DATE),
            "steps", ColumnSpec.of(HeaderKind.FACTOR),
            "sleep hours", ColumnSpec.of(HeaderKind.FACTOR),
            "resting heart rate", ColumnSpec.of(HeaderKind.FACTOR),
            "hrv", ColumnSpec.of(HeaderKind.FACTOR)),
        false,
        issues,
        Optional.of("steps"));
  }

  /** The length in seconds of the union of intervals. */
  static long union(List<long[]> intervals) {
    intervals.sort((a, b) -> Long.compare(a[0], b[0]));
    long total = 0;
    long s = Long.MIN_VALUE;
    long e = Long.MIN_VALUE;
    for (long[] i : intervals) {
      if (i[0] > e) {
        total += e > s ? e - s : 0;
        s = i[0];
        e = i[1];
      } else {
        e = Math.max(e, i[1]);
      }
    }
    total += e > s ? e - s : 0;
    return total;
  }

  private static String fmt(double v) {
    return v == Math.rint(v)
        ? Long.toString((long) v)
        : String.valueOf(Math.round(v * 1000) / 1000.0);
  }
}
