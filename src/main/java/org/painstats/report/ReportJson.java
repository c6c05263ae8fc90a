package org.painstats.report;

import java.util.List;
import org.painstats.analysis.ActivityResult;
import org.painstats.analysis.AdjustedFactor;
import org.painstats.analysis.ApproachComparisonResult;
import org.painstats.analysis.ApproachResult;
import org.painstats.analysis.FactorResult;
import org.painstats.analysis.Report;
import org.painstats.analysis.SharedStructure;
import org.painstats.analysis.TrendResult;
import org.painstats.analysis.WeekdayResult;
import org.painstats.analysis.Wording;
import org.painstats.diary.Scale;

/**
 * The JSON report, schema 2 of {@code report-json.md}; numbers not computed are null. Every number
 * is what its name says: plain coefficients under the plain names, tested ones beside them.
 */
public final class ReportJson {
  /** The schema version written in every report. */
  public static final int SCHEMA_VERSION = 2;

  private ReportJson() {}

  /** One report as a JSON object. */
  public static String of(Report report) {
    JsonWriter w = new JsonWriter();
    write(w, report);
    return w.toString();
  }

  /** Several reports as a JSON array, in order. */
  public static String of(List<Report> reports) {
    JsonWriter w = new JsonWriter();
    w.beginArray();
    reports.forEach(r -> write(w, r));
    w.endArray();
    return w.toString();
  }

  private static void ci(JsonWriter w, double lo, double hi) {
    w.name("ci95").beginArray().value(lo).value(hi).endArray();
  }

