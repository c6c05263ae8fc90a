package org.painstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SAMPLE = "sample-data/diary.csv";
  private static final String MESSY = "sample-data/messy-diary.csv";

  private static void assertOneLineError(Cli r, String contains) {
    assertEquals(2, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains(contains), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void textOpensWithTheSummaryThenTheTables() {
    Cli r = Cli.run("report", SAMPLE);
    assertEquals(0, r.exit(), r.err());
    String out = r.out();
    assertTrue(out.startsWith("painstats report: sample-data/diary.csv\n"), out);
    int summary = out.indexOf("Summary");
    assertTrue(
        summary > 0 && summary < out.indexOf("Factors (") && summary < out.indexOf("Activities ("));
    assertTrue(out.contains("McKenzie exercises"), out);
    assertTrue(out.contains("Tracking together is not proof of cause"), out);
    // the answer first: verdicts, links and what to try next, before the numbers behind them
    assertTrue(summary < out.indexOf("McKenzie exercises probably helped: pain was"), out);
    assertTrue(out.indexOf("What to try next") < out.indexOf("Findings, with their numbers"));
    assertTrue(out.contains("    painstats plan --approach 'McKenzie exercises'"), out);
  }

  @Test
  void textAndMarkdownNameTheVersionAndTheLastEntryNotTheClock() {
    for (String format : List.of("text", "markdown")) {
      Cli r = Cli.run("report", SAMPLE, "--format", format);
      assertEquals(0, r.exit(), r.err());
      String head = r.out().lines().limit(4).reduce("", (a, b) -> a + b + "\n");
      assertTrue(
          head.matches(
              "(?s).*Made by painstats \\S+ from sample-data/diary\\.csv, whose last"
                  + " entry is 2025-12-31\\..*"),
          head);
      int summary = r.out().indexOf(format.equals("text") ? "Summary\n-------" : "## Summary");
      assertTrue(summary > 0 && summary < r.out().indexOf("Findings, with their numbers"), format);
    }
  }

  @Test
  void jsonHasTheFieldsOfTheSpecAndNothingElseOnStdout() throws Exception {
    Cli r = Cli.run("report", SAMPLE, "--format", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode n = JSON.readTree(r.out());
    assertEquals(2, n.get("schemaVersion").asInt());
    assertEquals(SAMPLE, n.get("source").asText());
    assertEquals("pain", n.get("outcome").asText());
    for (String k :
        List.of(
            "records",
            "kept",
            "merged",
            "rejected",
            "days",
            "painDays",
            "firstDate",
            "lastDate",
            "issues")) {
      assertTrue(n.get("diary").has(k), k);
    }
    for (String k : List.of("slopePerWeek", "ci95", "pValue", "method")) {
      assertTrue(n.get("trend").has(k), k);
    }
    JsonNode f = n.get("factors").get(0);
    for (String k :
        List.of(
            "factor",
            "lag",
            "n",
            "spearman",
            "pearson",
            "pValue",
            "pValueNaive",
            "qValue",
            "effectiveN",
            "ci95",
            "significant",
            "summary")) {
      assertTrue(f.has(k), k);
    }
    assertEquals(5 * 3, n.get("factors").size(), "5 factors x 3 lags");
    JsonNode a = n.get("activities").get(0);
    for (String k :
        List.of(
            "activity",
            "lag",
            "daysWith",
            "daysWithout",
            "meanPainWith",
            "meanPainWithout",
            "difference",
            "ci95",
            "pValue",
            "qValue",
            "significant",
            "summary")) {
      assertTrue(a.has(k), k);
    }
    JsonNode p = n.get("approaches").get(0);
    for (String k :
        List.of(
            "approach",
            "firstDate",
            "lastDate",
            "days",
            "baselineMean",
            "mean",
            "levelChange",
            "slopeChange",
            "ci95",
            "pValue",
            "significant",
            "caveats",
            "summary")) {
      assertTrue(p.has(k), k);
    }
    assertTrue(n.get("findings").size() > 1);
    assertFalse(r.out().contains("NaN"));
  }

  @Test
  void severalDiariesGiveAnArrayInOrder() throws Exception {
    Cli r = Cli.run("report", SAMPLE, MESSY, "--format", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode n = JSON.readTree(r.out());
    assertTrue(n.isArray());
    assertEquals(SAMPLE, n.get(0).get("source").asText());
    assertEquals(MESSY, n.get(1).get("source").asText());
    // not enough days in the messy diary: numbers are null, never NaN
    assertTrue(n.get(1).get("trend").get("pValue").isNull());
  }

  @Test
  void outcomeAnalysesAnotherColumnInPlaceOfPain() throws Exception {
    Cli r = Cli.run("report", SAMPLE, "--format", "json", "--outcome", "mood", "--lags", "0,1");
    assertEquals(0, r.exit(), r.err());
    JsonNode n = JSON.readTree(r.out());
    assertEquals("mood", n.get("outcome").asText());
    assertEquals(2, n.get("lags").size());
    boolean painIsAFactor = false;
    for (JsonNode f : n.get("factors")) {
      painIsAFactor |= f.get("factor").asText().equals("pain");
    }
    assertTrue(painIsAFactor);
  }

  @Test
  void lagsOutOfRangeGetOneLine() {
    assertOneLineError(Cli.run("report", SAMPLE, "--lags", "0,20"), "--lags: 20 is out of range");
    assertOneLineError(Cli.run("report", SAMPLE, "--lags", "0,-1"), "--lags");
    assertOneLineError(Cli.run("report", SAMPLE, "--lags", "one"), "--lags");
  }

  @Test
  void anUnknownOutcomeGetsOneLineListingTheChoices() {
    assertOneLineError(
        Cli.run("report", SAMPLE, "--outcome", "fatigue"), "no numeric column \"fatigue\"");
    assertOneLineError(Cli.run("report", SAMPLE, "--outcome", "fatigue"), "sleep_hours");
  }

  @Test
  void writesTheReportToAFileAndNeverOverTheInput(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.md");
    Cli r = Cli.run("report", SAMPLE, "--format", "markdown", "-o", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(Files.readString(out).startsWith("# painstats report: "));
    Path input = dir.resolve("d.csv");
    Files.copy(Path.of(SAMPLE), input);
    assertOneLineError(
        Cli.run("report", input.toString(), "-o", input.toString()), "is an input file");
  }

  @Test
  void badDiariesGetOneLineAsInImport() {
    assertOneLineError(
        Cli.run("report", "src/test/resources/hostile/no-pain-column.error.csv"), "no pain column");
  }
}
