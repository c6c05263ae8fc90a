"""Fixed series for Ar1TrendReferenceTest: prints CSV (t, y) of the days present.

Calendar days 0..139 (day 0 a Monday), about 10% missing; y = 0.01 t + weekday profile + AR(1)
noise phi 0.7. The Java test draws the same numbers with org.painstats.stats.Lcg. Run:
    /usr/bin/python3 src/test/resources/reference/trend_data.py > /tmp/trend.csv
    Rscript src/test/resources/reference/trend.R /tmp/trend.csv
"""
from lcg import Lcg

N = 140
r = Lcg(20261130)
e = r.ar1(N, 0.7, 1.0)
profile = [0.3, 0.0, -0.1, 0.2, 0.1, -0.6, 0.1]
print("t,y")
for t in range(N):
    present = r.uniform() < 0.9
    if present:
        print(f"{t},{0.01 * t + profile[t % 7] + e[t]!r}")
