"""Reference values for the org.painstats.stats tests.

Run with Debian's Python (scipy 1.10.1, statsmodels 0.13.5, numpy 1.24):
    /usr/bin/python3 src/test/resources/reference/stats_reference.py
Each section prints the literals that the Java test of the same name compares against.
"""
import numpy as np
import scipy.stats as ss
from statsmodels.tsa.stattools import acf
from statsmodels.stats.multitest import multipletests

nan = np.nan
np.set_printoptions(precision=17)


def show(label, *values):
    flat = np.concatenate([np.ravel(v) for v in values])
    print(label, ", ".join(repr(float(v)) for v in flat))


# --- CorrelationTest: Pearson, Spearman with ties and NaN, naive p-value ----------------------
X = np.array([3, 5, 5, nan, 2, 8, 7, 7, 7, 1, 4, 6, 9, 2, 5])
Y = np.array([2, 4, 6, 5, 1, 9, nan, 6, 8, 2, 3, 3, 7, 2, 4])
both = ~np.isnan(X) & ~np.isnan(Y)
x, y = X[both], Y[both]
print("n", both.sum())
show("pearsonr", *ss.pearsonr(x, y))
show("spearmanr", *ss.spearmanr(x, y))

# --- Autocorrelation vs statsmodels -------------------------------------------------------------
A = np.array([4, 5, 7, 6, 6, 8, 9, 7, 5, 4, 4, 3, 5, 6, 8, 8, 7, 9, 10, 8,
              6, 5, 5, 4, 6, 7, 7, 8, 6, 5], dtype=float)
show("acf complete", acf(A, nlags=6, adjusted=False, fft=False))
B = A.copy()
B[[3, 4, 11, 20]] = nan
k = np.arange(7)
gappy = acf(B, nlags=6, adjusted=True, fft=False, missing="conservative") * (len(B) - k) / len(B)
show("acf gaps", gappy)

# --- Student t tail --------------------------------------------------------------------------
for t, df in [(2.1, 7), (0.3, 2.5), (-4.0, 13.7), (9.0, 200)]:
    show("t sf two-sided %r %r" % (t, df), 2 * ss.t.sf(abs(t), df))

# --- Effective sample size: hand example ---------------------------------------------------------
n = 10
rx = np.array([1.0, 0.6, 0.3, 0.1])
ry = np.array([1.0, 0.5, 0.2, -0.1])
j = np.arange(1, 4)
pairs = n - j
inv = 1 / n + (2 / n) * np.sum(pairs / n * rx[1:] * ry[1:])
show("pyper-peterman N*", 1 / inv)
w = pairs / n
a = (1 + 2 * np.sum(w * rx[1:])) / (n - 2 * np.sum(w * (1 - rx[1:])))
show("mean-bias a, corrected", a, rx + a * (1 - rx))

# --- Benjamini-Hochberg -------------------------------------------------------------------------
P = np.array([0.01, nan, 0.04, 0.03, 0.20, 0.04, 0.9, 0.001, nan, 0.049])
ok = ~np.isnan(P)
q = np.full(len(P), nan)
q[ok] = multipletests(P[ok], method="fdr_bh")[1]
show("bh", q)
