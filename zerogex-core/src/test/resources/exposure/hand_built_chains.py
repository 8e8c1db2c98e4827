"""Expected values for ExposureConventionsTest's hand-built chains, from numpy/scipy only.

As-of 2024-03-15 14:00 UTC (10:00 America/New_York, EDT), r = q = 0, multiplier 100.
Printed values are pasted into the test next to the assertion that uses them.
"""
import numpy as np
from scipy.optimize import brentq
from scipy.stats import norm

YEAR = 365 * 86400.0


def gamma(s, k, t, v):
    sd = v * np.sqrt(t)
    d1 = np.log(s / k) / sd + sd / 2
    return norm.pdf(d1) / (s * sd)


def delta_call(s, k, t, v):
    sd = v * np.sqrt(t)
    return norm.cdf(np.log(s / k) / sd + sd / 2)


# 1. 0DTE SPXW call settling 16:00 EDT the same day: 6 hours of calendar time.
t0 = 6 * 3600 / YEAR
g0 = gamma(5010.0, 5000.0, t0, 0.12)
print("0DTE gamma %.17g" % g0)
print("0DTE GEX per 1%% %.17g" % (g0 * 1000 * 100 * 5010.0 ** 2 * 0.01))

# 2. Two contracts, expiry SPXW 2024-04-19 16:00 EDT: 35 days 6 hours of calendar time.
t1 = (35 * 86400 + 6 * 3600) / YEAR


def two(level, t):
    return (100 * 100 * level ** 2 * 0.01) * (gamma(level, 105.0, t, 0.2) - gamma(level, 95.0, t, 0.2))


root = brentq(lambda x: two(x, t1), 80, 120, xtol=1e-12)
print("two-contract refined zero gamma %.10f" % root)
# Perfiliev: busday_count(2024-03-15, 2024-04-19) / 262, linspace(80, 120, 60), first sign change
tb = np.busday_count("2024-03-15", "2024-04-19") / 262
levels = np.linspace(0.8 * 100, 1.2 * 100, 60)
values = np.array([two(x, tb) for x in levels])
idx = np.where(np.diff(np.sign(values)))[0]
neg, pos = levels[idx], levels[idx + 1]
zg = pos - (pos - neg) * values[idx + 1] / (values[idx + 1] - values[idx])
print("busdays", np.busday_count("2024-03-15", "2024-04-19"), "two-contract Perfiliev zero gamma %.10f" % zg[0])

# 3. Greek exposure of the K=105 call alone (OI 100, m 100, spot 100, T = t1, IV 0.2),
#    closed forms checked against central differences.
s, k, v, t = 100.0, 105.0, 0.2, t1
sd = v * np.sqrt(t)
d1 = np.log(s / k) / sd + sd / 2
d2 = d1 - sd
delta = norm.cdf(d1)
vanna = -norm.pdf(d1) * d2 / v
charm = norm.pdf(d1) * d2 / (2 * t)  # dDelta/dt forward, r = q = 0
h = 1e-5
assert abs(vanna - (delta_call(s, k, t, v + h) - delta_call(s, k, t, v - h)) / (2 * h)) < 1e-6
assert abs(charm - (delta_call(s, k, t - h, v) - delta_call(s, k, t + h, v)) / (2 * h)) < 1e-4
w = 100 * 100
print("delta dollars %.17g" % (w * delta * s))
print("vanna dollars per vol point %.17g" % (w * vanna * s * 0.01))
print("charm dollars per day %.17g" % (w * charm * s / 365))

# 4. Two crossings: call 100 (OI 300), puts 90 and 110 (OI 100 each), IV 0.2, T = t1.
def three(level):
    return (100 * level ** 2 * 0.01) * (300 * gamma(level, 100.0, t1, 0.2)
                                         - 100 * gamma(level, 90.0, t1, 0.2)
                                         - 100 * gamma(level, 110.0, t1, 0.2))


print("three-contract crossings %.10f %.10f" % (brentq(three, 80, 100, xtol=1e-12),
                                                brentq(three, 100, 120, xtol=1e-12)))
