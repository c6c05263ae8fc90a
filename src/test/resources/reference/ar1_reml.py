"""Regression with AR(1) errors by REML, written independently of the Java code: dense matrices.

Cov(e_i, e_j) = sigma^2 rho^|t_i - t_j| / (1 - rho^2), 0 <= rho <= 0.99 (nlme corCAR1 in days).
REML criterion with sigma^2 profiled out (Harville 1974):
    l(rho) = -1/2 [log det S + log det(X' S^-1 X) + (n - k) log(RSS_S / (n - k))]
where S = Sigma / sigma^2 and RSS_S = r' S^-1 r for the GLS residuals r.
"""
import numpy as np
import statsmodels.api as sm
from scipy import optimize, stats


def sigma(t, rho):
    d = np.abs(np.subtract.outer(t, t))
    return rho ** d / (1 - rho ** 2)


def reml(rho, y, X, t):
    n, k = X.shape
    S = sigma(t, rho)
    Si = np.linalg.inv(S)
    A = X.T @ Si @ X
    b = np.linalg.solve(A, X.T @ Si @ y)
    r = y - X @ b
    rss = r @ Si @ r
    return -0.5 * (np.linalg.slogdet(S)[1] + np.linalg.slogdet(A)[1] + (n - k) * np.log(rss / (n - k)))


def fit(y, X, t):
    """Returns rho, the statsmodels GLS result given rho, and Sigma/sigma^2."""
    grid = np.linspace(0, 0.99, 991)
    vals = [reml(r, y, X, t) for r in grid]
    i = int(np.argmax(vals))
    lo, hi = grid[max(i - 1, 0)], grid[min(i + 1, len(grid) - 1)]
    rho = optimize.minimize_scalar(lambda r: -reml(r, y, X, t), bounds=(lo, hi), method="bounded",
                                   options={"xatol": 1e-12}).x
    S = sigma(t, rho)
    res = sm.GLS(y, X, sigma=S).fit()
    return rho, res, S


def t_ci_p(value, se, df):
    q = stats.t.ppf(0.975, df)
    return value - q * se, value + q * se, 2 * stats.t.sf(abs(value / se), df)
