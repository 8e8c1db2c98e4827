"""Independent derivation of ZeroGEX's default-mode gamma profile and zero gamma on the SPX
2024-01-05 Cboe chain (spx_quotedata.csv, spot 4697.2402, downloaded 2024-01-07 10:52 EST).

Conventions (DESIGN.md, production default), written here without any ZeroGEX code:
  * weight = open interest, multiplier 100, dealer sign calls +1 / puts -1;
  * time = calendar seconds from the as-of instant (2024-01-07 10:52 America/New_York) to the
    settlement instant (SPX root: 09:30 ET on expiration day, AM-settled; SPXW: 16:00 ET),
    divided by 365 * 86400, floored at 60 seconds; contracts past settlement contribute zero;
  * model gamma at the hypothetical spot L with the file's IV (sticky strike), r = q = 0;
    contracts with OI 0 contribute zero; a contract with IV 0 (unknown) either contributes zero
    (ExposureConfig.withSolveMissingVolatility(false)) or, in the default, takes the volatility
    solved (scipy brentq on the Black-Scholes price) from its mid price when it has a bid > 0 and
    an ask > 0 with bid <= ask and the mid lies strictly inside the no-arbitrage bounds
    (intrinsic, S for a call / K for a put); otherwise it contributes zero;
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


def bs_price(call, s, k, t, v):
    sd = v * np.sqrt(t)
    d1 = np.log(s / k) / sd + sd / 2
    c = s * norm.cdf(d1) - k * norm.cdf(d1 - sd)
    return c if call else c - s + k


def solve_mid(call, bid, ask, k, t):
    if not (bid > 0 and ask > 0 and bid <= ask):
        return 0.0
    mid = 0.5 * (bid + ask)
    lower = max(SPOT - k, 0.0) if call else max(k - SPOT, 0.0)
    upper = SPOT if call else k
    if not (lower < mid < upper):
        return 0.0
    f = lambda v: bs_price(call, SPOT, k, t, v) - mid
    lo, hi = 1e-8, 50.0
    if f(lo) >= 0 or f(hi) <= 0:
        return 0.0
    return brentq(f, lo, hi, xtol=1e-15, rtol=1e-15, maxiter=500)


def load(path, solve):
    rows = []
    with open(path, newline="") as f:
        lines = f.readlines()[3:]
    reader = csv.reader(lines[1:])
    for r in reader:
        exp = datetime.strptime(r[0], "%a %b %d %Y")
        strike = float(r[11])
        for symbol, iv, oi, sign, bid, ask in (
                (r[1], float(r[7]), int(r[10]), 1.0, float(r[4]), float(r[5])),
                (r[12], float(r[18]), int(r[21]), -1.0, float(r[15]), float(r[16]))):
            root = symbol[: len(symbol) - 15]
            hour, minute = (9, 30) if root == "SPX" else (16, 0)
            settle = datetime(exp.year, exp.month, exp.day, hour, minute, tzinfo=NY)
            # timestamp() honours each instant's own UTC offset (EST or EDT); subtracting two aware
            # datetimes that share one tzinfo object would compare wall clocks instead
            seconds = settle.timestamp() - AS_OF.timestamp()
            if seconds <= 0 or oi <= 0:
                continue
            years = max(seconds, 60.0) / (365 * 86400)
            if iv <= 0 and solve:
                iv = solve_mid(sign > 0, bid, ask, strike, years)
            if iv <= 0:
                continue
            rows.append((strike, years, iv, sign * oi * 100))
    return np.array(rows)


def profile(data, level):
    k, t, v, w = data.T
    sd = v * np.sqrt(t)
    d1 = (np.log(level / k) + 0.5 * v * v * t) / sd
    gamma = norm.pdf(d1) / (level * sd)
    return float(np.sum(w * gamma) * level * level * 0.01)


def main():
    for solve in (True, False):
        print("solve missing volatility from mid:", solve)
        report(load(sys.argv[1], solve))


def report(data):
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
