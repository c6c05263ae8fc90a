package org.painstats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.Issue;

/**
 * The diary reader streams a file (decoding it block by block, on each pass) and must give exactly
 * the records, lines and encoding issues that reading the whole text at once gives.
 */
class StreamedRecordsTest {

  static Stream<Path> hostile() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/hostile"))) {
      return s.sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void streamedRecordsAreThoseOfTheWholeText(Path file) {
    List<RawRecord> whole;
    try {
      whole = DelimitedRecords.read(file.toString(), DecodedText.read(file).text());
    } catch (DiaryFormatException e) {
      return; // refused either way: HostileDiariesTest checks the message
    }
    if (whole.size() < 2) {
      return;
    }
    DiaryRecords streamed = new CsvDiaryReader().read(file, ReaderOptions.defaults());
    assertEquals(whole.get(0), streamed.header());
    assertEquals(whole.subList(1, whole.size()), all(streamed));
    assertEquals(all(streamed), all(streamed), "a second pass reads the same records");
  }

  @Test
  void badBytesAndCharactersAcrossBlocksAreFoundAsInTheWholeText(@TempDir Path dir)
      throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("date,pain,notes\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 6_000; i++) {
      // multi-byte characters fall across the 64 KiB blocks the scan reads
      b.writeBytes(
          ("2024-01-01," + (i % 10) + ",caf\u00e9 \u2013 \ud83d\ude00\n")
              .getBytes(StandardCharsets.UTF_8));
      if (i % 997 == 0) {
        b.write(0xe9); // a Windows-1252 é in a UTF-8 file
        b.writeBytes(",,\n".getBytes(StandardCharsets.UTF_8));
      }
    }
    Path file = dir.resolve("mixed.csv");
    Files.write(file, b.toByteArray());
    DecodedText text = DecodedText.read(file);
    DiaryRecords streamed = new CsvDiaryReader().read(file, ReaderOptions.defaults());
    assertEquals(
        text.badLines(),
        streamed.fileIssues().stream().map(Issue::line).toList(),
        "the lines with a bad byte");
    List<RawRecord> whole = DelimitedRecords.read("x", text.text());
    assertEquals(whole.subList(1, whole.size()), all(streamed));
  }

  private static List<RawRecord> all(DiaryRecords r) {
    List<RawRecord> out = new ArrayList<>();
    r.rows().forEach(out::add);
    return out;
  }
}
