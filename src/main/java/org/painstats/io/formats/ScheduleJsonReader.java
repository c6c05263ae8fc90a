package org.painstats.io.formats;

import java.nio.file.Path;
import org.painstats.diary.DiaryFormatException;
import org.painstats.io.DiaryReader;
import org.painstats.io.DiaryRecords;
import org.painstats.io.FileHead;
import org.painstats.io.ReaderOptions;

/**
 * Recognises an N-of-1 randomisation schedule ({@code {"1":0,"2":1,...}}: study day to arm) to say
 * in one line why it is not a diary: it has no dates. The trial's prompts file carries each day's
 * condition.
 */
public final class ScheduleJsonReader implements DiaryReader {

  @Override
  public String name() {
    return "schedule-json";
  }

  @Override
  public String description() {
    return "an N-of-1 randomisation schedule ({\"1\":0,\"2\":1,...}): explained, not read (no dates)";
  }

  @Override
  public boolean recognises(FileHead head) {
    return head.text().strip().matches("(?s)\\{\\s*\"\\d+\"\\s*:\\s*\\d.*");
  }

  @Override
  public DiaryRecords read(Path path, ReaderOptions options) {
    throw new DiaryFormatException(
        path
            + ": is a randomisation schedule by study day, with no dates, not a diary; read the"
            + " trial's prompts (its condition column gives each day's arm), and give this file as"
            + " its plan, with the date of study day 1");
  }
}
