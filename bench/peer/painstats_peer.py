#!/usr/bin/python3
"""The pandas + scipy + matplotlib peer of `painstats report DIARY --format html`.

What a competent, data-savvy patient would write instead of using painstats: read the diary
with pandas, clean it reasonably, compute the same kinds of statistics with the textbook scipy
tests (naive p-values, as such a user would; Benjamini-Hochberg on top), draw six charts and
write one self-contained HTML page. It is the yardstick for bench/compare, not a reference
implementation: it does not account for autocorrelation the way painstats does.

Run it with Debian's interpreter, which has the libraries (python3-pandas, python3-scipy,
python3-matplotlib):

    /usr/bin/python3 bench/peer/painstats_peer.py DIARY.csv -o report.html [--lags 0,1,2]
"""

import argparse
import base64
import html
import io
import re
import sys
import time

T0 = time.perf_counter()

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from scipy import stats  # noqa: E402


# ---------------------------------------------------------------------------------------------
# Reading and cleaning


def header_key(h):
    """'Pain (0-10)' -> 'pain', 'Sleep_hours' -> 'sleephours': how headers are matched."""
    h = re.sub(r"\(.*?\)|\[.*?\]", "", str(h)).lower()
    return re.sub(r"[\s_\-]", "", h)


def snake(h):
    """'Sleep quality (1-5)' -> 'sleep_quality'."""
    h = re.sub(r"\(.*?\)|\[.*?\]", "", str(h)).strip().lower()
    return re.sub(r"[\s\-]+", "_", h)


def to_number(s):
    """Numbers as people write them: '7', '6,5', '7/10'. Anything else becomes NaN."""
    if pd.api.types.is_numeric_dtype(s):
        return s.astype(float)
    t = s.astype("string").str.strip()
    t = t.str.replace(r"^(\d+(?:[.,]\d+)?)\s*/\s*10$", r"\1", regex=True)
    t = t.str.replace(r"^(-?\d+),(\d+)$", r"\1.\2", regex=True)
    return pd.to_numeric(t, errors="coerce")


def read_diary(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        first = f.readline()
    sep = max(",;\t", key=first.count)  # comma, semicolon or tab: whichever the header uses
    raw = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=True,
                      encoding="utf-8-sig")
    keys = {c: header_key(c) for c in raw.columns}
    date_col = next(c for c, k in keys.items() if k in ("date", "day", "datetime"))
    pain_col = next(c for c, k in keys.items() if k.startswith("pain") or k == "backpain")
    act_col = next((c for c, k in keys.items() if k in ("activities", "activity", "tags")), None)
    appr_col = next((c for c, k in keys.items() if k in ("approach", "treatment")), None)
    text_keys = ("notes", "note", "comment", "comments", "medication")

    records = len(raw)
    df = pd.DataFrame(index=raw.index)
    df["date"] = pd.to_datetime(raw[date_col].str.strip(), errors="coerce").dt.normalize()
    df["pain"] = to_number(raw[pain_col])
    pain_out_of_range = int(((df["pain"] < 0) | (df["pain"] > 10)).sum())
    df.loc[(df["pain"] < 0) | (df["pain"] > 10), "pain"] = np.nan

    factors = []
    for c in raw.columns:
        if c in (date_col, pain_col, act_col, appr_col) or keys[c] in text_keys:
            continue
        v = to_number(raw[c])
        written = (raw[c].str.strip() != "").sum()
        if written and v.notna().sum() >= 0.8 * written:  # a numeric column is a factor
            name = snake(c)
            if name == "sleep_hours" or keys[c] == "sleep":
                name = "sleep_hours"
                v[(v < 0) | (v > 24)] = np.nan
            df[name] = v
            factors.append(name)

    activities = []
    if act_col is not None:
        tags = (raw[act_col].str.lower().str.replace(r"\s*[;,]\s*", ";", regex=True)
                .str.strip("; ").str.replace(r"\s+", "_", regex=True))
        dummies = tags.str.get_dummies(sep=";")
        dummies = dummies[[c for c in dummies.columns if c]]
        activities = list(dummies.columns)
        df = df.join(dummies.astype(float))

    if appr_col is not None:
        a = raw[appr_col].str.strip().str.replace(r"\s+", " ", regex=True)
        a = a.where(a != "")
        first_spelling = a.dropna().groupby(a.dropna().str.lower()).first()
        df["approach"] = a.str.lower().map(first_spelling)
    else:
        df["approach"] = np.nan

    rejected = int(df["date"].isna().sum())
    df = df[df["date"].notna()].sort_values("date", kind="stable")
    # Several entries on one day: numbers by their mean, activities by union, last approach.
    agg = {c: "mean" for c in ["pain"] + factors}
    agg.update({c: "max" for c in activities})
    agg["approach"] = "last"
    days = df.groupby("date").agg(agg)
    merged = len(df) - len(days)
    accounting = dict(records=records, kept=len(days), merged=merged, rejected=rejected,
                      pain_out_of_range=pain_out_of_range)
    # One row per calendar day: lags are by date, a missing day stays missing.
    days = days.asfreq("D")
    return days, factors, activities, accounting


