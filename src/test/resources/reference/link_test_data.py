"""Fixed series for LinkTestReferenceTest: prints CSV (t, y, x) of the days present.

Calendar days 0..149 (day 0 a Monday), about 15% missing; x is AR(1) phi 0.4; y has a weekday
rhythm, a drift, AR(1) noise phi 0.6 and 0.3 x the day before. The Java test draws the same
numbers with org.painstats.stats.Lcg. Run:
    /usr/bin/python3 src/test/resources/reference/link_test_data.py > /tmp/link.csv
    Rscript src/test/resources/reference/link_test.R /tmp/link.csv
"""
from lcg import Lcg

N = 150
r = Lcg(20261129)
x = r.ar1(N, 0.4, 1.0)
e = r.ar1(N, 0.6, 1.0)
profile = [0.4, 0.1, 0.0, -0.2, 0.3, -0.9, 0.3]
print("t,y,x")
for t in range(N):
    present = r.uniform() < 0.85
    y = profile[t % 7] + 1.5 * t / N + e[t] + (0.3 * x[t - 1] if t > 0 else 0.0)
    if present:
        print(f"{t},{y!r},{x[t]!r}")
