package org.painstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The README's commands run, and the output it shows is the output they give. */
class ReadmeTest {
  private static final Path README = Path.of("README.md");

  private static List<String> lines() throws IOException {
    return Files.readAllLines(README);
  }

  /** The non-blank lines of the first fenced block after the "Quick start" heading. */
  static List<String> quickStart() throws IOException {
    List<String> block = new ArrayList<>();
    boolean inSection = false;
    boolean inBlock = false;
    for (String l : lines()) {
      if (l.matches("^#+ *[Qq]uick ?start.*")) {
        inSection = true;
      } else if (inSection && l.startsWith("```")) {
        if (inBlock) {
          break;
        }
        inBlock = true;
      } else if (inBlock && !l.isBlank()) {
        block.add(l.strip());
      }
    }
    return block;
  }

  private static String[] args(String command) {
    String[] words = command.strip().split("\\s+");
    assertEquals("bin/painstats", words[0], command);
    return Arrays.copyOfRange(words, 1, words.length);
  }

  @Test
  void quickStartRunsTheMainJobOnTheSampleThenTheTests() throws IOException {
    List<String> block = quickStart();
    assertEquals(2, block.size(), block.toString());
    Cli r = Cli.run(args(block.get(0)));
    assertEquals(0, r.exit(), r.err());
    // it writes the report and the charts and says where
    Path report = Path.of("out/report.html");
    assertTrue(r.err().contains("report written to " + report), r.err());
    assertTrue(r.err().contains("charts written to out/charts"), r.err());
    assertTrue(Files.readString(report).startsWith("<!DOCTYPE html>"));
    try (var charts = Files.list(Path.of("out/charts"))) {
      assertTrue(charts.anyMatch(p -> p.getFileName().toString().equals("01-trend.png")));
    }
    assertEquals("mvn -B verify", block.get(1));
    assertTrue(Files.readString(Path.of(".ci/run")).contains(block.get(1)));
  }

  @TestFactory
  List<DynamicTest> consoleExamplesShowRealOutput() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    List<String> ls = lines();
    for (int i = 0; i < ls.size(); i++) {
      if (!ls.get(i).equals("```console")) {
        continue;
      }
      String command = null;
      List<String> expected = new ArrayList<>();
      for (i++; i < ls.size() && !ls.get(i).startsWith("```"); i++) {
        if (ls.get(i).startsWith("$ ")) {
          command = ls.get(i).substring(2);
        } else {
          expected.add(ls.get(i));
        }
      }
      String cmd = command;
      tests.add(
          DynamicTest.dynamicTest(
              cmd,
              () -> {
                Cli r = Cli.run(args(cmd));
                List<String> actual = (r.out() + r.err()).lines().toList();
                for (String e : expected) {
                  assertTrue(
                      actual.contains(e),
                      () -> "README shows\n" + e + "\nbut " + cmd + " gave\n" + r.out() + r.err());
                }
              }));
    }
    assertTrue(tests.size() >= 3);
    return tests;
  }
}