# ---------------------------------------------------------------------------------------------
# Statistics


def bh(p):
    """Benjamini-Hochberg q-values; NaN p-values are left out of m (scipy 1.10 has no
    stats.false_discovery_control, it came in 1.11)."""
    p = np.asarray(p, dtype=float)
    q = np.full_like(p, np.nan)
    ok = ~np.isnan(p)
    m = ok.sum()
    if m == 0:
        return q
    ps = p[ok]
    order = np.argsort(ps)
    ranked = ps[order] * m / np.arange(1, m + 1)
    ranked = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(ranked, 1)
    q[ok] = out
    return q


def welch(a, b):
    """Difference of means a - b, Welch's 95% CI and p-value."""
    a, b = a[~np.isnan(a)], b[~np.isnan(b)]
    if len(a) < 2 or len(b) < 2:
        return np.nan, (np.nan, np.nan), np.nan
    t, p = stats.ttest_ind(a, b, equal_var=False)
    va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
    se = np.sqrt(va + vb)
    df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    d = a.mean() - b.mean()
    h = stats.t.ppf(0.975, df) * se
    return d, (d - h, d + h), p


def factor_table(days, factors, lags):
    pain = days["pain"].to_numpy()
    rows = []
    for f in factors:
        for lag in lags:
            x = days[f].shift(lag).to_numpy()
            ok = ~np.isnan(x) & ~np.isnan(pain)
            n = int(ok.sum())
            if n < 4 or np.ptp(x[ok]) == 0:
                rows.append(dict(factor=f, lag=lag, n=n))
                continue
            rho, p = stats.spearmanr(x[ok], pain[ok])
            r, _ = stats.pearsonr(x[ok], pain[ok])
            z, se = np.arctanh(rho), 1 / np.sqrt(n - 3)
            rows.append(dict(factor=f, lag=lag, n=n, spearman=rho, pearson=r, p=p,
                             ci_low=np.tanh(z - 1.96 * se), ci_high=np.tanh(z + 1.96 * se)))
    return pd.DataFrame(rows, columns=["factor", "lag", "n", "spearman", "pearson", "p",
                                       "ci_low", "ci_high"])


def activity_table(days, activities):
    pain = days["pain"].to_numpy()
    rows = []
    for a in activities:
        for lag, when in ((0, "same day"), (1, "next day")):
            x = days[a].shift(lag).to_numpy()
            ok = ~np.isnan(x) & ~np.isnan(pain)
            w, wo = pain[ok & (x > 0)], pain[ok & (x == 0)]
            d, ci, p = welch(w, wo)
            rows.append(dict(activity=a, lag=lag, when=when, days_with=len(w),
                             days_without=len(wo), mean_with=np.mean(w) if len(w) else np.nan,
                             mean_without=np.mean(wo) if len(wo) else np.nan, difference=d,
                             ci_low=ci[0], ci_high=ci[1], p=p))
    return pd.DataFrame(rows)


def approach_table(days):
    appr = days["approach"]
    if appr.notna().sum() == 0:
        return pd.DataFrame(), pd.Series(dtype=float)
    first = appr.first_valid_index()
    baseline = days.loc[days.index < first, "pain"].dropna()
    rows = []
    for name in pd.unique(appr.dropna()):
        sel = days.loc[appr == name]
        d, ci, p = welch(sel["pain"].to_numpy(), baseline.to_numpy())
        rows.append(dict(approach=name, first=sel.index.min().date(), last=sel.index.max().date(),
                         days=int(sel["pain"].notna().sum()), mean=sel["pain"].mean(),
                         baseline_days=len(baseline), baseline_mean=baseline.mean(),
                         difference=d, ci_low=ci[0], ci_high=ci[1], p=p))
    t = pd.DataFrame(rows)
    t["q"] = bh(t["p"])
    return t, baseline


