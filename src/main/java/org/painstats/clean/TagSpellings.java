package org.painstats.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.painstats.diary.Issue;

/**
 * The activity tags of a diary as written ({@code walk; yoga}), gathered cell by cell, so that a
 * tag written with a typo or a plural ({@code yogaa}, {@code walks}) is read as the activity
 * written most often, and said on each line where it was written so; a tag that is only the start
 * of a longer one is kept apart with a "did you mean". Tags differing only in case or spacing are
 * one activity already (their cleaned names are equal).
 */
final class TagSpellings {
  /** One spelling as written: its cleaned name and its lines. */
  private record Written(String name, FirstLines lines) {}

  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final Map<String, Written> written = new LinkedHashMap<>();

  /** A tag written on {@code line}, read as the activity {@code name}. */
  void add(String name, String tag, long line) {
    counts.merge(name, 1, Integer::sum);
    written
        .computeIfAbsent(tag.strip(), k -> new Written(name, new FirstLines()))
        .lines()
        .add(line);
  }

  /**
   * The activity each tag name is read as, leaving out {@code columns} (activities that are columns
   * of their own, never merged into another); logs what was unified or may be.
   */
  Map<String, String> unify(String header, Set<String> columns, IssueLog issues) {
    Map<String, Integer> tags = new LinkedHashMap<>(counts);
    tags.keySet().removeAll(columns);
    // NameVariants reads words apart: heavy_lifting as "heavy lifting"
    Map<String, Integer> spaced = new LinkedHashMap<>();
    tags.forEach((n, k) -> spaced.put(n.replace('_', ' '), k));
    NameVariants variants = new NameVariants(spaced);
    Map<String, String> canonical = new LinkedHashMap<>();
    tags.keySet()
        .forEach(n -> canonical.put(n, variants.canonical(n.replace('_', ' ')).replace(' ', '_')));
    List<String> suggested = new ArrayList<>();
    written.forEach(
        (tag, w) -> {
          if (!tags.containsKey(w.name()) || suggested.contains(w.name())) {
            return;
          }
          variants
              .didYouMean(w.name().replace('_', ' '))
              .map(other -> other.replace(' ', '_'))
              .ifPresent(
                  other -> {
                    suggested.add(w.name());
                    issues.add(
                        new Issue(
                            w.lines().first(),
                            header,
                            tag,
                            "may be the same activity as \"" + other + "\"",
                            "kept apart; did you mean \"" + other + "\"?",
                            Issue.Kind.NOTE));
                  });
        });
    written.forEach(
        (tag, w) -> {
          String c = canonical.getOrDefault(w.name(), w.name());
          if (c.equals(w.name())) {
            return;
          }
          w.lines()
              .log(
                  issues,
                  line ->
                      new Issue(
                          line,
                          header,
                          tag,
                          "written differently from \"" + c + "\"",
                          "taken as \"" + c + "\"",
                          Issue.Kind.CHANGED));
        });
    canonical.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
    return canonical;
  }
}
