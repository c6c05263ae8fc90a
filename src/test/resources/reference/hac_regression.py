"""Reference values for HacRegressionTest (statsmodels 0.13.5).

/usr/bin/python3 src/test/resources/reference/hac_regression.py
"""
import os
import sys

import numpy as np
import statsmodels.api as sm

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lcg import Lcg  # noqa: E402


def data():
    """Seed 11, n = 120: y = 5 + 0.8 x1 - 1.0 x2 + AR(1) noise; NaN in y and x1 at fixed rows."""
    g = Lcg(11)
    n = 120
    x1 = g.ar1(n, 0.5, 1.0)
    x2 = [1.0 if g.uniform() < 0.3 else 0.0 for _ in range(n)]
    noise = g.ar1(n, 0.6, 1.0)
    y = [5 + 0.8 * x1[i] - 1.0 * x2[i] + noise[i] for i in range(n)]
    for i in range(n):
        if i % 17 == 5:
            y[i] = float("nan")
        if i % 23 == 7:
            x1[i] = float("nan")
    return np.array(y), np.array(x1), np.array(x2)


def show(name, res):
    print(name)
    print("  n", int(res.nobs), "rsquared", repr(res.rsquared))
    for label, v in [("params", res.params), ("bse", res.bse), ("tvalues", res.tvalues),
                     ("pvalues", res.pvalues)]:
        print("  %s [%s]" % (label, ", ".join(repr(float(a)) for a in v)))
    ci = res.conf_int(0.05)
    print("  ci_low [%s]" % ", ".join(repr(float(a)) for a in ci[:, 0]))
    print("  ci_high [%s]" % ", ".join(repr(float(a)) for a in ci[:, 1]))


y, x1, x2 = data()
X = np.column_stack([x1, x2])
keep = ~np.isnan(y) & ~np.isnan(x1)
n = int(keep.sum())
lag = int(np.floor(4 * (n / 100.0) ** (2.0 / 9.0)))
print("kept", n, "default lag", lag)
for maxlags in (lag, 7, 0):
    res = sm.OLS(y, sm.add_constant(X), missing="drop").fit(
        cov_type="HAC", cov_kwds={"maxlags": maxlags, "use_correction": True}, use_t=True)
    show("maxlags=%d" % maxlags, res)

# Standardized: z-score y and each predictor over the kept rows (ddof=1), then the same fit.
z = lambda a: (a - a.mean()) / a.std(ddof=1)  # noqa: E731
yk, Xk = y[keep], X[keep]
Z = np.column_stack([z(Xk[:, 0]), z(Xk[:, 1])])
res = sm.OLS(z(yk), sm.add_constant(Z)).fit(
    cov_type="HAC", cov_kwds={"maxlags": lag, "use_correction": True}, use_t=True)
show("standardized maxlags=%d" % lag, res)