def trend(days):
    weekly = days["pain"].resample("W").mean().dropna()
    weeks = ((weekly.index - weekly.index[0]).days / 7).to_numpy()
    slope, intercept, lo, hi = stats.theilslopes(weekly.to_numpy(), weeks)
    tau, p = stats.kendalltau(weeks, weekly.to_numpy())
    return dict(weeks=len(weekly), slope=slope, intercept=intercept, ci_low=lo, ci_high=hi,
                tau=tau, p=p, weekly=weekly)


# ---------------------------------------------------------------------------------------------
# Charts


def png(fig):
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def approach_runs(appr):
    """Contiguous runs of one approach: (name, start, end)."""
    a = appr.fillna("")
    run_id = (a != a.shift()).cumsum()
    for _, run in a.groupby(run_id):
        if run.iloc[0]:
            yield run.iloc[0], run.index[0], run.index[-1]


def chart_trend(days, tr):
    fig, ax = plt.subplots(figsize=(11, 4))
    names = list(pd.unique(days["approach"].dropna()))
    colours = dict(zip(names, plt.cm.tab10.colors))
    seen = set()
    for name, start, end in approach_runs(days["approach"]):
        ax.axvspan(start, end + pd.Timedelta(days=1), color=colours[name], alpha=0.15, lw=0,
                   label=None if name in seen else name)
        seen.add(name)
    ax.plot(days.index, days["pain"], ".", ms=2, color="0.6", label="daily pain")
    ax.plot(days.index, days["pain"].rolling(7, min_periods=4, center=True).mean(),
            color="C3", lw=1.2, label="7-day rolling mean")
    w = tr["weekly"]
    ax.plot(w.index, tr["intercept"] + tr["slope"] * (w.index - w.index[0]).days / 7,
            color="k", lw=1, ls="--", label="Theil-Sen trend (weekly means)")
    ax.set_ylim(-0.3, 10.3)
    ax.set_ylabel("pain (0-10)")
    ax.set_title("Pain over time, approaches shaded")
    ax.legend(fontsize=7, ncol=3, loc="upper right")
    return png(fig)


def chart_factors(ft):
    t = ft.dropna(subset=["spearman"]).sort_values("spearman")
    labels = [f"{f} (lag {k})" for f, k in zip(t["factor"], t["lag"])]
    fig, ax = plt.subplots(figsize=(7, 0.22 * len(t) + 1))
    err = np.vstack([t["spearman"] - t["ci_low"], t["ci_high"] - t["spearman"]])
    colours = ["C3" if q < 0.05 else "0.6" for q in t["q"]]
    ax.barh(labels, t["spearman"], xerr=err, color=colours, error_kw=dict(lw=0.8))
    ax.axvline(0, color="k", lw=0.8)
    ax.set_xlabel("Spearman rho with pain (95% CI); red: q < 0.05")
    ax.set_title("Factors and pain")
    ax.tick_params(axis="y", labelsize=7)
    return png(fig)


def chart_scatter(days, ft):
    top = ft.dropna(subset=["spearman"]).iloc[
        ft.dropna(subset=["spearman"])["spearman"].abs().argmax()]
    x = days[top["factor"]].shift(int(top["lag"])).to_numpy()
    y = days["pain"].to_numpy()
    ok = ~np.isnan(x) & ~np.isnan(y)
    rng = np.random.default_rng(0)
    fig, ax = plt.subplots(figsize=(6, 4.5))
    ax.scatter(x[ok] + rng.uniform(-0.15, 0.15, ok.sum()) * np.std(x[ok]) / 2,
               y[ok] + rng.uniform(-0.2, 0.2, ok.sum()), s=6, alpha=0.4)
    b, a = np.polyfit(x[ok], y[ok], 1)
    xs = np.linspace(x[ok].min(), x[ok].max(), 50)
    ax.plot(xs, a + b * xs, color="C3")
    ax.set_xlabel(f"{top['factor']}" + (f" ({int(top['lag'])} days before)" if top["lag"] else ""))
    ax.set_ylabel("pain")
    ax.set_title(f"Pain against {top['factor']} (rho = {top['spearman']:.2f})")
    return png(fig)


