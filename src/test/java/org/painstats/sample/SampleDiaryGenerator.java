package org.painstats.sample;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.painstats.diary.Diary;
import org.painstats.diary.DiaryBuilder;
import org.painstats.sample.SampleModel.Activity;
import org.painstats.sample.SampleModel.Day;
import org.painstats.sample.SampleModel.ExtraFactor;

/**
 * Generates the bundled sample diary: a seeded, simulated year of one person's chronic low back
 * pain diary whose planted effects are known, so that it is a known answer for tests, benchmarks
 * and docs.
 *
 * <p>The model, the planted effects and the associations that are not planted are documented in
 * {@code sample-data/README.md}; {@link Spec#standard()} gives the committed {@code
 * sample-data/diary.csv}. The same spec always gives the same diary, byte for byte.
 *
 * <pre>{@code
 * Diary year = SampleDiaryGenerator.diary(Spec.standard());
 * Diary nullWorld = SampleDiaryGenerator.diary(Spec.standard().withSeed(7).withEffectScale(0));
 * String csv = SampleDiaryGenerator.csv(Spec.tenYears());
 * }</pre>
 */
public final class SampleDiaryGenerator {
  /** Where {@link #main} writes the standard sample, relative to the project directory. */
  public static final Path SAMPLE = Path.of("sample-data", "diary.csv");

  private static final List<String> LEADING_HEADERS =
      List.of(
          "Date",
          "Pain (0-10)",
          "Sleep hours",
          "Sleep quality (1-5)",
          "Stress (0-10)",
          "Mood (1-5)",
          "Steps");

  private SampleDiaryGenerator() {}

