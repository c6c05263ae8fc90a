package org.painstats.io.formats;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.painstats.io.ColumnSpec;
import org.painstats.io.DiaryReader;
import org.painstats.io.DiaryRecords;
import org.painstats.io.FileHead;
import org.painstats.io.HeaderKind;
import org.painstats.io.ReaderOptions;

/**
 * Reads daily elevation gains exported from the Moves app in MyAIGuide ({@code
 * ,cum_gain_cycling,cum_gain_walking}: an unnamed date column, then gains in metres). The walking
 * gain is the outcome until another is named.
 */
public final class MovesReader implements DiaryReader {

  @Override
  public String name() {
    return "moves";
  }

  @Override
  public String description() {
    return "Moves daily gains (, cum_gain_cycling, cum_gain_walking)";
  }

  @Override
  public boolean recognises(FileHead head) {
    return head.hasKeys(0, "cumgaincycling", "cumgainwalking");
  }

  @Override
  public DiaryRecords read(Path path, ReaderOptions options) {
    SmallCsv csv = SmallCsv.read(path);
    Map<String, ColumnSpec> declared = new LinkedHashMap<>();
    String outcome = null;
    for (String h : csv.header().values()) {
      if (h.isBlank()) {
        declared.put(h, ColumnSpec.of(HeaderKind.DATE));
      } else {
        declared.put(h, ColumnSpec.of(HeaderKind.FACTOR));
        outcome = h.contains("walking") || outcome == null ? h : outcome;
      }
    }
    return csv.wide(path.toString(), name(), declared, Optional.ofNullable(outcome));
  }
}
