#!/usr/bin/env python3
"""Generates black-scholes-reference.csv for BlackScholesTest with mpmath 1.3.0 at 50 digits.

Independent of the Java closed forms: the price is the Black-Scholes-Merton formula written
here in mpmath, and every greek is a numerical derivative of that 50-digit price by mpmath.diff
(time derivatives through T = T0 exp(u) so no step reaches T < 0; the sign is flipped so theta,
charm and color are per year of time passing). Columns:
right,spot,strike,years,rate,dividendYield,volatility,price,delta,gamma,vega,theta,rho,vanna,
charm,vomma,speed,color,zomma

Run: python3 generate_black_scholes_reference.py > black-scholes-reference.csv
"""
import random

import mpmath as mp

mp.mp.dps = 50


def price(call, s, k, t, r, q, sigma):
    v = sigma * mp.sqrt(t)
    d1 = (mp.log(s / k) + (r - q + sigma ** 2 / 2) * t) / v
    d2 = d1 - v
    if call:
        return s * mp.exp(-q * t) * mp.ncdf(d1) - k * mp.exp(-r * t) * mp.ncdf(d2)
    return k * mp.exp(-r * t) * mp.ncdf(-d2) - s * mp.exp(-q * t) * mp.ncdf(-d1)


def row(call, s, k, t, r, q, sigma):
    S, K, T, R, Q, V = (mp.mpf(x) for x in (s, k, t, r, q, sigma))

    def f(ss, u, rr, vv):
        return price(call, ss, K, T * mp.exp(u), rr, Q, vv)

    def d(orders):
        return mp.diff(f, (S, mp.mpf(0), R, V), orders)

    values = [
        f(S, 0, R, V),
        d((1, 0, 0, 0)),
        d((2, 0, 0, 0)),
        d((0, 0, 0, 1)),
        -d((0, 1, 0, 0)) / T,
        d((0, 0, 1, 0)),
        d((1, 0, 0, 1)),
        -d((1, 1, 0, 0)) / T,
        d((0, 0, 0, 2)),
        d((3, 0, 0, 0)),
        -d((2, 1, 0, 0)) / T,
        d((2, 0, 0, 1)),
    ]
    inputs = ["CALL" if call else "PUT"] + [repr(float(x)) for x in (s, k, t, r, q, sigma)]
    return ",".join(inputs + [mp.nstr(x, 25, min_fixed=-1, max_fixed=-1) for x in values])


cases = []
# Hand-picked: Hull's example, an SPX 0DTE at one minute, long dated, negative rates.
minute = 1 / (365 * 24 * 60)
for call in (True, False):
    cases += [
        (call, 42.0, 40.0, 0.5, 0.10, 0.0, 0.20),
        (call, 4700.0, 4700.0, minute, 0.05, 0.015, 0.12),
        (call, 4700.0, 4705.0, minute, 0.05, 0.015, 0.12),
        (call, 4700.0, 4600.0, 1 / 365, 0.05, 0.015, 0.18),
        (call, 100.0, 100.0, 5.0, -0.005, 0.02, 0.35),
        (call, 100.0, 60.0, 2.0, 0.03, 0.0, 0.9),
        (call, 100.0, 180.0, 0.25, 0.03, 0.01, 0.5),
    ]
rng = random.Random(20240105)
for _ in range(120):
    s = rng.choice([1.0, 25.0, 100.0, 450.0, 4700.0, 17000.0]) * rng.uniform(0.9, 1.1)
    sigma = rng.uniform(0.05, 1.5)
    t = 10 ** rng.uniform(-5.5, 0.8)
    # strikes spread in standard deviations so that most have a meaningful time value
    k = s * float(mp.exp(rng.uniform(-3, 3) * sigma * mp.sqrt(t)))
    cases.append((rng.random() < 0.5, round(s, 4), round(k, 4), t,
                  rng.uniform(-0.01, 0.1), rng.uniform(0.0, 0.05), sigma))
for case in cases:
    print(row(*case))
