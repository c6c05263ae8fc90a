package org.painstats.stats;

import java.util.Arrays;

/**
 * Orders of doubles and longs by an LSD radix sort, a byte at a time, skipping bytes that every key
 * shares: O(n) per pass, stable, no boxing. Small integers and whole-point scores take one or two
 * passes.
 */
final class RadixSort {
  private RadixSort() {}

  /**
   * The indices of a (no NaN) in increasing order of value, as {@link Double#compare} orders them
   * (-0.0 before 0.0); equal values in their original order.
   */
  static int[] order(double[] a) {
    long[] keys = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      long bits = Double.doubleToLongBits(a[i]);
      keys[i] = bits < 0 ? ~bits : bits | Long.MIN_VALUE; // unsigned order = numeric order
    }
    return order(keys, identity(a.length));
  }

  /** The indices 0..n-1 ordered by primary, ties by secondary, both ascending (signed). */
  static int[] order(long[] primary, long[] secondary) {
    int[] bySecondary = order(unsigned(secondary), identity(secondary.length));
    return order(unsigned(primary), bySecondary);
  }

  private static long[] unsigned(long[] signed) {
    long[] keys = new long[signed.length];
    for (int i = 0; i < signed.length; i++) {
      keys[i] = signed[i] ^ Long.MIN_VALUE;
    }
    return keys;
  }

  private static int[] identity(int n) {
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    return idx;
  }

  /** Stably reorders idx by keys[idx[i]] read as unsigned; returns the new order. */
  private static int[] order(long[] keys, int[] idx) {
    int n = idx.length;
    long[] k = new long[n];
    for (int i = 0; i < n; i++) {
      k[i] = keys[idx[i]];
    }
    long[] kTmp = new long[n];
    int[] idxTmp = new int[n];
    int[] count = new int[256];
    for (int shift = 0; shift < 64 && n > 1; shift += 8) {
      Arrays.fill(count, 0);
      for (long key : k) {
        count[(int) (key >>> shift) & 0xFF]++;
      }
      if (count[(int) (k[0] >>> shift) & 0xFF] == n) {
        continue; // every key has this byte: the pass would not move anything
      }
      int sum = 0;
      for (int b = 0; b < 256; b++) {
        int c = count[b];
        count[b] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        int to = count[(int) (k[i] >>> shift) & 0xFF]++;
        kTmp[to] = k[i];
        idxTmp[to] = idx[i];
      }
      long[] kt = k;
      k = kTmp;
      kTmp = kt;
      int[] it = idx;
      idx = idxTmp;
      idxTmp = it;
    }
    return idx;
  }
}
