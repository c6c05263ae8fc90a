package org.painstats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painstats.PainStats;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.ImportSummary;

/**
 * Issue 15 item 6: properties of the importer on random diaries with random damage, seeded (JUnit
 * and java.util.Random; a failure names its seed to replay). For each: reading either gives a diary
 * with {@code records = kept + merged + rejected} or throws {@link DiaryFormatException}, never
 * anything else; and the cleaned CSV reads back as the same diary, every record kept.
 */
class ImporterPropertiesTest {
  private static final int DIARIES = 300;

  private static final String[] HEADERS = {
    "Date", "Pain (0-10)", "Sleep hours", "Stress", "Activities", "Approach", "Notes", "Mood"
  };

  /** A random diary as CSV text: columns in random order, messy values, blank and odd lines. */
  static String diary(Random r) {
    List<String> cols = new ArrayList<>(List.of(HEADERS));
    Collections.shuffle(cols, r);
    cols = cols.subList(0, 2 + r.nextInt(cols.size() - 1));
    if (!cols.contains("Date")) {
      cols.set(0, "Date");
    }
    if (!cols.contains("Pain (0-10)")) {
      cols.set(cols.size() - 1, "Pain (0-10)");
    }
    char delim = new char[] {',', ';', '\t'}[r.nextInt(3)];
    StringBuilder b = new StringBuilder(String.join(String.valueOf(delim), cols)).append('\n');
    LocalDate start = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(400));
    int rows = r.nextInt(120);
    for (int i = 0; i < rows; i++) {
      List<String> cells = new ArrayList<>();
      for (String c : cols) {
        cells.add(quote(value(r, c, start.plusDays(i - r.nextInt(3)), delim), delim));
      }
      b.append(String.join(String.valueOf(delim), cells))
          .append(r.nextInt(10) == 0 ? "\r\n" : "\n");
      if (r.nextInt(25) == 0) {
        b.append(r.nextBoolean() ? "\n" : "   \n");
      }
    }
    return b.toString();
  }

  private static String value(Random r, String column, LocalDate day, char delim) {
    if (r.nextInt(12) == 0) {
      return new String[] {"", "NA", "-", "n/a", "?", "=1+1", "'", "\"", "x\ny"}[r.nextInt(9)];
    }
    return switch (column) {
      case "Date" ->
          switch (r.nextInt(6)) {
            case 0 -> day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
            case 1 -> "not a date";
            default -> day.toString();
          };
      case "Pain (0-10)" -> num(r, -2, 13);
      case "Sleep hours" -> r.nextInt(8) == 0 ? "7h30" : num(r, -1, 26);
      case "Stress", "Mood" -> num(r, 0, 10);
      case "Activities" ->
          String.join(r.nextBoolean() ? ";" : ",", pick(r, "walk", "yoga", "gym", "heavy lifting"));
      case "Approach" ->
          r.nextInt(3) == 0
              ? ""
              : new String[] {"McKenzie", "mckenzie ", "Feldenkrais", "-plan", "@home"}
                  [r.nextInt(5)];
      default ->
          new String[] {"ok", "bad day, rain", "=cmd|calc", "+1", "said \"stop\"", "tab\there"}
              [r.nextInt(6)];
    };
  }

  private static String num(Random r, int lo, int hi) {
    double v = lo + r.nextDouble() * (hi - lo);
    return r.nextBoolean()
        ? Long.toString(Math.round(v))
        : String.format(java.util.Locale.ROOT, "%.1f", v)
            .replace('.', r.nextInt(4) == 0 ? ',' : '.');
  }

  private static List<String> pick(Random r, String... tags) {
    List<String> out = new ArrayList<>();
    for (String t : tags) {
      if (r.nextInt(3) == 0) {
        out.add(t);
      }
    }
    return out;
  }

  private static String quote(String s, char delim) {
    boolean needs =
        s.indexOf(delim) >= 0 || s.contains("\"") || s.contains("\n") || s.contains(",");
    return needs ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  /**
   * Random damage: cut short, bytes flipped or inserted, lines swapped or dropped, a quote opened.
   */
  static byte[] damage(Random r, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<Byte> b = new ArrayList<>(bytes.length);
    for (byte x : bytes) {
      b.add(x);
    }
    int hits = r.nextInt(4);
    for (int i = 0; i < hits && !b.isEmpty(); i++) {
      int at = r.nextInt(b.size());
      switch (r.nextInt(6)) {
        case 0 -> b.subList(at, b.size()).clear(); // cut short
        case 1 -> b.set(at, (byte) r.nextInt(256)); // a byte flipped
        case 2 -> b.add(at, (byte) new char[] {'"', ',', ';', '\n', '\r', 0x1b}[r.nextInt(6)]);
        case 3 -> b.remove(at);
        case 4 -> b.add(at, (byte) 0xC3); // a lone UTF-8 lead byte
        default -> b.subList(at, Math.min(b.size(), at + r.nextInt(40))).clear();
      }
    }
    byte[] out = new byte[b.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.get(i);
    }
    return out;
  }

  @Test
  void randomDamagedDiariesAreAccountedForNeverCrashAndRoundTrip(@TempDir Path dir)
      throws Exception {
    int read = 0;
    int refused = 0;
    for (int seed = 0; seed < DIARIES; seed++) {
      Random r = new Random(seed);
      String text = diary(r);
      byte[] bytes = r.nextInt(4) == 0 ? text.getBytes(StandardCharsets.UTF_8) : damage(r, text);
      Path file = dir.resolve("diary-" + seed + ".csv");
      Files.write(file, bytes);
      Diary d;
      try {
        d = PainStats.read(file);
      } catch (DiaryFormatException e) {
        refused++;
        continue;
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ": " + e, e);
      }
      read++;
      ImportSummary s = d.summary();
      assertEquals(s.records(), s.kept() + s.merged() + s.rejected(), "seed " + seed);
      assertEquals(d.days(), s.kept(), "seed " + seed);
      Path cleaned = dir.resolve("clean-" + seed + ".csv");
      PainStats.writeCleaned(d, cleaned);
      Diary back;
      try {
        back = PainStats.read(cleaned);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ": the cleaned diary cannot be read: " + e, e);
      }
      try {
        RoundTripTest.assertSameDiary(d, back);
      } catch (AssertionError e) {
        fail("seed " + seed + ": the round trip changed the diary: " + e.getMessage(), e);
      }
      assertEquals(back.days(), back.summary().records(), "seed " + seed);
      Files.delete(file);
      Files.delete(cleaned);
    }
    // the properties must be exercised on both sides: most diaries read, some refused
    assertTrue(read >= DIARIES / 2, read + " of " + DIARIES + " read");
    assertTrue(refused > 0, "no damaged diary was refused");
  }
}
