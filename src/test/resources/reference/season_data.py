"""Fixed series for Ar1SeasonReferenceTest: prints CSV (t, y) of the days present.

Calendar days 0..419 (day 0 a Monday), about 10% missing; y = 0.002 t + weekday profile + a yearly
triangle wave of height 2 (its top near day 142) + AR(1) noise phi 0.6. Only additions,
multiplications, divisions and floor, so that the Java test draws the same numbers with
org.painstats.stats.Lcg. Run:
    /usr/bin/python3 src/test/resources/reference/season_data.py > /tmp/season.csv
    Rscript src/test/resources/reference/season.R /tmp/season.csv
"""
import math

from lcg import Lcg

N = 420
r = Lcg(20261201)
e = r.ar1(N, 0.6, 1.0)
profile = [0.3, 0.0, -0.1, 0.2, 0.1, -0.6, 0.1]


def season(t):
    x = (t + 40) / 365.25
    return 2.0 * (1 - 4 * abs(x - math.floor(x) - 0.5))


print("t,y")
for t in range(N):
    present = r.uniform() < 0.9
    if present:
        print(f"{t},{0.002 * t + profile[t % 7] + season(t) + e[t]!r}")
