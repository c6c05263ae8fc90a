package org.painstats.io.formats;

import java.util.ArrayList;
import java.util.List;
import org.painstats.io.DiaryReader;

/** The readers of app exports, in the order they are tried, then the fallback. */
public final class AppReaders {
  private AppReaders() {}

  /** The app readers followed by {@code fallback}. */
  public static List<DiaryReader> withFallback(DiaryReader fallback) {
    List<DiaryReader> all = new ArrayList<>();
    all.add(new BearableReader());
    all.add(new DaylioReader());
    all.add(new FlaredownReader());
    all.add(new FlaredownWideReader());
    all.add(new PmDataReader());
    all.add(new OuraReader());
    all.add(new FitbitMonthlyReader());
    all.add(new MyAiGuideRatingsReader());
    all.add(new MyAiGuideDailyReader());
    all.add(new TapLogReader());
    all.add(new MovesReader());
    all.add(new MelatoninEmaReader());
    all.add(new JsonExportReader());
    all.add(new ExistReader());
    all.add(new ScheduleJsonReader());
    all.add(new AppleHealthReader());
    all.add(fallback);
    return List.copyOf(all);
  }
}
