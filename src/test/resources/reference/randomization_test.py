"""Reference p-values for RandomizationTestTest, computed independently of painstats.

Run with /usr/bin/python3 (3.11; only itertools and fractions). Enumerates every schedule the
design allows with itertools, applies the washout rule (the first W days of the first block and of
every block whose condition differs from the one before are left out), and counts the schedules
whose |mean(approach) - mean(other)| is at least the observed one.
"""
import itertools
from fractions import Fraction

def stat(y, blocks, block_days, washout):
    s1 = s0 = Fraction(0); n1 = n0 = 0
    for u, b in enumerate(blocks):
        cut = washout > 0 and (u == 0 or blocks[u] != blocks[u - 1])
        for d in range(block_days):
            v = y[u * block_days + d]
            if v is None or (cut and d < washout):
                continue
            if b:
                s1 += Fraction(v); n1 += 1
            else:
                s0 += Fraction(v); n0 += 1
    return s1 / n1 - s0 / n0

def pairs_p(y, observed, block_days, washout):
    pairs = len(observed) // 2
    t = abs(stat(y, observed, block_days, washout))
    all_ = []
    for bits in itertools.product([1, 0], repeat=pairs):
        all_.append([x for b in bits for x in (b, 1 - b)])
    hits = sum(1 for s in all_ if abs(stat(y, s, block_days, washout)) >= t)
    return stat(y, observed, block_days, washout), hits, len(all_)

def days_p(y, observed, max_run):
    n = len(y); k = sum(observed)
    t = abs(stat(y, observed, 1, 0))
    all_ = []
    for ones in itertools.combinations(range(n), k):
        s = [1 if i in ones else 0 for i in range(n)]
        runs = [len(list(g)) for _, g in itertools.groupby(s)]
        if max(runs) <= max_run:
            all_.append(s)
    hits = sum(1 for s in all_ if abs(stat(y, s, 1, 0)) >= t)
    return stat(y, observed, 1, 0), hits, len(all_)

# Example 1: 6 pairs of 2-day blocks, washout 1 day, one day missing (None).
y1 = [6, 5, 2, 1, 5, 6, 1, 0, 2, 1, 6, 7, 3, 3, 3, 3, 2, 4, 4, 3, 6, 6, 1, None]
obs1 = [0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 0, 1]
# Example 2: 12 days, 6 approach days, runs of at most 2.
y2 = [7, 6, 4, 5, 7, 3, 4, 6, 7, 3, 4, 6]
obs2 = [0, 0, 1, 1, 0, 1, 1, 0, 0, 1, 1, 0]

for name, r in (("pairs", pairs_p(y1, obs1, 2, 1)), ("days", days_p(y2, obs2, 2))):
    t, hits, total = r
    print(name, "statistic", float(t), t, "p", hits, "/", total, "=", hits / total)
