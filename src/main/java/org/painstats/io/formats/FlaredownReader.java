package org.painstats.io.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.Issue;
import org.painstats.diary.Scale;
import org.painstats.io.ColumnSpec;
import org.painstats.io.DiaryReader;
import org.painstats.io.DiaryRecords;
import org.painstats.io.FileHead;
import org.painstats.io.HeaderKind;
import org.painstats.io.Headers;
import org.painstats.io.ReaderOptions;

/**
 * Reads Flaredown's research export: one row per trackable per check-in, many users in one file
 * ({@code user_id,age,sex,country,checkin_date,[trackable_id,]trackable_type,trackable_name,
 * trackable_value}). One user's rows are kept, streamed so that the 700 MB file is never held:
 * conditions and symptoms are factors on Flaredown's 0-4 scale (the most logged one named with
 * "pain" is the pain column), treatments and tags and foods are activities (doses kept as text),
 * weather readings are factors.
 */
public final class FlaredownReader implements DiaryReader {
  static final Scale SEVERITY = Scale.of(0, 4, true);

  @Override
  public String name() {
    return "flaredown";
  }

  @Override
  public String description() {
    return "Flaredown research export (user_id, ..., checkin_date, trackable_type, trackable_name,"
        + " trackable_value), one user at a time";
  }

  @Override
  public boolean recognises(FileHead head) {
    return head.hasKeys(0, "userid", "checkindate", "trackabletype", "trackablevalue");
  }

  @Override
  public DiaryRecords read(Path path, ReaderOptions options) {
    String file = path.toString();
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder), 1 << 20)) {
      String headerLine = in.readLine();
      if (headerLine == null) {
        throw new DiaryFormatException(file + ": is empty");
      }
      List<String> header = fields(headerLine.replace("\ufeff", ""));
      Map<String, Integer> at = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        at.put(Headers.key(header.get(i)), i);
      }
      int user = at.get("userid");
      int date = at.get("checkindate");
      int type = at.get("trackabletype");
      int name = at.get("trackablename");
      int value = at.get("trackablevalue");
      Optional<String> wanted = options.user();
      Map<String, Integer> rowsByUser = new LinkedHashMap<>();
      String kept = wanted.orElse(null);
      LongTable t = new LongTable("checkin_date");
      Map<String, Integer> painRows = new LinkedHashMap<>();
      Map<String, Integer> ratedRows = new LinkedHashMap<>();
      long line = 1;
      long otherRows = 0;
      String raw;
      while ((raw = in.readLine()) != null) {
        line++;
        long start = line;
        while (quotes(raw) % 2 == 1) {
          String more = in.readLine();
          if (more == null) {
            break;
          }
          line++;
          raw = raw + "\n" + more;
        }
        if (raw.isBlank()) {
          continue;
        }
        if (kept != null && !raw.startsWith(kept) && !raw.startsWith("\"" + kept)) {
          otherRows++;
          if (wanted.isEmpty()) {
            rowsByUser.merge(firstField(raw), 1, Integer::sum);
          }
          continue;
        }
        List<String> f = fields(raw);
        String id = f.get(user);
        if (kept == null) {
          kept = id;
        }
        if (!id.equals(kept)) {
          otherRows++;
          if (wanted.isEmpty()) {
            rowsByUser.merge(id, 1, Integer::sum);
          }
          continue;
        }
        rowsByUser.merge(id, 1, Integer::sum);
        t.row(start, get(f, date));
        row(t, get(f, type), get(f, name), get(f, value), start, painRows, ratedRows);
      }
      if (wanted.isEmpty() && rowsByUser.size() > 1) {
        var top = rowsByUser.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        throw new DiaryFormatException(
            String.format(
                Locale.ROOT,
                "%s: holds %d users (%s has the most rows, %d); choose the user to read",
                file,
                rowsByUser.size(),
                top.getKey(),
                top.getValue()),
            DiaryFormatException.Remedy.USER);
      }
      if (t.size() == 0) {
        throw new DiaryFormatException(
            file + ": no rows of user " + kept + "; check the user ID (the file's first column)");
      }
      List<Issue> fileIssues = new ArrayList<>();
      if (otherRows > 0) {
        fileIssues.add(
            new Issue(
                0,
                header.get(user),
                "",
                otherRows + " rows of other users",
                "left out: only user " + kept + " is read",
                Issue.Kind.NOTE));
      }
      return finish(t, file, painRows, ratedRows, fileIssues);
    } catch (IOException e) {
      throw new DiaryFormatException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** Declares the pain column (or the most logged rating as the outcome) and builds the records. */
  static DiaryRecords finish(
      LongTable t,
      String file,
      Map<String, Integer> painRows,
      Map<String, Integer> ratedRows,
      List<Issue> fileIssues) {
    Optional<String> pain =
        painRows.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    pain.ifPresent(
        p ->
            t.redeclare(
                HeaderKind.FACTOR, p, new ColumnSpec(HeaderKind.PAIN, Optional.of(SEVERITY))));
    Optional<String> outcome =
        ratedRows.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    return t.records(file, "flaredown", fileIssues, outcome);
  }

  /** One trackable reading into the current record. */
  static void row(
      LongTable t,
      String type,
      String name,
      String value,
      long line,
      Map<String, Integer> painRows,
      Map<String, Integer> ratedRows) {
    switch (type.strip().toLowerCase(Locale.ROOT)) {
      case "condition", "symptom" -> {
        t.set(name, ColumnSpec.factor(SEVERITY), value, line);
        String header = t.header(HeaderKind.FACTOR, name).orElse(name);
        ratedRows.merge(header, 1, Integer::sum);
        if (isPain(name)) {
          painRows.merge(header, 1, Integer::sum);
        }
      }
      case "hbi" -> t.set("HBI " + name, ColumnSpec.of(HeaderKind.FACTOR), value, line);
      case "treatment" -> {
        t.set(name, ColumnSpec.of(HeaderKind.FLAG), "yes", line);
        t.set("treatments", ColumnSpec.of(HeaderKind.TEXT), (name + " " + value).strip(), line);
      }
      case "tag", "food" -> t.set(name, ColumnSpec.of(HeaderKind.FLAG), "yes", line);
      case "weather" -> {
        if (name.strip().equals("icon")) {
          t.set("weather", ColumnSpec.of(HeaderKind.TEXT), value, line);
        } else {
          t.set("weather " + name, ColumnSpec.of(HeaderKind.FACTOR), value, line);
        }
      }
      default -> t.set(type + " " + name, ColumnSpec.of(HeaderKind.TEXT), value, line);
    }
  }

  static boolean isPain(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.contains("pain")
        || n.contains("schmerz")
        || n.contains("douleur")
        || n.contains("dolor");
  }

  private static String get(List<String> f, int i) {
    return i < f.size() ? f.get(i) : "";
  }

  private static int quotes(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '"') {
        n++;
      }
    }
    return n;
  }

  private static String firstField(String line) {
    if (line.startsWith("\"")) {
      return fields(line).get(0);
    }
    int c = line.indexOf(',');
    return c < 0 ? line : line.substring(0, c);
  }

  /** The fields of one CSV record (RFC 4180 quoting). */
  static List<String> fields(String line) {
    List<String> out = new ArrayList<>(10);
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            b.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          b.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    out.add(b.toString());
    return out;
  }
}
