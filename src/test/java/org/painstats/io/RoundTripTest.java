package org.painstats.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painstats.PainStats;
import org.painstats.diary.ColumnRole;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryColumn;
import org.painstats.sample.SampleDiaryGenerator;

class RoundTripTest {

  static void assertSameDiary(Diary expected, Diary actual) {
    assertEquals(
        expected.columns().stream().map(c -> c.name() + ":" + c.role()).toList(),
        actual.columns().stream().map(c -> c.name() + ":" + c.role()).toList());
    assertEquals(expected.dates(), actual.dates());
    for (DiaryColumn c : expected.columns()) {
      if (c.role() == ColumnRole.TEXT || c.role() == ColumnRole.APPROACH) {
        assertEquals(expected.text(c.name()), actual.text(c.name()), c.name());
      } else if (c.role() != ColumnRole.DATE) {
        assertArrayEquals(expected.values(c.name()), actual.values(c.name()), c.name());
      }
    }
  }

  @Test
  void aCleanedFileReadBackGivesTheSameDiary(@TempDir Path dir) throws Exception {
    for (String name : new String[] {"diary.csv", "messy-diary.csv"}) {
      Diary first = PainStats.read(Path.of("sample-data", name));
      Path cleaned = dir.resolve("clean-" + name);
      PainStats.writeCleaned(first, cleaned);
      Diary second = PainStats.read(cleaned);
      assertSameDiary(first, second);
      assertEquals(second.days(), second.summary().kept());
      assertEquals(0, second.summary().merged() + second.summary().rejected());
      Path again = dir.resolve("again-" + name);
      PainStats.writeCleaned(second, again);
      assertEquals(Files.readString(cleaned), Files.readString(again));
    }
  }

  @Test
  void theSampleFileReadsAsTheDiaryItsGeneratorBuilt() {
    Diary generated = SampleDiaryGenerator.diary(SampleDiaryGenerator.Spec.standard());
    Diary read = PainStats.read(SampleDiaryGenerator.SAMPLE);
    assertEquals(generated.dates(), read.dates());
    assertArrayEquals(generated.values("pain"), read.values("pain"));
    assertEquals(generated.factors(), read.factors());
    for (String a : generated.activities()) {
      assertArrayEquals(generated.values(a), read.values(a), a);
    }
    assertEquals(generated.approachByDay(), read.approachByDay());
  }

  @Test
  void cleanedFileHasTheDocumentedLayout() {
    Diary d = PainStats.read(Path.of("sample-data/messy-diary.csv"));
    String csv = CleanedDiaryWriter.toCsv(d);
    String header = csv.substring(0, csv.indexOf('\n'));
    assertEquals(
        "date,pain,pain_max,sleep,stress,steps,walk,yoga,swim,gym,approach,medication,notes",
        header);
    assertEquals(
        "2024-03-04,4,5,7.25,3,10400,1,1,1,0,McKenzie exercises,,\"second entry, same day\"",
        csv.lines().filter(l -> l.startsWith("2024-03-04")).findFirst().orElseThrow());
  }
}