  static void write(JsonWriter w, Report r) {
    w.beginObject();
    w.name("schemaVersion").value(SCHEMA_VERSION);
    w.name("source").value(r.source());
    w.name("outcome").value(r.outcome());
    Scale scale = r.diary().outcomeScale();
    w.name("outcomeScale").beginObject();
    w.name("min").value(scale.min());
    w.name("max").value(scale.max());
    w.name("higherIsWorse").value(scale.higherIsWorse());
    w.name("meaningfulChange").value(scale.meaningfulChange());
    w.endObject();
    w.name("lags").beginArray();
    r.lags().forEach(l -> w.value(l));
    w.endArray();
    w.name("diary");
    DiaryJson.write(w, r.diary());
    TrendResult t = r.trend();
    w.name("trend").beginObject();
    w.name("slopePerWeek").value(t.slopePerWeek());
    ci(w, t.ciLow(), t.ciHigh());
    w.name("pValue").value(t.pValue());
    w.name("pValueNaive").value(t.pValueNaive());
    w.name("n").value(t.n());
    w.name("method").value(t.method());
    w.name("summary").value(t.summary());
    w.endObject();
    w.name("factors").beginArray();
    for (FactorResult f : r.factors()) {
      w.beginObject();
      w.name("factor").value(f.factor());
      w.name("lag").value(f.lag());
      w.name("n").value(f.n());
      w.name("spearman").value(f.spearman());
      w.name("pearson").value(f.pearson());
      w.name("pValueNaive").value(f.pValueNaive());
      w.name("spearmanTested").value(f.spearmanTested());
      w.name("method").value(Wording.factorMethod(f.removed()));
      w.name("pValue").value(f.pValue());
      w.name("qValue").value(f.qValue());
      w.name("effectiveN").value(f.effectiveN());
      ci(w, f.ciLow(), f.ciHigh());
      w.name("significant").value(f.significant());
      w.name("summary").value(f.summary());
      w.endObject();
    }
    w.endArray();
    w.name("activities").beginArray();
    for (ActivityResult a : r.activities()) {
      w.beginObject();
      w.name("activity").value(a.activity());
      w.name("lag").value(a.lag());
      w.name("daysWith").value(a.daysWith());
      w.name("daysWithout").value(a.daysWithout());
      w.name("meanPainWith").value(a.meanWith());
      w.name("meanPainWithout").value(a.meanWithout());
      w.name("difference").value(a.difference());
      w.name("differenceTested").value(a.differenceTested());
      w.name("method").value(Wording.activityMethod(a.removed()));
      ci(w, a.ciLow(), a.ciHigh());
      w.name("pValue").value(a.pValue());
      w.name("qValue").value(a.qValue());
      w.name("significant").value(a.significant());
      w.name("summary").value(a.summary());
      w.endObject();
    }
    w.endArray();
    w.name("approaches").beginArray();
    for (ApproachResult a : r.approaches()) {
      w.beginObject();
      w.name("approach").value(a.approach());
      w.name("firstDate").value(a.firstDate().toString());
      w.name("lastDate").value(a.lastDate().toString());
      w.name("days").value(a.days());
      w.name("periods").beginArray();
      for (ApproachResult.Period p : a.periods()) {
        w.beginObject();
        w.name("firstDate").value(p.firstDate().toString());
        w.name("lastDate").value(p.lastDate().toString());
        w.name("days").value(p.days());
        w.endObject();
      }
      w.endArray();
      w.name("baselineDays").value(a.baselineDays());
      w.name("baselineMean").value(a.baselineMean());
      w.name("mean").value(a.mean());
      w.name("levelChange").value(a.levelChange());
      w.name("slopeChange").value(a.slopeChange());
      ci(w, a.ciLow(), a.ciHigh());
      w.name("pValue").value(a.pValue());
      w.name("qValue").value(a.qValue());
      w.name("significant").value(a.significant());
      w.name("probabilityMeaningful").value(a.probabilityMeaningful());
      w.name("clinicallyMeaningful").value(a.clinicallyMeaningful());
      w.name("verdict").value(a.verdict().word());
      w.name("afterStopping");
      if (a.afterStopping().isPresent()) {
        w.beginObject();
        w.name("days").value(a.afterStopping().get().days());
        w.name("change").value(a.afterStopping().get().change());
        w.endObject();
      } else {
        w.nullValue();
      }
      w.name("daysNeeded");
      if (a.daysNeeded().isPresent()) {
        w.value(a.daysNeeded().getAsInt());
      } else {
        w.nullValue();
      }
      if (r.plan().isPresent() && r.plan().get().isPlanned(a.approach())) {
        w.name("randomizationTest");
        PlanJson.randomizationTest(w, r.plan().get().test());
      }
      w.name("washout").value(r.washout());
      w.name("method").value(a.method());
      w.name("caveats").beginArray();
      a.caveats().forEach(c -> w.value(c.text()));
      w.endArray();
      w.name("summary").value(a.summary());
      w.endObject();
    }
    w.endArray();
    w.name("comparisons").beginArray();
    for (ApproachComparisonResult c : r.comparisons()) {
      w.beginObject();
      w.name("first").value(c.first());
      w.name("second").value(c.second());
      w.name("difference").value(c.difference());
      ci(w, c.ciLow(), c.ciHigh());
      w.name("pValue").value(c.pValue());
      w.endObject();
    }
    w.endArray();
    w.name("adjusted").beginArray();
    for (AdjustedFactor a : r.adjusted()) {
      w.beginObject();
      w.name("factor").value(a.factor());
      w.name("lag").value(a.lag());
      w.name("coefficient").value(a.coefficient());
      ci(w, a.ciLow(), a.ciHigh());
      w.name("pValue").value(a.pValue());
      w.endObject();
    }
    w.endArray();
    w.name("weekdays").beginArray();
    for (WeekdayResult d : r.weekdays()) {
      w.beginObject();
      w.name("weekday").value(d.name());
      w.name("days").value(d.days());
      w.name("meanPain").value(d.mean());
      w.name("meanCi95").beginArray().value(d.meanCiLow()).value(d.meanCiHigh()).endArray();
      w.name("difference").value(d.difference());
      w.name("differenceTested").value(d.differenceTested());
      ci(w, d.ciLow(), d.ciHigh());
      w.name("pValue").value(d.pValue());
      w.name("qValue").value(d.qValue());
      w.name("significant").value(d.significant());
      w.endObject();
    }
    w.endArray();
    w.name("shared").beginArray();
    for (SharedStructure x : r.shared()) {
      w.beginObject();
      w.name("factor").value(x.factor());
      w.name("kind").value(x.kind().jsonName());
      w.name("summary").value(x.summary());
      w.endObject();
    }
    w.endArray();
    if (r.plan().isPresent()) {
      w.name("plan");
      PlanJson.write(w, r.plan().get());
    }
    w.name("findings").beginArray();
    r.findings().forEach(w::value);
    w.value(Report.NOT_PROOF);
    w.endArray();
    w.endObject();
  }
}
