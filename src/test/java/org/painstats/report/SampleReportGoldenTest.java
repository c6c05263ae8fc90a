package org.painstats.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.painstats.PainStats;

/**
 * The JSON report of the bundled sample diary, byte for byte as pinned in {@code
 * src/test/resources/golden/sample-report.json}: any change to a number (printed to 6 significant
 * digits), a sentence or the layout shows up here.
 *
 * <p>When a change of output is intended, refresh the file and review its diff before committing:
 *
 * <pre>
 *   mvn -B test -Dtest=SampleReportGoldenTest -Dpainstats.golden.refresh=true
 * </pre>
 */
class SampleReportGoldenTest {
  private static final Path SAMPLE = Path.of("sample-data/diary.csv");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/sample-report.json");

  @Test
  void sampleReportMatchesTheGoldenFile() throws IOException {
    String json = ReportJson.of(PainStats.analyse(PainStats.read(SAMPLE)));
    if (Boolean.getBoolean("painstats.golden.refresh")) {
      Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(GOLDEN, StandardCharsets.UTF_8),
        json,
        "the sample's JSON report differs from "
            + GOLDEN
            + "; if the change is intended, rerun with -Dpainstats.golden.refresh=true and review"
            + " the diff");
  }
}
