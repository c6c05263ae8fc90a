"""Reference for MelatoninTrialTest: the randomization p-value of nof1kit's melatonin trial.

Reads ../shared/realdata/nof1_melatonin (not part of the project; run from the project folder with
/usr/bin/python3, pandas and numpy). The outcome of a date is the mean mood of its prompts (as the
diary merges them); study day k of the schedule is 2026-02-18 + (k - 1) days. The reference set is
every schedule of 70 days with the schedule's 35 melatonin days and no run longer than its longest
(2), sampled uniformly here by an independent counting recursion; p is the share of 400,000 draws
whose |mean(melatonin) - mean(control)| is at least the observed one.
"""
import datetime
import functools
import json
import random

import pandas as pd

DIR = "../shared/realdata/nof1_melatonin/"
sched = json.load(open(DIR + "melatonin_schedule.json"))
s = [sched[str(k)] for k in range(1, len(sched) + 1)]
ema = pd.read_csv(DIR + "melatonin_ema.csv")
daily = ema.groupby("date")["mood"].mean()
start = datetime.date(2026, 2, 18)
y = [daily.get(str(start + datetime.timedelta(days=k))) for k in range(len(s))]
n, ones = len(s), sum(s)
runs = [len(list(g)) for _, g in __import__("itertools").groupby(s)]
R = max(runs)

def stat(x):
    a = [v for v, b in zip(y, x) if b == 1 and v is not None]
    c = [v for v, b in zip(y, x) if b == 0 and v is not None]
    return sum(a) / len(a) - sum(c) / len(c)

@functools.lru_cache(maxsize=None)
def count(i, k, last, run):
    """Completions from position i with k ones placed, after a run of `run` of `last`."""
    if i == n:
        return 1 if k == ones else 0
    total = 0
    for v in (0, 1):
        if v == 1 and k == ones:
            continue
        if v == 0 and (i - k) == n - ones:
            continue
        r = run + 1 if v == last else 1
        if r > R:
            continue
        total += count(i + 1, k + v, v, r)
    return total

def draw(rng):
    x, k, last, run = [], 0, -1, 0
    for i in range(n):
        w = []
        for v in (0, 1):
            ok = not (v == 1 and k == ones) and not (v == 0 and (i - k) == n - ones)
            r = run + 1 if v == last else 1
            w.append(count(i + 1, k + v, v, r) if ok and r <= R else 0)
        v = 1 if rng.random() * (w[0] + w[1]) >= w[0] else 0
        run = run + 1 if v == last else 1
        last, k = v, k + v
        x.append(v)
    return x

t = stat(s)
rng = random.Random(20261129)
m = 400_000
hits = sum(1 for _ in range(m) if abs(stat(draw(rng))) >= abs(t) - 1e-9)
print("schedules", count(0, 0, -1, 0), "max run", R, "statistic", t, "p", hits / m, "draws", m)
