package org.painstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report DIARY --plan PLAN}: a diary kept along a plan drawn by {@code painstats plan}. */
class ReportPlanTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private Path plan;
  private Path diary;

  /**
   * A plan of 16 blocks of 7 days (washout 2) and a diary that followed it but for two days, pain 2
   * points lower with the approach, AR(1) noise (phi 0.7, SD 1.5), one day without an entry.
   */
  @BeforeEach
  void planAndDiary() throws Exception {
    plan = dir.resolve("plan.csv");
    Cli p =
        Cli.run(
            "plan",
            "--approach",
            "McKenzie exercises",
            "--blocks",
            "16",
            "--block-days",
            "7",
            "--washout-days",
            "2",
            "--start",
            "2027-01-04",
            "--seed",
            "4711",
            "-o",
            plan.toString());
    assertEquals(0, p.exit(), p.err());
    StringBuilder csv = new StringBuilder("date,pain,approach\n");
    SplittableRandom rnd = new SplittableRandom(8);
    double a = 0;
    var rows = Files.readAllLines(plan);
    for (int i = 1; i < rows.size(); i++) {
      String[] cells = rows.get(i).split(",", -1);
      a = 0.7 * a + 1.5 * Math.sqrt(1 - 0.49) * (rnd.nextDouble() * 2 - 1) * Math.sqrt(3);
      String approach = i == 30 ? (cells[1].isEmpty() ? "McKenzie exercises" : "") : cells[1];
      if (i == 31) {
        continue;
      }
      double pain = Math.max(0, Math.min(10, 5.5 + a - (cells[1].isEmpty() ? 0 : 2)));
      csv.append(cells[0])
          .append(',')
          .append(String.format(Locale.ROOT, "%.1f", pain))
          .append(',')
          .append(approach)
          .append('\n');
    }
    diary = dir.resolve("diary.csv");
    Files.writeString(diary, csv);
  }

  @Test
  void jsonCarriesTheRandomizationTestOfThePlannedApproachAndThePlan() throws Exception {
    Cli r = Cli.run("report", diary.toString(), "--plan", plan.toString(), "--format", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode n = JSON.readTree(r.out());
    JsonNode test = null;
    for (JsonNode a : n.get("approaches")) {
      if (a.get("approach").asText().equals("McKenzie exercises")) {
        test = a.get("randomizationTest");
      }
    }
    assertTrue(test != null && test.isObject(), r.out());
    assertTrue(test.get("pValue").asDouble() <= 0.05, test.toString());
    assertEquals(256, test.get("permutations").asInt());
    assertTrue(test.get("statistic").asDouble() < -1, test.toString());
    assertTrue(test.get("exact").asBoolean());
    assertTrue(test.get("seed").isNull());
    JsonNode p = n.get("plan");
    assertEquals("McKenzie exercises", p.get("approach").asText());
    assertTrue(p.get("versus").isNull());
    assertEquals("pairs", p.get("design").get("kind").asText());
    assertEquals(2, p.get("design").get("washoutDays").asInt());
    assertEquals(111, p.get("daysWithEntry").asInt());
    assertEquals(1, p.get("offPlan").size());
    assertEquals(16, p.get("periods").size());
    assertEquals(test, p.get("randomizationTest"));
    assertTrue(n.get("findings").get(0).asText().startsWith("In the planned trial, pain was"));
  }

  @Test
  void textAndHtmlHaveThePlannedTrialSection() {
    Cli text = Cli.run("report", diary.toString(), "--plan", plan.toString());
    assertEquals(0, text.exit(), text.err());
    assertTrue(text.out().contains("Planned trial\n-------------\n"), text.out());
    assertTrue(text.out().contains("1 did not follow the plan: 2027-02-02"), text.out());
    assertTrue(text.out().contains("exact over all 256 schedules the design allows"), text.out());
    String summary = text.out().substring(0, text.out().indexOf("Findings, with their numbers"));
    assertTrue(summary.contains("In the planned trial, pain was"), summary);
    assertFalse(summary.contains("For a fair test of McKenzie exercises"), summary);
    Cli md = Cli.run("report", diary.toString(), "--plan", plan.toString(), "--format", "markdown");
    assertEquals(0, md.exit(), md.err());
    assertTrue(md.out().contains("## Planned trial\n"), md.out());
    assertTrue(
        md.out().contains("| dates | block | days | washout | mean | condition |"), md.out());
    Cli html = Cli.run("report", diary.toString(), "--plan", plan.toString(), "--format", "html");
    assertEquals(0, html.exit(), html.err());
    assertTrue(html.out().contains("<section id=\"plan\""), "html plan section");
  }

  @Test
  void aBadPlanIsOneLineNamingTheFileAndExitTwo() throws Exception {
    Path bad = dir.resolve("bad-plan.csv");
    Files.writeString(bad, "date,approach\n2027-01-04,walk\n2027-01-07,\n");
    Cli r = Cli.run("report", diary.toString(), "--plan", bad.toString());
    assertEquals(2, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("painstats: " + bad + ": line 3:"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    Path json = dir.resolve("schedule.json");
    Files.writeString(json, "{\"1\":0,\"2\":1}");
    Cli j = Cli.run("report", diary.toString(), "--plan", json.toString());
    assertEquals(2, j.exit(), j.err());
    assertTrue(j.err().contains(json + ": is a schedule by study day"), j.err());
    assertTrue(j.err().endsWith("with --plan-start DATE\n"), j.err());
  }
}
