package org.painstats.plan;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts, draws and lists the binary sequences with a given number of ones and no run longer than a
 * cap, by dynamic programming over (ones left, zeros left, last value, run length): the number of
 * ways to finish from each state. Drawing day by day in proportion to those counts gives every
 * sequence the same chance (the method of nof1kit's {@code design_schedule}; rejection sampling
 * would almost never succeed for 70 days with runs of at most 2).
 */
final class RunCounts {
  private static final Map<List<Integer>, RunCounts> CACHE = new ConcurrentHashMap<>();

  private final int ones;
  private final int zeros;
  private final int maxRun;
  private final double[] memo;

  private RunCounts(int n, int ones, int maxRun) {
    this.ones = ones;
    this.zeros = n - ones;
    this.maxRun = maxRun;
    this.memo = new double[(ones + 1) * (zeros + 1) * 2 * (maxRun + 1)];
    java.util.Arrays.fill(memo, -1);
  }

  /** The counts for n days with {@code ones} approach days and runs of at most maxRun. */
  static RunCounts of(int n, int ones, int maxRun) {
    if (CACHE.size() > 64) {
      CACHE.clear();
    }
    return CACHE.computeIfAbsent(List.of(n, ones, maxRun), k -> new RunCounts(n, ones, maxRun));
  }

  /** The number of sequences. */
  synchronized double total() {
    return start(ones, zeros);
  }

  private double start(int a, int b) {
    return (a > 0 ? ways(a - 1, b, 1, 1) : 0) + (b > 0 ? ways(a, b - 1, 0, 1) : 0);
  }

  /** Ways to finish with a ones and b zeros left after a run of {@code run} of {@code last}. */
  private double ways(int a, int b, int last, int run) {
    if (a == 0 && b == 0) {
      return 1;
    }
    int k = ((a * (zeros + 1) + b) * 2 + last) * (maxRun + 1) + run;
    if (memo[k] >= 0) {
      return memo[k];
    }
    double total = next(a, b, last, run, 1) + next(a, b, last, run, 0);
    memo[k] = total;
    return total;
  }

  /** Ways to finish after placing {@code value} next (0 when not allowed). */
  private double next(int a, int b, int last, int run, int value) {
    int left = value == 1 ? a : b;
    if (left == 0 || (value == last && run >= maxRun)) {
      return 0;
    }
    int na = value == 1 ? a - 1 : a;
    int nb = value == 1 ? b : b - 1;
    return ways(na, nb, value, value == last ? run + 1 : 1);
  }

  /** One sequence, every one equally likely. */
  synchronized boolean[] draw(SplittableRandom rnd) {
    boolean[] s = new boolean[ones + zeros];
    int a = ones;
    int b = zeros;
    int last = -1;
    int run = 0;
    for (int i = 0; i < s.length; i++) {
      double w1 = i == 0 ? (a > 0 ? ways(a - 1, b, 1, 1) : 0) : next(a, b, last, run, 1);
      double w0 = i == 0 ? (b > 0 ? ways(a, b - 1, 0, 1) : 0) : next(a, b, last, run, 0);
      boolean one = rnd.nextDouble() * (w1 + w0) < w1;
      int value = one ? 1 : 0;
      run = value == last ? run + 1 : 1;
      last = value;
      a -= value;
      b -= 1 - value;
      s[i] = one;
    }
    return s;
  }

  /** Adds every sequence to {@code out}, in lexicographic order (zeros first). */
  synchronized void enumerate(List<boolean[]> out) {
    enumerate(new boolean[ones + zeros], 0, ones, zeros, -1, 0, out);
  }

  private void enumerate(boolean[] s, int i, int a, int b, int last, int run, List<boolean[]> out) {
    if (i == s.length) {
      out.add(s.clone());
      return;
    }
    for (int value = 0; value <= 1; value++) {
      double w =
          i == 0
              ? (value == 1
                  ? (a > 0 ? ways(a - 1, b, 1, 1) : 0)
                  : (b > 0 ? ways(a, b - 1, 0, 1) : 0))
              : next(a, b, last, run, value);
      if (w > 0) {
        s[i] = value == 1;
        enumerate(s, i + 1, a - value, b - (1 - value), value, value == last ? run + 1 : 1, out);
      }
    }
  }
}
