"""Writes diary.csv: a simulated diary kept along plan.csv (painstats plan --approach "McKenzie
exercises" --blocks 16 --block-days 7 --washout-days 2 --start 2027-01-04 --seed 4711).

Pain is 5.5 plus AR(1) noise (phi 0.7, standard deviation 1.5), 2 points lower on McKenzie days,
rounded to halves within 0-10; two days do not follow the plan and one has no entry.
Run with /usr/bin/python3 from this folder (numpy's seeded generator).
"""
import csv
import numpy as np

rng = np.random.default_rng(13)
rows = list(csv.DictReader(open("plan.csv")))
a = rng.normal(0, 1.5)
with open("diary.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["date", "pain", "approach"])
    for i, r in enumerate(rows):
        if i > 0:
            a = 0.7 * a + rng.normal(0, 1.5 * np.sqrt(1 - 0.49))
        on = r["approach"] != ""
        pain = min(10, max(0, round((5.5 + a - (2 if on else 0)) * 2) / 2))
        approach = r["approach"]
        if i in (24, 61):  # a day off plan
            approach = "" if on else "McKenzie exercises"
        if i == 40:  # no entry that day
            continue
        w.writerow([r["date"], pain, approach])
