package org.painstats.clean;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.painstats.diary.Issue;
import org.painstats.diary.Spaces;

/**
 * The approach names of a diary as written, gathered cell by cell: names differing only in case or
 * spacing are one approach, spelled as most often written (the first written on ties), and names
 * differing by a typo or a plural are unified too ({@link NameVariants}); each cell written
 * otherwise is said by its line, and a name that is only the start of another gets a "did you
 * mean".
 */
final class ApproachSpellings {
  // by key (lower case, no spaces): each spelling (spaces collapsed) and how often it was written
  private final Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
  // by the cell as written: its lines
  private final Map<String, FirstLines> cells = new LinkedHashMap<>();
  private Map<String, String> canonical;
  private NameVariants variants;

  /** An approach cell: {@code written} as in the file, {@code name} with its spaces collapsed. */
  void add(String written, String name, long line) {
    spellings.computeIfAbsent(key(name), k -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
    cells.computeIfAbsent(written, k -> new FirstLines()).add(line);
  }

  /** The name an approach written {@code name} is read as, once every cell has been added. */
  String canonical(String name) {
    if (canonical == null) {
      unify();
    }
    return canonical.get(key(name));
  }

  private void unify() {
    canonical = new LinkedHashMap<>();
    spellings.forEach(
        (key, written) -> {
          int top = written.values().stream().max(Integer::compare).orElse(0);
          written.entrySet().stream()
              .filter(e -> e.getValue() == top)
              .findFirst()
              .ifPresent(e -> canonical.put(key, e.getKey()));
        });
    // then typos and plurals across keys: "Mckenzie excercises" is "McKenzie exercises"
    Map<String, Integer> totals = new LinkedHashMap<>();
    spellings.forEach(
        (key, written) ->
            totals.merge(
                canonical.get(key),
                written.values().stream().mapToInt(Integer::intValue).sum(),
                Integer::sum));
    variants = new NameVariants(totals);
    canonical.replaceAll((key, spelling) -> variants.canonical(spelling));
  }

  /** Logs the "did you mean" notes and the cells read as another spelling. */
  void log(String header, IssueLog issues) {
    if (canonical == null) {
      unify();
    }
    // "did you mean" once per name, on the first cell that has it
    Map<String, String> firstWritten = new LinkedHashMap<>();
    Map<String, Long> firstLine = new HashMap<>();
    cells.forEach(
        (raw, lines) -> {
          String c = canonical.get(key(raw));
          if (!firstLine.containsKey(c) || lines.first() < firstLine.get(c)) {
            firstLine.put(c, lines.first());
            firstWritten.put(c, raw);
          }
        });
    firstWritten.forEach(
        (c, raw) ->
            variants
                .didYouMean(c)
                .ifPresent(
                    other ->
                        issues.add(
                            new Issue(
                                firstLine.get(c),
                                header,
                                raw,
                                "may be the same approach as \"" + other + "\"",
                                "kept apart; did you mean \"" + other + "\"?",
                                Issue.Kind.NOTE))));
    cells.forEach(
        (raw, lines) -> {
          String c = canonical.get(key(raw));
          if (!Spaces.collapse(raw).equals(c)) {
            lines.log(
                issues,
                line ->
                    new Issue(
                        line,
                        header,
                        raw,
                        "written differently from \"" + c + "\"",
                        "taken as \"" + c + "\"",
                        Issue.Kind.CHANGED));
          }
        });
  }

  private static String key(String a) {
    return Spaces.removed(a.toLowerCase(Locale.ROOT));
  }
}