def chart_boxes(days, baseline):
    groups = [("before any approach", baseline.to_numpy())]
    for name in pd.unique(days["approach"].dropna()):
        groups.append((name, days.loc[days["approach"] == name, "pain"].dropna().to_numpy()))
    fig, ax = plt.subplots(figsize=(9, 4))
    ax.boxplot([g for _, g in groups], labels=[n for n, _ in groups], showmeans=True)
    ax.set_ylabel("pain")
    ax.set_title("Pain by approach")
    ax.tick_params(axis="x", labelsize=7, rotation=20)
    return png(fig)


def chart_activities(at):
    t = at.dropna(subset=["difference"]).sort_values("difference")
    labels = [f"{a} ({w})" for a, w in zip(t["activity"], t["when"])]
    fig, ax = plt.subplots(figsize=(7, 0.25 * len(t) + 1))
    err = np.vstack([t["difference"] - t["ci_low"], t["ci_high"] - t["difference"]])
    colours = ["C3" if q < 0.05 else "0.6" for q in t["q"]]
    ax.errorbar(t["difference"], labels, xerr=err, fmt="none", ecolor="0.3", lw=0.8)
    ax.scatter(t["difference"], labels, c=colours, zorder=3)
    ax.axvline(0, color="k", lw=0.8)
    ax.set_xlabel("pain with minus without (95% CI, Welch); red: q < 0.05")
    ax.set_title("Activities and pain")
    return png(fig)


