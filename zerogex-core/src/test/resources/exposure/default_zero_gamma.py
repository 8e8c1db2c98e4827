"""Independent derivation of ZeroGEX's default-mode gamma profile and zero gamma on the SPX
2024-01-05 Cboe chain (spx_quotedata.csv, spot 4697.2402, downloaded 2024-01-07 10:52 EST).

Conventions (DESIGN.md, production default), written here without any ZeroGEX code:
  * weight = open interest, multiplier 100, dealer sign calls +1 / puts -1;
  * time = calendar seconds from the as-of instant (2024-01-07 10:52 America/New_York) to the
    settlement instant (SPX root: 09:30 ET on expiration day, AM-settled; SPXW: 16:00 ET),
    divided by 365 * 86400, floored at 60 seconds; contracts past settlement contribute zero;
  * model gamma at the hypothetical spot L with the file's IV (sticky strike), r = q = 0;
    contracts with IV 0 (unknown) or OI 0 contribute zero;
  * profile(L) = sum sign * OI * 100 * L^2 * 0.01 * gamma(L) (dollars per 1% move);
  * grid L = S * (0.8 + 0.005 k), k = 0..80; each sign change refined with scipy brentq to
    1e-9 points; the crossing nearest spot is the zero-gamma level.
Run: python3 default_zero_gamma.py path/to/spx_quotedata.csv
"""
import csv
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np
from scipy.optimize import brentq
from scipy.stats import norm

NY = ZoneInfo("America/New_York")
SPOT = 4697.2402
AS_OF = datetime(2024, 1, 7, 10, 52, tzinfo=NY)


def load(path):
    rows = []
    with open(path, newline="") as f:
        lines = f.readlines()[3:]
    reader = csv.reader(lines[1:])
    for r in reader:
        exp = datetime.strptime(r[0], "%a %b %d %Y")
        strike = float(r[11])
        for symbol, iv, oi, sign in ((r[1], float(r[7]), int(r[10]), 1.0),
                                     (r[12], float(r[18]), int(r[21]), -1.0)):
            root = symbol[: len(symbol) - 15]
            hour, minute = (9, 30) if root == "SPX" else (16, 0)
            settle = datetime(exp.year, exp.month, exp.day, hour, minute, tzinfo=NY)
            seconds = (settle - AS_OF).total_seconds()
            if seconds <= 0 or iv <= 0 or oi <= 0:
                continue
            years = max(seconds, 60.0) / (365 * 86400)
            rows.append((strike, years, iv, sign * oi * 100))
    return np.array(rows)


def profile(data, level):
    k, t, v, w = data.T
    sd = v * np.sqrt(t)
    d1 = (np.log(level / k) + 0.5 * v * v * t) / sd
    gamma = norm.pdf(d1) / (level * sd)
    return float(np.sum(w * gamma) * level * level * 0.01)


def main():
    data = load(sys.argv[1])
    grid = SPOT * (0.8 + 0.005 * np.arange(81))
    values = [profile(data, x) for x in grid]
    roots = []
    for i in range(80):
        if values[i] * values[i + 1] < 0:
            roots.append(brentq(lambda x: profile(data, x), grid[i], grid[i + 1], xtol=1e-9))
    print("contracts in profile", len(data))
    print("grid min %.6e max %.6e" % (min(values), max(values)))
    print("profile at spot %.6e" % profile(data, SPOT))
    print("crossings", ["%.4f" % x for x in roots])
    print("zero gamma nearest spot %.4f" % min(roots, key=lambda x: abs(x - SPOT)))


if __name__ == "__main__":
    main()
