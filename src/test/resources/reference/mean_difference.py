"""Reference values for MeanDifferenceTest.

/usr/bin/python3 src/test/resources/reference/mean_difference.py
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ar1_reml import fit, t_ci_p  # noqa: E402
from lcg import Lcg  # noqa: E402


def data():
    """Seed 21, n = 200: a persistent 0/1 activity (stays with prob 0.8), y = 4 + 0.7 g + AR(1)."""
    gen = Lcg(21)
    n = 200
    g = [1.0 if gen.uniform() < 0.5 else 0.0]
    for i in range(1, n):
        g.append(g[-1] if gen.uniform() < 0.8 else 1.0 - g[-1])
    noise = gen.ar1(n, 0.6, 1.0)
    y = [4 + 0.7 * g[i] + noise[i] for i in range(n)]
    for i in range(n):
        if i % 13 == 4:
            y[i] = float("nan")
        if i % 31 == 10:
            g[i] = float("nan")
    return np.array(y), np.array(g)


y, g = data()
keep = ~np.isnan(y) & ~np.isnan(g)
t = np.arange(len(y), dtype=float)[keep]
yk, gk = y[keep], g[keep]
n = len(yk)
X = np.column_stack([np.ones(n), gk])
rho, gls, S = fit(yk, X, t)
sigma2 = gls.scale
XtXi = np.linalg.inv(X.T @ X)
b = XtXi @ X.T @ yk
V = sigma2 * XtXi @ X.T @ S @ X @ XtXi
se = np.sqrt(V[1, 1])
lo, hi, p = t_ci_p(b[1], se, n - 2)
print("n", n, "nWith", int(gk.sum()), "nWithout", int(n - gk.sum()))
print("meanWith", repr(yk[gk == 1].mean()), "meanWithout", repr(yk[gk == 0].mean()))
print("difference (OLS slope)", repr(b[1]))
print("rho", repr(rho))
print("se", repr(se), "ci", repr(lo), repr(hi), "p", repr(p))
