package org.painstats.io;

import java.util.Map;
import java.util.Optional;

/**
 * What a reader may need beyond the file: the user to keep from a file of many users, the levels of
 * custom mood labels.
 *
 * @param user the user whose rows to keep, for files holding many users
 * @param moodLevels mood labels mapped to a level (5 best, 1 worst), added to an app's defaults
 */
public record ReaderOptions(Optional<String> user, Map<String, Double> moodLevels) {
  public ReaderOptions {
    moodLevels = Map.copyOf(moodLevels);
  }

  /** No user chosen, default mood labels only. */
  public static ReaderOptions defaults() {
    return new ReaderOptions(Optional.empty(), Map.of());
  }
}
