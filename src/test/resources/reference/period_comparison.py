# Reference values for PeriodComparisonTest and NoiseModelTest, computed independently with numpy
# and scipy from the formulas in the javadoc (not from the Java code).
# Run: /usr/bin/python3 src/test/resources/reference/period_comparison.py   (numpy 1.24, scipy 1.10.1)
import numpy as np
from scipy import stats

nan = float("nan")
y = np.array([5, 6, 7, 6, 5, nan, 6, 7, 8, 7, 4, 3, 4, nan, 3, 2, 3, 4, 3, 2], float)
g = np.array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], float)
sigma2 = 1.3
acf = np.array([1.0, 0.5, 0.25, 0.1])

rows = np.where(~np.isnan(y) & ~np.isnan(g))[0]
n1 = int((g[rows] == 1).sum()); n0 = int((g[rows] == 0).sum())
c = np.where(g[rows] == 1, 1.0 / n1, -1.0 / n0)
lag = np.abs(rows[:, None] - rows[None, :])
R = np.where(lag < len(acf), acf[np.minimum(lag, len(acf) - 1)], 0.0)
var = sigma2 * c @ R @ c
d = y[rows][g[rows] == 1].mean() - y[rows][g[rows] == 0].mean()
neff = min(n1 + n0, (n1 + n0) * (1 / n1 + 1 / n0) * sigma2 / var)
df = max(2, neff - 2)
se = np.sqrt(var)
q = stats.t.ppf(0.975, df)
p = 2 * stats.t.sf(abs(d / se), df)
print("PeriodComparison d=%r se=%r lo=%r hi=%r p=%r neff=%r" % (d, se, d - q * se, d + q * se, p, neff))

# NoiseModel: residuals of a series split in periods, Geyer window, fixed point gamma = c + Vbar.
r = np.array([0.5, 0.8, 0.2, -0.4, -0.9, nan, -0.3, 0.4, 0.6, -0.2, 0.1, -0.5, -0.7, 0.2, 0.9, 0.4, nan, -0.6, -0.3, 0.0, 0.3, 0.5, -0.1, -0.8], float)
per = ["a"] * 8 + ["b"] * 8 + ["c"] * 8
params = 1
ok = ~np.isnan(r)
n = int(ok.sum())
maxlag = max(1, min(len(r) - 2, n // 4))
rz = np.where(ok, r, 0.0)
cov = np.array([np.sum(rz[: len(r) - k] * rz[k:]) / n for k in range(maxlag + 1)])
cov[0] *= n / (n - params)
end = 1
if cov[1] > 0:
    end = 2
    m = 1
    while 2 * m + 1 < len(cov) and cov[2 * m] + cov[2 * m + 1] > 0:
        end = 2 * m + 2
        m += 1
blocks = {}
for t in range(len(r)):
    if ok[t]:
        blocks.setdefault(per[t], []).append(t)
gamma = cov[:end].copy()
for _ in range(50):
    total = 0.0
    for days in blocks.values():
        dd = np.array(days)
        L = np.abs(dd[:, None] - dd[None, :])
        G = np.where(L < end, gamma[np.minimum(L, end - 1)], 0.0)
        total += len(dd) * G.sum() / len(dd) ** 2
    gamma = cov[:end] + total / n
print("NoiseModel sigma2=%r acf=%r window=%d n=%d" % (gamma[0], list(gamma / gamma[0]), end, n))
