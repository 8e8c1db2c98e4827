"""Reference values for RealizedVolatilityTest, derived independently of the Java code with numpy.

Run: python3 estimators_reference.py   (numpy generates the seeded series; the values are computed in
mpmath 1.3.0 at 40 digits on the decimal prices; output pasted into RealizedVolatilityTest)

Data sets
- SEEDED: 30 daily OHLC bars generated below (numpy default_rng(20240105)): overnight gap, then a
  78-step intraday random walk; open/high/low/close are the first/max/min/last of the walk, rounded
  to cents (rounding is monotone, so high >= open, close >= low still holds).
- AAPL: the 20 daily bars of AAPL for February 2024 as returned by Tradier's /markets/history
  (recorded response, shared/reference/broker/tradier/recorded-openbb/history_AAPL_daily_2024-02.json).

Formulas (papers): Parkinson (1980), Garman-Klass (1980) practical form, Rogers-Satchell (1991),
Garman-Klass with the overnight term, Yang-Zhang (2000). The last two (and close-to-close) treat
bar 0 as the leading bar: the window is bars 1..N-1. Parkinson, GK and RS use every bar.
"""
import mpmath as mp
import numpy as np

mp.mp.dps = 40

PPY = 252


def seeded():
    rng = np.random.default_rng(20240105)
    prev_close = 4700.0
    rows = []
    for _ in range(30):
        o = prev_close * np.exp(rng.normal(0.0, 0.004))
        path = o * np.exp(np.cumsum(np.concatenate([[0.0], rng.normal(0.0002 / 78, 0.011 / np.sqrt(78), 78)])))
        rows.append([round(o, 2), round(path.max(), 2), round(path.min(), 2), round(path[-1], 2)])
        prev_close = rows[-1][3]
    return np.array(rows)


AAPL = np.array([
    [183.985, 186.95, 183.82, 186.86], [179.86, 187.33, 179.25, 185.85], [188.15, 189.25, 185.84, 187.68],
    [186.86, 189.31, 186.7695, 189.3], [190.64, 191.05, 188.61, 189.41], [189.385, 189.535, 187.35, 188.32],
    [188.65, 189.99, 188.0, 188.85], [188.415, 188.67, 186.79, 187.15], [185.77, 186.21, 183.5128, 185.04],
    [185.32, 185.53, 182.44, 184.15], [183.55, 184.49, 181.35, 183.86], [183.42, 184.85, 181.665, 182.31],
    [181.79, 182.43, 180.0, 181.56], [181.94, 182.8888, 180.66, 182.32], [183.48, 184.955, 182.46, 184.37],
    [185.01, 185.04, 182.23, 182.52], [182.24, 182.76, 180.65, 181.16], [181.1, 183.9225, 179.56, 182.63],
    [182.51, 183.12, 180.13, 181.42], [181.27, 182.57, 179.53, 180.75]])


def estimators(rows):
    """Every estimator over rows of {open, high, low, close}, in mpmath at 40 digits on the doubles
    nearest the printed prices (as the test holds them) (numpy's log(a) - log(b) would lose ~1e-14 relative on small returns)."""
    b = [[mp.mpf(float("%.4f" % v)) for v in row] for row in rows]   # the test's doubles, exactly
    O = [mp.log(r[0]) for r in b]
    H = [mp.log(r[1]) for r in b]
    L = [mp.log(r[2]) for r in b]
    C = [mp.log(r[3]) for r in b]
    N = len(b)
    n = N - 1                                             # window after the leading bar 0
    r = [C[i] - C[i - 1] for i in range(1, N)]            # close-to-close
    o = [O[i] - C[i - 1] for i in range(1, N)]            # overnight
    c = [C[i] - O[i] for i in range(1, N)]                # open to close
    rs = [(H[i] - C[i]) * (H[i] - O[i]) + (L[i] - C[i]) * (L[i] - O[i]) for i in range(N)]
    gk = [mp.mpf(1) / 2 * (H[i] - L[i]) ** 2 - (2 * mp.log(2) - 1) * (C[i] - O[i]) ** 2 for i in range(N)]
    k = mp.mpf("0.34") / (mp.mpf("1.34") + mp.mpf(n + 1) / (n - 1))
    out = {
        "closeToClose": PPY * svar(r),
        "closeToCloseZeroMean": PPY * mean([x * x for x in r]),
        "parkinson": PPY * mean([(H[i] - L[i]) ** 2 for i in range(N)]) / (4 * mp.log(2)),
        "garmanKlass": PPY * mean(gk),
        "rogersSatchell": PPY * mean(rs),
        "garmanKlassYangZhang": PPY * mean([o[i] ** 2 + gk[i + 1] for i in range(n)]),
        "yangZhang": PPY * (svar(o) + k * svar(c) + (1 - k) * mean(rs[1:])),
    }
    return {key: float(mp.sqrt(v)) for key, v in out.items()}


def mean(x):
    return mp.fsum(x) / len(x)


def svar(x):
    m = mean(x)
    return mp.fsum((v - m) ** 2 for v in x) / (len(x) - 1)


def numpy_check(rows):
    """The same estimators in plain float64 numpy, as a second derivation (agrees to ~1e-14)."""
    O, H, L, C = (np.log(rows[:, k]) for k in range(4))
    r, o, c = np.diff(C), O[1:] - C[:-1], C[1:] - O[1:]
    rs = (H - C) * (H - O) + (L - C) * (L - O)
    n = len(rows) - 1
    k = 0.34 / (1.34 + (n + 1) / (n - 1))
    return np.sqrt(PPY * (np.var(o, ddof=1) + k * np.var(c, ddof=1) + (1 - k) * np.mean(rs[1:])))


def rolling_yang_zhang(b, window):
    return [estimators(b[end - window:end + 1])["yangZhang"] for end in range(window, len(b))]


if __name__ == "__main__":
    s = seeded()
    print("// SEEDED bars {open, high, low, close}")
    for row in s:
        print("      {%s}," % ", ".join("%.2f" % v for v in row))
    for name, data in (("SEEDED", s), ("AAPL", AAPL)):
        print("// %s, periodsPerYear 252" % name)
        values = estimators(data)
        for key, value in values.items():
            print("  %s %.17g" % (key, value))
        assert abs(numpy_check(data) - values["yangZhang"]) < 1e-13
    print("// AAPL rolling Yang-Zhang, window 10 (one leading bar), aligned to the window's last bar 10..19")
    print("  " + ", ".join("%.17g" % v for v in rolling_yang_zhang(AAPL, 10)))
