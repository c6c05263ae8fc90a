"""Reference values for RollingMeanTest (pandas 1.5).

/usr/bin/python3 src/test/resources/reference/rolling_mean.py
"""
import math

import numpy as np
import pandas as pd

nan = float("nan")
y = [4, nan, 5, 6, nan, nan, nan, 3, 2, nan, 7, 8, 6, nan, 5, 4]
for w in (1, 4, 7):
    out = pd.Series(y, dtype=float).rolling(w, min_periods=math.ceil(w / 2)).mean()
    print(w, "[" + ", ".join("NAN" if np.isnan(v) else repr(v) for v in out) + "]")
