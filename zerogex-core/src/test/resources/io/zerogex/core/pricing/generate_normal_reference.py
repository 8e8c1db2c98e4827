#!/usr/bin/env python3
"""Generates normal-reference.csv for NormalDistributionTest with mpmath 1.3.0 at 50 digits.

Each row: function,argument,expected. The argument is a double written with repr (round trip),
and mpmath evaluates at that exact binary value (mpf(float) is exact). Expected values are
printed with 25 significant digits and parsed by Java to the nearest double.

Run: python3 generate_normal_reference.py > normal-reference.csv
"""
import mpmath as mp

mp.mp.dps = 50


def ncdf(x):
    return mp.ncdf(mp.mpf(x))


def npdf(x):
    return mp.npdf(mp.mpf(x))


def out(name, x, value):
    print(f"{name},{x!r},{mp.nstr(value, 25, min_fixed=-1, max_fixed=-1)}")


xs = sorted(set([-38 + k / 64 for k in range(0, 47 * 64 + 1)]
                + [round(-38 + k * 0.0137, 12) for k in range(0, int(47 / 0.0137) + 1)]))
for x in xs:
    out("cdf", x, ncdf(x))
    out("pdf", x, npdf(x))
for k in range(0, 33 * 40 + 1):
    y = round(-6 + k * 0.025, 10)
    out("erfc", y, mp.erfc(mp.mpf(y)))
    out("erfcx", y, mp.exp(mp.mpf(y) ** 2) * mp.erfc(mp.mpf(y)))
for y in [1e3, 1e5]:
    out("erfcx", y, mp.exp(mp.mpf(y) ** 2) * mp.erfc(mp.mpf(y)))
for y in [1e7, 6.7e7, 1e8, 1e12, 1e300]:
    # asymptotic series 1/(y sqrt(pi)) * sum (-1)^n (2n-1)!! / (2 y^2)^n, converged at 50 digits
    z = mp.mpf(y)
    out("erfcx", y, sum((-1) ** n * mp.fac2(2 * n - 1) / (2 * z * z) ** n for n in range(8))
        / (z * mp.sqrt(mp.pi)))
ps = []
for k in range(1, 308):
    for m in (1.0, 2.5, 5.0):
        ps.append(float(m * 10.0 ** -k))
ps += [k / 1000 for k in range(1, 1000)]
ps += [1 - 10.0 ** -k for k in range(1, 16)]
for p in sorted(set(p for p in ps if 0 < p < 1)):
    # the quantile of the exact binary probability: solve log N(t) = log(lower) on the lower
    # tail (lower = min(p, 1 - p), exact in mpmath), then use the symmetry N(-t) = 1 - N(t)
    target = mp.mpf(p)
    lower = min(target, 1 - target)
    start = -mp.sqrt(-2 * mp.log(lower)) if lower < 0.1 else mp.sqrt(2) * mp.erfinv(2 * lower - 1)
    t = mp.findroot(lambda u: mp.log(mp.ncdf(u)) - mp.log(lower), start)
    out("inverseCdf", p, t if target <= 0.5 else -t)
