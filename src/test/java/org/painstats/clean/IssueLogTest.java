package org.painstats.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.painstats.diary.Issue;

class IssueLogTest {

  private static Issue at(long line, String what) {
    return new Issue(line, "c", "", what, "kept", Issue.Kind.NOTE);
  }

  @Test
  void keepsTheFirstIssuesByLineInTheOrderFoundAndCountsTheRest() {
    IssueLog log = new IssueLog(3);
    log.add(at(5, "a"));
    log.add(at(1, "b"));
    log.add(at(9, "c"));
    log.add(at(1, "d")); // same line as b, found later: after b
    log.add(at(7, "e"));
    log.add(at(0, "f")); // about the whole file: first
    assertEquals(List.of("f", "b", "d"), log.issues().stream().map(Issue::problem).toList());
    assertEquals(3, log.omitted());
  }

  @Test
  void keepsWhatAStableSortOfEveryIssueStartsWith() {
    Random rnd = new Random(15);
    for (int trial = 0; trial < 200; trial++) {
      int capacity = 1 + rnd.nextInt(20);
      IssueLog log = new IssueLog(capacity);
      List<Issue> all = new ArrayList<>();
      int n = rnd.nextInt(60);
      for (int i = 0; i < n; i++) {
        // mostly increasing lines, as a file is read, with issues of earlier lines added after
        long line = rnd.nextInt(4) == 0 ? rnd.nextInt(10) : i + rnd.nextInt(3);
        Issue issue = at(line, "issue " + i);
        all.add(issue);
        log.add(issue);
      }
      all.sort(Comparator.comparingLong(Issue::line)); // stable: ties in the order found
      int kept = Math.min(capacity, n);
      assertEquals(all.subList(0, kept), log.issues());
      assertEquals(n - kept, log.omitted());
    }
  }
}
