"""Deterministic test data shared with the Java tests (org.painstats.stats.Lcg).

Only integer arithmetic, IEEE additions and multiplications are used, so Java and Python
produce bit-identical numbers. Run the reference scripts with Debian's Python:
    /usr/bin/python3 src/test/resources/reference/<script>.py
(numpy, scipy 1.10.1, statsmodels 0.13.5, pandas 1.5).
"""

MASK = (1 << 64) - 1


class Lcg:
    """Knuth's MMIX LCG: state = state * 6364136223846793005 + 1442695040888963407 mod 2^64."""

    def __init__(self, seed):
        self.state = seed & MASK

    def uniform(self):
        """The top 53 bits of the next state, in [0, 1)."""
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & MASK
        return (self.state >> 11) * (1.0 / 9007199254740992.0)

    def normal(self):
        """Approximately standard normal: the sum of 12 uniforms minus 6 (Irwin-Hall)."""
        s = 0.0
        for _ in range(12):
            s += self.uniform()
        return s - 6.0

    def ar1(self, n, phi, sd):
        """An AR(1) series y_i = phi y_{i-1} + e_i, e_i = sd * normal(), y_0 = e_0."""
        y = []
        prev = 0.0
        for _ in range(n):
            prev = phi * prev + sd * self.normal()
            y.append(prev)
        return y
