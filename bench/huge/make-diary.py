#!/usr/bin/env python3
"""Writes a large diary for the memory and report-size targets of issue 15 (not in the test suite).

usage: make-diary.py ROWS OUT.csv [ROWS_PER_DAY]

ROWS rows, ROWS_PER_DAY entries per day (an app logging several readings a day; default 4), with
sleep, stress, mood, activities, an approach, a note, and about 1% damaged cells (pain above 10,
text in a number column) so that the diary has issues to list. Seeded: the same file every time.
"""
import datetime
import random
import sys

rows = int(sys.argv[1])
out = sys.argv[2]
per_day = int(sys.argv[3]) if len(sys.argv) > 3 else 4
rng = random.Random(15)
start = datetime.date(2000, 1, 1)
approaches = ["", "McKenzie exercises", "Foundation Training", "Feldenkrais", "meditation"]
tags = ["walk", "yoga", "gym", "heavy lifting", "swim"]
with open(out, "w", newline="") as f:
    f.write("Date,Pain (0-10),Sleep hours,Stress,Mood,Activities,Approach,Notes\n")
    for i in range(rows):
        day = start + datetime.timedelta(days=i // per_day)
        pain = round(rng.uniform(0, 10), 1)
        if rng.random() < 0.005:
            pain = 12
        sleep = round(rng.uniform(4, 9), 1)
        stress = rng.randint(0, 10)
        mood = "bad" if rng.random() < 0.005 else rng.randint(0, 10)
        acts = ";".join(t for t in tags if rng.random() < 0.25)
        approach = approaches[(i // per_day // 200) % len(approaches)]
        note = rng.choice(["", "", "rainy day", "long drive", "slept badly, woke at 4"])
        f.write(f'{day.isoformat()},{pain},{sleep},{stress},{mood},{acts},{approach},"{note}"\n')
