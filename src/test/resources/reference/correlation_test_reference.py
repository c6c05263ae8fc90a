"""An independent numpy implementation of CorrelationTest, for the end-to-end reference test.

Run with Debian's Python (scipy 1.10.1, numpy 1.24):
    /usr/bin/python3 src/test/resources/reference/correlation_test_reference.py
It follows the definitions in the javadoc of CorrelationTest, EffectiveSampleSize and
Autocorrelation, written from them rather than from the Java code.
"""
import numpy as np
import scipy.stats as ss

nan = np.nan
PAIN = np.array([nan, 6, 5, 5, 7, 8, 8, 6, 6, 6, 6, 5, 4, 3, 3, 3, 5, nan, nan, 6, 6, 5, 4, 7, 6,
                 7, 7, 8, 7, 5, 5, 5, 6, nan, 6, 6, 7, 6, 5, 6, 6, 6, 5, 5, 5, 4, 3, 4, 7, 7])
SLEEP = np.array([7.2, 7.5, 5.8, 7.1, 6.6, nan, 7.2, 7.2, 9.2, 9.2, 8.3, 8.0, 9.2, 9.9, 9.5, 9.0,
                  8.7, 7.9, nan, 7.2, 7.4, 6.1, 6.1, 5.9, 6.6, 7.9, 7.3, 6.1, 6.6, 7.0, 5.5, 3.4,
                  5.2, 5.7, 5.4, 6.9, 6.8, 6.6, 7.2, 7.3, 6.5, nan, 6.4, 6.4, 5.7, 7.4, 6.2, 6.0,
                  5.1, nan])


def correlation_test(x, y):
    both = ~np.isnan(x) & ~np.isnan(y)
    n = int(both.sum())
    rs, p_naive = ss.spearmanr(x[both], y[both])
    # span from first to last complete pair; ranks back at their days
    idx = np.flatnonzero(both)
    span = both[idx[0]: idx[-1] + 1]
    L = len(span)
    J = min(L // 5, L - 1)

    def ranks_on_days(v):
        out = np.full(L, nan)
        out[span] = ss.rankdata(v[both])
        return out

    lags = np.arange(1, J + 1)
    pairs = np.array([np.sum(span[j:] & span[:-j]) for j in lags])

    def acf(z):
        d = np.where(span, z - np.nanmean(z), 0.0)
        var = np.sum(d * d) / n
        rho_hat = np.array([np.sum(d[j:] * d[:-j]) / pairs[i] for i, j in enumerate(lags)]) / var
        return (L - lags) / L * rho_hat

    rx, ry = acf(ranks_on_days(x)), acf(ranks_on_days(y))
    w = pairs / n

    def bias_corrected(r):
        a = (1 + 2 * np.sum(w * r)) / (n - 2 * np.sum(w * (1 - r)))
        a = min(max(a, 0.0), 1.0)
        return r + a * (1 - r)

    keep = 0
    while keep < J and abs(rx[keep]) >= 1 / np.sqrt(n) and abs(ry[keep]) >= 1 / np.sqrt(n):
        keep += 1
    bx, by = bias_corrected(rx), bias_corrected(ry)
    inv = (1 + 2 * np.sum((w * bx * by)[:keep])) / n
    n_eff = n if inv <= 1 / n else min(max(1 / inv, 3), n)
    df = n_eff - 2
    t = rs * np.sqrt(df / (1 - rs * rs))
    p = 2 * ss.t.sf(abs(t), df)
    half = ss.norm.ppf(0.975) / np.sqrt(n_eff - 3)
    z = np.arctanh(rs)
    return dict(n=n, spearman=rs, pearson=ss.pearsonr(x[both], y[both])[0], p_naive=p_naive,
                truncation=keep, n_eff=n_eff, p=p, ci=(np.tanh(z - half), np.tanh(z + half)))


for key, value in correlation_test(PAIN, SLEEP).items():
    print(key, repr(value))
