#!/usr/bin/env python3
"""Writes a Flaredown research export of the real size (8 million rows, about 700 MB) with the
real layout: rows grouped by user, not sorted by date, one row per trackable per check-in.
Seeded, so the same file every time. Usage: generate.py OUT.csv [ROWS]. The user whose diary the
benchmark reads is printed (about 6,000 rows, like the richest real user)."""
import random
import sys

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 8_000_000
rng = random.Random(20261129)
alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
conditions = ["Back pain", "Joint pain", "Fibromyalgia", "Migraine", "Ulcerative colitis",
              "Depression", "Anxiety", "Chronic fatigue syndrome"]
symptoms = ["Headache", "Fatigue", "Nausea", "Neck pain", "Brain fog", "Insomnia", "Muscle pain"]
treatments = [("Naproxen", "500.0 mg"), ("Ibuprofen", "400.0 mg"), ("Amitriptyline", "10.0 mg"),
              ("Vitamin D", "2 x 1000.0 IU")]
tags = ["stress", "walked", "rain", "period", "bad sleep", "worked late", "yoga"]


def user_id():
    return "QEVuQwEA" + "".join(rng.choice(alphabet) for _ in range(22)) + "=="


target = None
written = 0
with open(out, "w", newline="") as f:
    f.write("user_id,age,sex,country,checkin_date,trackable_id,trackable_type,trackable_name,"
            "trackable_value\n")
    while written < rows:
        uid = user_id()
        n = min(rows - written, 6000 if target is None and written > rows // 2 else
                int(rng.expovariate(1 / 4700)) + 1)
        if target is None and n == 6000:
            target = uid
        age = str(rng.choice([0, 25, 31, 44, 52, ""]))
        sex = rng.choice(["female", "male", "other", "doesnt_say", ""])
        country = rng.choice(["US", "GB", "DE", "CA", ""])
        mine_c = rng.sample(conditions, 2)
        mine_s = rng.sample(symptoms, 3)
        days = [f"{2015 + d // 365}-{(d % 365) // 31 + 1:02d}-{(d % 365) % 28 + 1:02d}"
                for d in rng.sample(range(900), 300)]
        k = 0
        while k < n:
            day = days[k % len(days)]
            for kind, name, value in (
                    [("Condition", c, str(rng.randint(0, 4))) for c in mine_c]
                    + [("Symptom", s, str(rng.randint(0, 4))) for s in mine_s]
                    + [("Treatment",) + rng.choice(treatments)]
                    + [("Tag", rng.choice(tags), "")]):
                if k >= n:
                    break
                q = '"' + name + '"' if "," in name else name
                f.write(f"{uid},{age},{sex},{country},{day},{k % 5000},{kind},{q},{value}\n")
                k += 1
        written += n
print(target)
