"""Reference values for ImpliedVolatilityTest, computed with mpmath 1.3.0 at 50 significant digits.

Run: python3 implied_volatility_references.py   (writes the two CSV files beside this script)

implied-volatility-grid.csv: the hard grid. For every volatility, expiry, standardised moneyness
m = ln(F/K)/(sigma sqrt T), right and (rate, dividend yield): the strike K = F exp(-m sigma sqrt T)
is rounded to a double, then the Black-Scholes-Merton price of those exact double inputs is
evaluated at 50 digits and rounded to the nearest double. Also written, per row, the price's
terms S e^(-qT) N(d1) and K e^(-rT) N(d2) and the vega, all at 50 digits, for the
conditioning bound the test asserts.

implied-volatility-mpmath.csv: independent implied volatilities: for a set of double prices,
the volatility solved at 50 digits by bisection (price is increasing in volatility) on
[1e-8, 50], 200 halvings, printed to 20 digits, with the price's two terms and the vega at
that volatility for the same conditioning bound.
"""
import os
from mpmath import mp, mpf, ncdf, npdf, exp, log, sqrt

mp.dps = 50
HERE = os.path.dirname(os.path.abspath(__file__))


def terms(call, S, K, T, r, q, v):
    S, K, T, r, q, v = map(mpf, (S, K, T, r, q, v))
    sd = v * sqrt(T)
    d1 = (log(S / K) + (r - q) * T) / sd + sd / 2
    d2 = d1 - sd
    ds = S * exp(-q * T)
    dk = K * exp(-r * T)
    if call:
        a, b = ds * ncdf(d1), dk * ncdf(d2)
    else:
        a, b = ds * ncdf(-d1), dk * ncdf(-d2)
    price = (a - b) if call else (b - a)
    vega = ds * npdf(d1) * sqrt(T)
    return price, a, b, vega


def grid():
    vols = [0.01, 0.05, 0.2, 0.5, 1.0, 2.0, 5.0]
    years = [1 / 525600, 1 / 8760, 1 / 365, 7 / 365, 30 / 365, 0.25, 1.0, 5.0]
    moneyness = range(-12, 13, 2)
    carry = [(0.0, 0.0), (0.05, 0.02)]
    spot = 100.0
    rows = []
    for v in vols:
        for T in years:
            for m in moneyness:
                for r, q in carry:
                    forward = mpf(spot) * exp((mpf(r) - mpf(q)) * mpf(T))
                    strike = float(forward * exp(-m * mpf(v) * sqrt(mpf(T))))
                    for right in ("CALL", "PUT"):
                        p, a, b, vega = terms(right == "CALL", spot, strike, T, r, q, v)
                        rows.append((right, spot, strike, T, r, q, v, float(p), a, b, vega))
    with open(os.path.join(HERE, "implied-volatility-grid.csv"), "w") as f:
        f.write("right,spot,strike,years,rate,dividendYield,volatility,price,"
                "spotTerm,strikeTerm,vega\n")
        for right, S, K, T, r, q, v, p, a, b, vega in rows:
            f.write(f"{right},{S!r},{K!r},{T!r},{r!r},{q!r},{v!r},{p!r},"
                    f"{mp.nstr(a, 20)},{mp.nstr(b, 20)},{mp.nstr(vega, 20)}\n")


def solve(call, price, S, K, T, r, q):
    lo, hi = mpf("1e-8"), mpf(50)
    assert terms(call, S, K, T, r, q, lo)[0] < mpf(price) < terms(call, S, K, T, r, q, hi)[0]
    for _ in range(200):
        mid = (lo + hi) / 2
        if terms(call, S, K, T, r, q, mid)[0] < mpf(price):
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def references():
    cases = [
        # right, price, spot, strike, years, rate, dividend yield
        ("CALL", 10.0, 100.0, 100.0, 1.0, 0.05, 0.0),
        ("PUT", 5.0, 100.0, 100.0, 1.0, 0.05, 0.0),
        ("CALL", 0.01, 100.0, 150.0, 0.25, 0.03, 0.01),
        ("PUT", 0.05, 100.0, 60.0, 0.5, 0.03, 0.01),
        ("CALL", 45.0, 100.0, 60.0, 0.5, 0.03, 0.01),
        ("PUT", 52.0, 100.0, 150.0, 0.25, 0.03, 0.01),
        ("CALL", 1.25, 4700.0, 4705.0, 1 / 365, 0.053, 0.013),
        ("PUT", 0.05, 4700.0, 4600.0, 1 / 365, 0.053, 0.013),
        ("CALL", 0.05, 4700.0, 4750.0, 2 / 24 / 365, 0.053, 0.013),
        ("PUT", 100.2, 4700.0, 4800.0, 2 / 24 / 365, 0.053, 0.013),
        ("CALL", 3.0e-7, 100.0, 200.0, 0.1, 0.0, 0.0),
        ("CALL", 99.2, 100.0, 1.0, 1.0, 0.0, 0.0),
        ("PUT", 1.0e-10, 100.0, 50.0, 0.01, 0.0, 0.0),
        ("CALL", 95.0, 100.0, 100.0, 5.0, 0.0, 0.0),
        ("PUT", 80.0, 100.0, 100.0, 2.0, 0.01, 0.04),
        ("CALL", 0.4, 481.5, 482.0, 1 / 525600 * 30, 0.05, 0.0),
        ("CALL", 2.0, 15000.0, 15500.0, 3 / 365, 0.045, 0.007),
        ("PUT", 350.0, 15000.0, 15200.0, 3 / 365, 0.045, 0.007),
        ("CALL", 1e-3, 50.0, 50.0, 1 / 525600, 0.0, 0.0),
        ("PUT", 21.5, 100.0, 120.0, 1.0, -0.005, 0.0),
        # 0DTE deep in the money, one minute left, cents of time value
        ("CALL", 700.39, 4700.0, 4000.0, 1 / 525600, 0.05, 0.0),
        ("PUT", 700.05, 4000.0, 4700.0, 1 / 525600, 0.05, 0.0),
    ]
    with open(os.path.join(HERE, "implied-volatility-mpmath.csv"), "w") as f:
        f.write("right,price,spot,strike,years,rate,dividendYield,volatility,"
                "spotTerm,strikeTerm,vega\n")
        for right, p, S, K, T, r, q in cases:
            v = solve(right == "CALL", p, S, K, T, r, q)
            _, a, b, vega = terms(right == "CALL", S, K, T, r, q, v)
            f.write(f"{right},{p!r},{S!r},{K!r},{T!r},{r!r},{q!r},{mp.nstr(v, 20)},"
                    f"{mp.nstr(a, 20)},{mp.nstr(b, 20)},{mp.nstr(vega, 20)}\n")


if __name__ == "__main__":
    grid()
    references()
