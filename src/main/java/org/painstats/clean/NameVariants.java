package org.painstats.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups the spellings of a name that differ only by case, spacing, a plural or a typo ("McKenzie
 * exercise", "Mckenzie excercises"), so that one approach is not split in several. Two spellings
 * are one name when their letters, each word without a plural {@code s}, are equal or within a
 * small edit distance (one edit per six letters, Damerau-Levenshtein); the name is spelled as
 * written most often. A spelling that merely starts like another ("McKenzie" and "McKenzie
 * exercises") is not unified but reported as a possible match.
 */
final class NameVariants {
  private final Map<String, String> canonical = new LinkedHashMap<>();
  private final Map<String, String> didYouMean = new LinkedHashMap<>();

  /** Groups spellings given with their counts, in the order first written. */
  NameVariants(Map<String, Integer> counts) {
    List<String> names = new ArrayList<>(counts.keySet());
    int[] parent = new int[names.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    List<String> norms = names.stream().map(NameVariants::norm).toList();
    for (int i = 0; i < names.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (similar(norms.get(i), norms.get(j))) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<Integer, String> best = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      int root = find(parent, i);
      String b = best.get(root);
      if (b == null || counts.get(names.get(i)) > counts.get(b)) {
        best.put(root, names.get(i));
      }
    }
    for (int i = 0; i < names.size(); i++) {
      canonical.put(names.get(i), best.get(find(parent, i)));
    }
    for (int i = 0; i < names.size(); i++) {
      for (int j = 0; j < names.size(); j++) {
        String a = canonical.get(names.get(i));
        String b = canonical.get(names.get(j));
        if (!a.equals(b)
            && norm(b).startsWith(norm(a))
            && words(b) > words(a)
            && norm(a).length() >= 4) {
          didYouMean.putIfAbsent(names.get(i), b);
        }
      }
    }
  }

  /** The spelling a name is read as. */
  String canonical(String name) {
    return canonical.getOrDefault(name, name);
  }

  /** A longer name this one may have meant, when it is only the start of it. */
  java.util.Optional<String> didYouMean(String name) {
    return java.util.Optional.ofNullable(didYouMean.get(name));
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static int words(String s) {
    return s.strip().split("\\s+").length;
  }

  /** Lower case, letters and digits only, each word without a plural s. */
  static String norm(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
        w = w.substring(0, w.length() - 1);
      }
      b.append(w);
    }
    return b.toString();
  }

  private static boolean similar(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int shorter = Math.min(a.length(), b.length());
    if (shorter < 5) {
      return false;
    }
    int allowed = Math.max(1, shorter / 6);
    return Math.abs(a.length() - b.length()) <= allowed && distance(a, b) <= allowed;
  }

  /** Damerau-Levenshtein distance (optimal string alignment). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
