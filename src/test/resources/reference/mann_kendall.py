"""Reference values for MannKendallTest: the Hamed-Rao modified Mann-Kendall test.

pymannkendall is not installed; this reproduces the formulas of pymannkendall 1.4
hamed_rao_modification_test(x, alpha=0.05, lag=None) with numpy/scipy 1.10.1. One deliberate
difference: with NaN, the detrending uses the original positions of the values (pymannkendall
renumbers them 1..n after dropping NaN). Without NaN the two agree.

/usr/bin/python3 src/test/resources/reference/mann_kendall.py
"""
import os
import sys

import numpy as np
from scipy.stats import norm, rankdata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lcg import Lcg  # noqa: E402


def mk_score(x):
    n = len(x)
    return sum(int(np.sum(x[k + 1:] > x[k]) - np.sum(x[k + 1:] < x[k])) for k in range(n - 1))


def variance_s(x):
    n = len(x)
    _, tp = np.unique(x, return_counts=True)
    return (n * (n - 1) * (2 * n + 5) - np.sum(tp * (tp - 1) * (2 * tp + 5))) / 18


def acf(x, nlags):
    y = x - x.mean()
    n = len(x)
    acov = (np.correlate(y, y, "full") / n)[n - 1:]
    return acov[: nlags + 1] / acov[0]


def z_score(s, var_s):
    if s > 0:
        return (s - 1) / np.sqrt(var_s)
    if s == 0:
        return 0.0
    return (s + 1) / np.sqrt(var_s)


def sens_slope(y, pos):
    i, j = np.triu_indices(len(y), 1)
    return np.median((y[j] - y[i]) / (pos[j] - pos[i]))


def hamed_rao(series):
    series = np.asarray(series, dtype=float)
    keep = ~np.isnan(series)
    x = series[keep]
    pos = np.arange(len(series), dtype=float)[keep]
    n = len(x)
    s = mk_score(x)
    var_s = variance_s(x)
    tau = s / (0.5 * n * (n - 1))
    x_detrend = x - (pos + 1) * sens_slope(x, pos)  # pymannkendall: np.arange(1, n + 1) * slope
    ranks = rankdata(x_detrend)
    r = acf(ranks, n - 1)
    bound = norm.ppf(1 - 0.05 / 2) / np.sqrt(n)
    sni = 0.0
    for k in range(1, n):
        if not (-bound <= r[k] <= bound):
            sni += (n - k) * (n - k - 1) * (n - k - 2) * r[k]
    n_ns = 1 + (2 / (n * (n - 1) * (n - 2))) * sni
    var_c = var_s * n_ns
    z = z_score(s, var_c)
    p = 2 * norm.sf(abs(z))
    p_unc = 2 * norm.sf(abs(z_score(s, var_s)))
    return dict(n=n, s=s, tau=tau, var_s=var_s, var_c=var_c, z=z, p=p, p_uncorrected=p_unc)


def half_point_pain():
    """Seed 51, n = 150: y = round(2 (5 - 0.01 i + AR(1)(0.5, 1.2))) / 2 (half points, ties)."""
    g = Lcg(51)
    noise = g.ar1(150, 0.5, 1.2)
    return [round(2 * (5 - 0.01 * i + noise[i])) / 2 for i in range(150)]


def continuous_with_gaps():
    """Seed 52, n = 120: y = 0.02 i + AR(1)(0.7, 1.0), NaN where i % 10 == 6."""
    g = Lcg(52)
    noise = g.ar1(120, 0.7, 1.0)
    return [float("nan") if i % 10 == 6 else 0.02 * i + noise[i] for i in range(120)]


for name, series in [("half points", half_point_pain()), ("gaps", continuous_with_gaps())]:
    res = hamed_rao(series)
    print(name, {k: (v if isinstance(v, int) else repr(float(v))) for k, v in res.items()})