  /**
   * The planted effects, in points of pain (0-10), plus the one planted effect of pain on mood.
   *
   * @param sleepHours per hour of sleep above 7, same day
   * @param stressLag1 per point of stress (0-10) above 5, the day before
   * @param longSitting on a day of long sitting, same day
   * @param heavyLiftingLag1 the day after heavy lifting
   * @param swimLag1 the day after a swim
   * @param mckenzie on each day of "McKenzie exercises"
   * @param flare on each of the days just before the acupressure mat starts
   * @param moodPerPain points of mood (1-5) per point of same-day pain above 5
   */
  public record Effects(
      double sleepHours,
      double stressLag1,
      double longSitting,
      double heavyLiftingLag1,
      double swimLag1,
      double mckenzie,
      double flare,
      double moodPerPain) {

    /** The effects planted in the bundled sample. */
    public static Effects standard() {
      return new Effects(-0.5, 0.3, 1.0, 1.2, -0.8, -2.0, 2.5, -0.35);
    }

    /** No effect at all: pain is noise around 5, mood does not follow pain. */
    public static Effects none() {
      return new Effects(0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** These effects, each multiplied by {@code k} (0 gives {@link #none()}). */
    public Effects scaled(double k) {
      return new Effects(
          k * sleepHours,
          k * stressLag1,
          k * longSitting,
          k * heavyLiftingLag1,
          k * swimLag1,
          k * mckenzie,
          k * flare,
          k * moodPerPain);
    }
  }

  /**
   * What to generate.
   *
   * @param seed the seed; each ingredient of the model draws from its own stream derived from it
   * @param start the first day
   * @param days the number of calendar days (days without an entry included)
   * @param effects the planted effects
   * @param extraFactors how many pure-noise factors to add (0 to 8: coffee, water, screen time,
   *     energy, anxiety, alcohol, outdoor temperature, weight)
   * @param missingDays the chance that a day has no entry at all
   * @param missingPain the chance that a written day has no pain rating
   */
  public record Spec(
      long seed,
      LocalDate start,
      int days,
      Effects effects,
      int extraFactors,
      double missingDays,
      double missingPain) {
    public Spec {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(effects, "effects");
      if (days < 1) {
        throw new IllegalArgumentException("days must be at least 1; got " + days);
      }
      if (extraFactors < 0 || extraFactors > SampleModel.EXTRA_FACTORS.size()) {
        throw new IllegalArgumentException(
            "extraFactors must be 0 to "
                + SampleModel.EXTRA_FACTORS.size()
                + "; got "
                + extraFactors);
      }
      if (!(missingDays >= 0 && missingDays < 1) || !(missingPain >= 0 && missingPain < 1)) {
        throw new IllegalArgumentException(
            "missing shares must be in [0, 1); got " + missingDays + " and " + missingPain);
      }
    }

    /** The bundled sample: 2025-01-01 to 2025-12-31, seed 20250101, the standard effects. */
    public static Spec standard() {
      return new Spec(20250101L, LocalDate.of(2025, 1, 1), 365, Effects.standard(), 0, 0.04, 0.015);
    }

    /** The benchmark diary: 3,650 days from 2025-01-01, 10 numeric factors, same effects. */
    public static Spec tenYears() {
      return standard().withYears(10).withExtraFactors(5);
    }

    /** This spec with another seed. */
    public Spec withSeed(long newSeed) {
      return new Spec(newSeed, start, days, effects, extraFactors, missingDays, missingPain);
    }

    /** This spec with another number of calendar days. */
    public Spec withDays(int newDays) {
      return new Spec(seed, start, newDays, effects, extraFactors, missingDays, missingPain);
    }

    /** This spec over {@code 365 * years} days; the approaches repeat on the same dates yearly. */
    public Spec withYears(int years) {
      return withDays(365 * years);
    }

    /** This spec with other effects. */
    public Spec withEffects(Effects newEffects) {
      return new Spec(seed, start, days, newEffects, extraFactors, missingDays, missingPain);
    }

    /** This spec with its effects multiplied by {@code k}; 0 plants nothing. */
    public Spec withEffectScale(double k) {
      return withEffects(effects.scaled(k));
    }

    /** This spec with {@code n} pure-noise factors added. */
    public Spec withExtraFactors(int n) {
      return new Spec(seed, start, days, effects, n, missingDays, missingPain);
    }

    /** This spec with other chances of a day without entry and of a day without pain. */
    public Spec withMissing(double days, double pain) {
      return new Spec(seed, start, this.days, effects, extraFactors, days, pain);
    }
  }

  /**
   * The generated diary, with the cleaned names a diary file gets: {@code pain}, factors {@code
   * sleep_hours, sleep_quality, stress, mood, steps} (then the extra factors), activities {@code
   * walk, yoga, swim, gym, meditation, long_sitting, heavy_lifting}, {@code approach}, {@code
   * notes}.
   */
  public static Diary diary(Spec spec) {
    List<ExtraFactor> extras = SampleModel.EXTRA_FACTORS.subList(0, spec.extraFactors());
    DiaryBuilder b = Diary.builder("sample diary, seed " + spec.seed());
    for (Activity a : SampleModel.ACTIVITIES) {
      b.declareActivity(a.name());
    }
    for (Day d : SampleModel.simulate(spec)) {
      b.day(d.date())
          .pain(d.pain())
          .factor("sleep_hours", d.sleepHours())
          .factor("sleep_quality", d.sleepQuality())
          .factor("stress", d.stress())
          .factor("mood", d.mood())
          .factor("steps", d.steps());
      for (int k = 0; k < extras.size(); k++) {
        b.factor(extras.get(k).name(), d.extras().get(k));
      }
      d.activities().forEach(b::activity);
      b.approach(d.approach()).text("notes", d.note());
    }
    return b.build();
  }

  /**
   * The generated diary as a person keeps it in a spreadsheet: a CSV with readable headers, ISO
   * dates, activities as {@code walk; yoga} tags, blank cells for missing values, {@code \n} line
   * ends, numbers formatted independently of the locale.
   */
  public static String csv(Spec spec) {
    List<ExtraFactor> extras = SampleModel.EXTRA_FACTORS.subList(0, spec.extraFactors());
    List<String> headers = new ArrayList<>(LEADING_HEADERS);
    extras.forEach(f -> headers.add(f.header()));
    headers.addAll(List.of("Activities", "Approach", "Notes"));
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(headers.toArray(String[]::new))
            .setRecordSeparator('\n')
            .build();
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (Day d : SampleModel.simulate(spec)) {
        List<String> row = new ArrayList<>();
        row.add(d.date().toString());
        row.add(number(d.pain()));
        row.add(number(d.sleepHours()));
        row.add(number(d.sleepQuality()));
        row.add(number(d.stress()));
        row.add(number(d.mood()));
        row.add(number(d.steps()));
        d.extras().forEach(v -> row.add(number(v)));
        row.add(String.join("; ", d.activities().stream().map(SampleDiaryGenerator::tag).toList()));
        row.add(d.approach());
        row.add(d.note());
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** Writes {@link #csv(Spec)} to a file in UTF-8, creating its directory. */
  public static void write(Spec spec, Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Files.writeString(file, csv(spec), StandardCharsets.UTF_8);
  }

  /**
   * Writes the standard sample to {@code sample-data/diary.csv}, or to the path given as the only
   * argument.
   */
  public static void main(String[] args) throws IOException {
    write(Spec.standard(), args.length > 0 ? Path.of(args[0]) : SAMPLE);
  }

  /** A number as a person writes it: {@code 7}, {@code 7.5}, {@code -3}; blank when missing. */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (v == Math.rint(v)) {
      return Long.toString((long) v);
    }
    return BigDecimal.valueOf(v).toPlainString();
  }

  private static String tag(String activity) {
    return SampleModel.ACTIVITIES.stream()
        .filter(a -> a.name().equals(activity))
        .map(Activity::tag)
        .findFirst()
        .orElseThrow();
  }
}
