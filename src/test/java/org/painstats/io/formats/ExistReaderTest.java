package org.painstats.io.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painstats.PainStats;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.Issue;
import org.painstats.diary.Scale;
import org.painstats.io.Readers;

/**
 * Exist.io's JSON archive, built in the test from the layout in shared/spec/app-exports.md (one
 * file per attribute, {@code [{"date":..,"value":..}]}; no real export was found to copy).
 */
class ExistReaderTest {
  @TempDir Path dir;

  private Path zip(Map<String, String> entries) throws IOException {
    Path z = dir.resolve("exist.zip");
    try (OutputStream out = Files.newOutputStream(z);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return z;
  }

  private Path archive() throws IOException {
    Map<String, String> e = new LinkedHashMap<>();
    e.put(
        "mood.json",
        "[{\"date\":\"2023-12-31\",\"value\":6},{\"date\":\"2024-01-01\",\"value\":3}]");
    e.put("custom_back_pain_2023.json", "[{\"date\":\"2023-12-31\",\"value\":5}]");
    e.put("custom_back_pain_2024.json", "[{\"date\":\"2024-01-01\",\"value\":7}]");
    e.put(
        "custom_stretching.json",
        "[{\"date\":\"2023-12-31\",\"value\":1},{\"date\":\"2024-01-01\",\"value\":0}]");
    e.put("location.json", "[{\"date\":\"2023-12-31\",\"value\":\"51.5,-0.1\"}]");
    e.put("averages.json", "{\"mood\":{\"overall\":5.2}}");
    e.put("readme.txt", "not json");
    return zip(e);
  }

  private static boolean has(Diary d, String value, Issue.Kind kind) {
    return d.summary().issues().stream().anyMatch(i -> i.value().equals(value) && i.kind() == kind);
  }

  @Test
  void anArchiveJoinsTheAttributeFilesByDateWithPainAsTheOutcome() throws IOException {
    Path z = archive();
    assertEquals("exist", Readers.detect(z).name());
    Diary d = PainStats.read(z);
    assertEquals(
        d.summary().records(), d.summary().kept() + d.summary().merged() + d.summary().rejected());
    // 2 mood + 2 pain + 2 tag values: one record each
    assertEquals(6, d.summary().records());
    assertEquals(List.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1)), d.dates());
    assertEquals("custom_back_pain", d.outcome());
    assertArrayEquals(new double[] {5, 7}, d.outcomeValues());
    assertArrayEquals(new double[] {6, 3}, d.values("mood"));
    assertEquals(
        Scale.of(1, 9, false),
        d.columns().stream()
            .filter(c -> c.name().equals("mood"))
            .findFirst()
            .orElseThrow()
            .scale()
            .orElseThrow());
    assertTrue(d.activities().contains("custom_stretching"), d.activities()::toString);
    assertTrue(has(d, "location.json", Issue.Kind.DROPPED));
    assertTrue(has(d, "averages.json", Issue.Kind.DROPPED));
    assertTrue(has(d, "readme.txt", Issue.Kind.DROPPED));
    assertTrue(has(d, "custom_stretching.json", Issue.Kind.NOTE));
  }

  @Test
  void oneAttributeFileIsReadOnItsOwnWithMoodAsTheOutcome() {
    Path f = Path.of("src/test/resources/formats/exist/mood.json");
    assertEquals("exist", Readers.detect(f).name());
    Diary d = PainStats.read(f);
    assertEquals("mood", d.outcome());
    assertArrayEquals(new double[] {7, 4, Double.NaN}, d.outcomeValues());
  }

  @Test
  void aZipWithoutAttributeFilesIsRefusedInOneLine() throws IOException {
    Path z = zip(Map.of("averages.json", "{\"mood\":{\"overall\":5.2}}"));
    DiaryFormatException e = assertThrows(DiaryFormatException.class, () -> PainStats.read(z));
    assertTrue(e.getMessage().contains("without Exist attribute files"), e.getMessage());
  }

  @Test
  void aDamagedZipIsRefusedInOneLine() throws IOException {
    Path z = dir.resolve("broken.zip");
    Files.write(
        z,
        "PK\u0003\u0004mood.json and then nothing a zip needs"
            .getBytes(StandardCharsets.ISO_8859_1));
    DiaryFormatException e = assertThrows(DiaryFormatException.class, () -> PainStats.read(z));
    assertTrue(e.getMessage().startsWith(z.toString()), e.getMessage());
  }

  @Test
  void aSpreadsheetIsNotTakenForAnArchive() throws IOException {
    Path x = zip(Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"));
    assertEquals("diary", Readers.detect(x).name());
  }

  @Test
  void aYearSuffixIsDroppedFromTheAttributeName() {
    assertEquals("custom back pain", ExistReader.attributeName("data/custom_back_pain_2023.json"));
    assertEquals("sleep start", ExistReader.attributeName("sleep_start.json"));
  }
}
