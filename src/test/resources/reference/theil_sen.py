"""Reference values for TheilSenTest (scipy 1.10.1).

/usr/bin/python3 src/test/resources/reference/theil_sen.py
"""
import os
import sys

import numpy as np
from scipy import stats

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lcg import Lcg  # noqa: E402


def integer_pain():
    """Seed 41, n = 60: y = round(5 + 0.03 i + 1.5 normal) (ties), NaN where i % 9 == 2."""
    g = Lcg(41)
    y = []
    for i in range(60):
        v = float(round(5 + 0.03 * i + 1.5 * g.normal()))
        y.append(float("nan") if i % 9 == 2 else v)
    return np.array(y)


def tied_x():
    """Seed 42, n = 40: x = floor(i / 3) (ties in x), y = 2 - 0.2 x + normal."""
    g = Lcg(42)
    x = np.array([float(i // 3) for i in range(40)])
    y = np.array([2 - 0.2 * x[i] + g.normal() for i in range(40)])
    return y, x


y = integer_pain()
keep = ~np.isnan(y)
pos = np.arange(len(y), dtype=float)
r = stats.theilslopes(y[keep], pos[keep], alpha=0.95)
print("integer pain: n", int(keep.sum()), [repr(float(v)) for v in r])
y2, x2 = tied_x()
r2 = stats.theilslopes(y2, x2, alpha=0.95)
print("tied x:", [repr(float(v)) for v in r2])