def chart_calendar(days):
    pain = days["pain"]
    years = sorted(set(pain.index.year))
    fig, axes = plt.subplots(len(years), 1, figsize=(11, 1.5 * len(years) + 0.5), squeeze=False)
    cmap = plt.get_cmap("YlOrRd").copy()
    cmap.set_bad("0.92")
    for ax, year in zip(axes[:, 0], years):
        p = pain[pain.index.year == year]
        full = pd.date_range(f"{year}-01-01", f"{year}-12-31")
        p = p.reindex(full)
        week = ((full.dayofyear - 1 + pd.Timestamp(f"{year}-01-01").dayofweek) // 7).to_numpy()
        grid = np.full((7, 54), np.nan)
        grid[full.dayofweek.to_numpy(), week] = p.to_numpy()
        im = ax.imshow(np.ma.masked_invalid(grid), aspect="auto", cmap=cmap, vmin=0, vmax=10)
        ax.set_yticks([0, 3, 6], ["Mon", "Thu", "Sun"], fontsize=7)
        ax.set_xticks([])
        ax.set_ylabel(str(year), rotation=0, ha="right", va="center")
    fig.colorbar(im, ax=axes[:, 0].tolist(), shrink=0.8, label="pain")
    axes[0, 0].set_title("Calendar of daily pain (grey: no entry)")
    return png(fig)


# ---------------------------------------------------------------------------------------------
# The page


def table_html(df, columns, floats="{:.3g}"):
    return df[columns].to_html(index=False, na_rep="", float_format=floats.format, border=0,
                               classes="t")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("diary")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--lags", default="0,1,2")
    ap.add_argument("--timings", action="store_true", help="print the time of each phase")
    args = ap.parse_args(argv)
    lags = [int(x) for x in args.lags.split(",")]
    phases = [("imports", time.perf_counter())]

    def phase(name):
        phases.append((name, time.perf_counter()))

    days, factors, activities, acc = read_diary(args.diary)
    phase("read and clean")
    ft = factor_table(days, factors, lags)
    at = activity_table(days, activities)
    # One false-discovery family over factors and activities, another over the approaches.
    q = bh(np.concatenate([ft["p"].to_numpy(float), at["p"].to_numpy(float)]))
    ft["q"], at["q"] = q[: len(ft)], q[len(ft):]
    apt, baseline = approach_table(days)
    tr = trend(days)
    phase("statistics")

    charts = [
        ("Trend", chart_trend(days, tr)),
        ("Factors", chart_factors(ft)),
        ("Top factor", chart_scatter(days, ft)),
        ("Approaches", chart_boxes(days, baseline) if len(apt) else None),
        ("Activities", chart_activities(at) if len(at) else None),
        ("Calendar", chart_calendar(days)),
    ]
    phase("charts")

    findings = []
    for r in ft[ft["q"] < 0.05].sort_values("p").itertuples():
        when = "the same day" if r.lag == 0 else f"{r.lag} day(s) later"
        findings.append(f"{r.factor}: rho = {r.spearman:.2f} with pain {when} "
                        f"(95% CI {r.ci_low:.2f} to {r.ci_high:.2f}, q = {r.q:.2g})")
    for r in at[at["q"] < 0.05].sort_values("p").itertuples():
        findings.append(f"{r.activity} ({r.when}): pain {r.mean_with:.1f} against "
                        f"{r.mean_without:.1f} (difference {r.difference:+.1f}, 95% CI "
                        f"{r.ci_low:.1f} to {r.ci_high:.1f})")
    if len(apt):
        for r in apt[apt["q"] < 0.05].itertuples():
            findings.append(f"{r.approach}: pain {r.mean:.1f} against {r.baseline_mean:.1f} "
                            f"before any approach ({r.difference:+.1f}, 95% CI {r.ci_low:.1f} "
                            f"to {r.ci_high:.1f})")

    e = html.escape
    pain_days = int(days["pain"].notna().sum())
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Pain diary report: {e(args.diary)}</title><style>",
        "body{font-family:sans-serif;max-width:1100px;margin:auto;padding:1em}",
        "table.t{border-collapse:collapse;font-size:13px}",
        "table.t td,table.t th{padding:2px 8px;border-bottom:1px solid #ddd;text-align:right}",
        "img{max-width:100%}</style></head><body>",
        f"<h1>Pain diary report</h1><p>{e(args.diary)}: {acc['records']} records, "
        f"{acc['kept']} days kept, {acc['merged']} merged, {acc['rejected']} rejected; "
        f"{acc['pain_out_of_range']} pain values out of 0-10 dropped. "
        f"{days.index[0].date()} to {days.index[-1].date()}, pain on {pain_days} days, "
        f"mean {days['pain'].mean():.2f} (sd {days['pain'].std():.2f}).</p>",
        "<h2>Findings (q &lt; 0.05)</h2><ul>",
        *[f"<li>{e(f)}</li>" for f in findings],
        "</ul>",
        "<h2>Trend</h2>",
        f"<p>Weekly means ({tr['weeks']} weeks): Theil-Sen slope {tr['slope']:+.4f} points a week "
        f"(95% CI {tr['ci_low']:+.4f} to {tr['ci_high']:+.4f}); Kendall tau {tr['tau']:.3f}, "
        f"p = {tr['p']:.3g}.</p>",
        "<h2>Factors</h2>",
        table_html(ft, ["factor", "lag", "n", "spearman", "pearson", "ci_low", "ci_high", "p",
                        "q"]),
        "<h2>Activities</h2>",
        table_html(at, ["activity", "when", "days_with", "days_without", "mean_with",
                        "mean_without", "difference", "ci_low", "ci_high", "p", "q"])
        if len(at) else "<p>No activities.</p>",
        "<h2>Approaches, against the days before any approach</h2>",
        table_html(apt, ["approach", "first", "last", "days", "mean", "baseline_days",
                         "baseline_mean", "difference", "ci_low", "ci_high", "p", "q"])
        if len(apt) else "<p>No approaches.</p>",
        "<h2>Charts</h2>",
    ]
    for title, b64 in charts:
        if b64:
            parts.append(f"<h3>{title}</h3><img alt='{title}' src='data:image/png;base64,{b64}'>")
    parts.append("<p><small>Naive p-values (independent days assumed); "
                 "Benjamini-Hochberg q-values. Not medical advice.</small></p></body></html>")
    with open(args.output, "w", encoding="utf-8") as f:
        f.write("\n".join(parts))
    phase("page")
    if args.timings:
        marks = [T0] + [t for _, t in phases]
        print("painstats_peer: " + ", ".join(
            f"{name} {1000 * (marks[i + 1] - marks[i]):.0f} ms"
            for i, (name, _) in enumerate(phases)), file=sys.stderr)
    print(f"painstats_peer: report written to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
