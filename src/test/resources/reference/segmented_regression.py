"""Reference values for SegmentedRegressionTest.

/usr/bin/python3 src/test/resources/reference/segmented_regression.py
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ar1_reml import fit, t_ci_p  # noqa: E402
from lcg import Lcg  # noqa: E402


def data():
    """Seed 31, days 0..109: baseline 0..44, days 45..49 in neither phase, phase 50..109.

    y = 6 - 0.01 day - 1.2 [day >= 50] + AR(1)(phi 0.6, sd 1.2); y NaN on days with day % 11 == 3.
    """
    gen = Lcg(31)
    n = 110
    noise = gen.ar1(n, 0.6, 1.2)
    y, t, phase = [], [], []
    for i in range(n):
        y.append(6 - 0.01 * i + (-1.2 if i >= 50 else 0.0) + noise[i])
        t.append(float(i))
        phase.append(0.0 if i < 45 else (float("nan") if i < 50 else 1.0))
        if i % 11 == 3:
            y[i] = float("nan")
    return np.array(y), np.array(t), np.array(phase)


y, t, phase = data()
keep = ~np.isnan(y) & ~np.isnan(phase)
yk, tk, d = y[keep], t[keep], phase[keep]
t0 = tk[d == 1].min()
s = tk - t0
X = np.column_stack([np.ones(len(yk)), s, d, s * d])
n = len(yk)
rho, res, _ = fit(yk, X, tk)
print("n", n, "nBefore", int((d == 0).sum()), "nDuring", int((d == 1).sum()))
print("meanBefore", repr(yk[d == 0].mean()), "meanDuring", repr(yk[d == 1].mean()))
print("rho", repr(rho))
for name, j in [("preSlope", 1), ("levelChange", 2), ("slopeChange", 3)]:
    b, se = res.params[j], res.bse[j]
    lo, hi, p = t_ci_p(b, se, n - 4)
    print(name, "value", repr(b), "se", repr(se), "ci", repr(lo), repr(hi), "p", repr(p))
    # statsmodels' own t-based p-value, same df (n - 4), as a cross-check of t_ci_p
    assert abs(res.pvalues[j] - p) <= 1e-12 * max(p, 1e-300) + 1e-15
