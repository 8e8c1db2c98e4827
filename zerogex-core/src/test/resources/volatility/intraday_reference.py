"""Reference values for IntradayRealizedVolatilityTest, derived independently of the Java code.

Run: python3 intraday_reference.py   (numpy for the seeded series, mpmath 1.3.0 at 40 digits for the
values: numpy's log(p2) - log(p1) loses about 1e-13 relative on 5-minute returns of 1e-3, more than
the tests' tolerance; output pasted into IntradayRealizedVolatilityTest)

Convention (DESIGN.md): zero-mean realized variance of the 5-minute log returns inside the
window, annualized per five-minute slot with 252 sessions x 78 slots:
    vol = sqrt(sum(r^2) * 252 * 78 / slots_covered)
where a return between samples k slots apart covers k slots. Grid: slot j = open + 5 min * j.

Series (prices at the grid points, rounded to cents, numpy default_rng seeds below):
- FULL_DAY: 2024-11-26 (Tuesday, full session 09:30-16:00 ET): 79 prices, slots 0..78.
- HALF_DAY: 2024-11-29 (day after Thanksgiving, early close 13:00 ET): 43 prices, slots 0..42.
"""
import mpmath as mp
import numpy as np

mp.mp.dps = 40

SLOTS_PER_YEAR = 252 * 78


def walk(seed, points, start, vol_per_slot):
    rng = np.random.default_rng(seed)
    path = start * np.exp(np.concatenate([[0.0], np.cumsum(rng.normal(0.0, vol_per_slot, points - 1))]))
    return np.round(path, 2)


def realized(prices_by_slot, first, last):
    """Zero-mean realized vol over the samples present in slots [first, last]; returns (vol, returns, covered)."""
    slots = sorted(j for j in prices_by_slot if first <= j <= last)
    # the doubles the test holds (the nearest doubles to the printed cents), taken exactly: the
    # decimal-to-binary rounding alone moves a 5-minute return by ~1e-13 relative, more than the
    # tolerance, and is not the code's error
    p = [mp.mpf(float("%.2f" % prices_by_slot[j])) for j in slots]
    r = [mp.log(p[i] / p[i - 1]) for i in range(1, len(p))]
    covered = slots[-1] - slots[0]
    return float(mp.sqrt(mp.fsum(x * x for x in r) * SLOTS_PER_YEAR / covered)), len(r), covered


FULL_DAY = walk(20241126, 79, 5987.37, 0.0008)
HALF_DAY = walk(20241129, 43, 6003.98, 0.0006)

if __name__ == "__main__":
    print("FULL_DAY = {%s};" % ", ".join("%.2f" % v for v in FULL_DAY))
    print("HALF_DAY = {%s};" % ", ".join("%.2f" % v for v in HALF_DAY))
    full = dict(enumerate(FULL_DAY))
    half = dict(enumerate(HALF_DAY))
    print("full day 1D (slots 0..78):", "%.17g %d %d" % realized(full, 0, 78))
    print("full day 1H (slots 66..78):", "%.17g %d %d" % realized(full, 66, 78))
    print("mid-session asOf 11:02:10 ET, 1D (slots 0..18):", "%.17g %d %d" % realized(full, 0, 18))
    print("mid-session asOf 11:02:10 ET, 1H (slots 6..18):", "%.17g %d %d" % realized(full, 6, 18))
    print("asOf 10:00 ET, 1H truncated (slots 0..6):", "%.17g %d %d" % realized(full, 0, 6))
    print("half day 1D (slots 0..42):", "%.17g %d %d" % realized(half, 0, 42))
    print("half day 1H (slots 30..42):", "%.17g %d %d" % realized(half, 30, 42))
    gappy = {j: v for j, v in full.items() if j not in (20, 21, 22, 70)}
    print("gaps at slots 20-22 and 70, 1D:", "%.17g %d %d" % realized(gappy, 0, 78))
    print("gaps at slots 20-22 and 70, 1H (slots 66..78):", "%.17g %d %d" % realized(gappy, 66, 78))
    # for comparison: the naive estimate that treats each return as one slot (what the gap handling avoids)
    slots = sorted(gappy)
    r = np.diff(np.log([gappy[j] for j in slots]))
    print("naive 1D with gaps (each return one slot): %.17g" % np.sqrt(np.sum(r ** 2) * SLOTS_PER_YEAR / len(r)))
