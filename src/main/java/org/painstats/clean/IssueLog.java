package org.painstats.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.painstats.diary.Issue;

/**
 * The issues of one import, bounded: it keeps the first {@code capacity} issues in line order
 * (issues on one line in the order they were found), exactly those a full list sorted by line would
 * start with, and counts the others. A diary of millions of rows, each merged with an issue, then
 * holds a few thousand issues, not millions.
 */
final class IssueLog {
  private record Entry(Issue issue, long order) {}

  private static final Comparator<Entry> BY_LINE =
      Comparator.comparingLong((Entry e) -> e.issue().line()).thenComparingLong(Entry::order);

  private final int capacity;
  // the greatest kept entry on top, to be displaced by an issue on an earlier line
  private final PriorityQueue<Entry> kept;
  private long order;
  private long omitted;

  IssueLog(int capacity) {
    this.capacity = capacity;
    this.kept = new PriorityQueue<>(Math.min(capacity, 1024) + 1, BY_LINE.reversed());
  }

  void add(Issue issue) {
    Entry e = new Entry(issue, order++);
    if (kept.size() < capacity) {
      kept.add(e);
      return;
    }
    omitted++;
    if (issue.line() < kept.peek().issue().line()) {
      kept.poll();
      kept.add(e);
    }
  }

  /**
   * Counts {@code n} issues known to come after every kept one (on later lines than {@code
   * capacity} issues already given).
   */
  void omit(long n) {
    omitted += n;
  }

  /** The kept issues, by line. */
  List<Issue> issues() {
    List<Entry> sorted = new ArrayList<>(kept);
    sorted.sort(BY_LINE);
    return sorted.stream().map(Entry::issue).toList();
  }

  /** The issues found but not kept. */
  long omitted() {
    return omitted;
  }
}
