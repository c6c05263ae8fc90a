package org.painstats.report;

import org.painstats.plan.PlanCheck;
import org.painstats.plan.PlanDesign;
import org.painstats.plan.RandomizationResult;

/** The {@code plan} object of the JSON report and the {@code randomizationTest} of an approach. */
final class PlanJson {
  private PlanJson() {}

  private static void nameOrNull(JsonWriter w, String name) {
    if (name.isEmpty()) {
      w.nullValue();
    } else {
      w.value(name);
    }
  }

  /** A count of schedules: whole while a double holds it exactly, 6 digits above. */
  private static void schedules(JsonWriter w, double n) {
    w.name("schedules");
    if (n < 0x1p53) {
      w.value((long) n);
    } else {
      w.value(n);
    }
  }

  static void randomizationTest(JsonWriter w, RandomizationResult t) {
    w.beginObject();
    w.name("pValue").value(t.pValue());
    w.name("permutations").value(t.permutations());
    w.name("statistic").value(t.statistic());
    w.name("exact").value(t.exact());
    schedules(w, t.schedules());
    w.name("seed");
    if (t.seed().isPresent()) {
      w.value(t.seed().getAsLong());
    } else {
      w.nullValue();
    }
    w.name("approachDays").value(t.approachDays());
    w.name("otherDays").value(t.otherDays());
    w.name("approachMean").value(t.approachMean());
    w.name("otherMean").value(t.otherMean());
    w.name("washoutDays").value(t.washoutDays());
    w.name("method").value(t.method());
    w.endObject();
  }

  static void write(JsonWriter w, PlanCheck c) {
    var plan = c.plan();
    PlanDesign d = plan.design();
    w.beginObject();
    w.name("approach").value(plan.approach());
    w.name("versus");
    nameOrNull(w, plan.versus());
    w.name("namesFromDiary").value(c.namesFromDiary());
    w.name("design").beginObject();
    w.name("kind").value(d.kind() == PlanDesign.Kind.PAIRS ? "pairs" : "days");
    w.name("blockDays").value(d.unitDays());
    w.name("blocks").value(d.units());
    w.name("approachBlocks").value(d.approachUnits());
    w.name("maxRun").value(d.maxRun());
    w.name("washoutDays").value(d.washoutDays());
    w.name("summary").value(PlanText.design(plan));
    w.endObject();
    w.name("firstDate").value(plan.start().toString());
    w.name("lastDate").value(plan.end().toString());
    w.name("days").value(d.days());
    w.name("seed");
    if (plan.seed().isPresent()) {
      w.value(plan.seed().getAsLong());
    } else {
      w.nullValue();
    }
    schedules(w, d.schedules());
    w.name("smallestPValue").value(d.smallestPValue());
    w.name("daysWithEntry").value(c.diaryDays());
    w.name("daysWithOutcome").value(c.outcomeDays());
    w.name("daysOutsidePlan").value(c.outsideDays());
    w.name("offPlan").beginArray();
    for (PlanCheck.OffPlanDay o : c.offPlan()) {
      w.beginObject();
      w.name("date").value(o.date().toString());
      w.name("planned");
      nameOrNull(w, o.planned());
      w.name("recorded");
      nameOrNull(w, o.recorded());
      w.endObject();
    }
    w.endArray();
    w.name("shift");
    if (c.shift().isPresent()) {
      var sh = c.shift().get();
      w.beginObject();
      w.name("from").value(sh.from().toString());
      w.name("days").value(sh.days());
      w.name("matched").value(sh.matched());
      w.name("compared").value(sh.compared());
      w.endObject();
    } else {
      w.nullValue();
    }
    w.name("periods").beginArray();
    for (PlanCheck.Period p : c.periods()) {
      w.beginObject();
      w.name("block").value(p.block());
      w.name("firstDate").value(p.firstDate().toString());
      w.name("lastDate").value(p.lastDate().toString());
      w.name("condition");
      nameOrNull(w, p.condition());
      w.name("days").value(p.days());
      w.name("washoutDays").value(p.washoutDays());
      w.name("mean").value(p.mean());
      w.endObject();
    }
    w.endArray();
    w.name("carryover").value(PlanText.washout(d));
    w.name("analysis").value(PlanText.ANALYSED_AS_PLANNED);
    w.name("randomizationTest");
    randomizationTest(w, c.test());
    w.endObject();
  }
}
