"""Reference values for NormalisedBlackTest, computed with mpmath 1.3.0 at 50 significant digits.

Run: python3 normalised_black_references.py   (writes normalised-black.csv beside this script)

For h = x/s in {-14 .. 0} and total volatilities s from 1e-5 to 11 (covering the asymptotic,
small-t, direct and erfcx regions), x = h s is rounded to a double and
b(x, s) = Phi(x/s + s/2) e^(x/2) - Phi(x/s - s/2) e^(-x/2) is evaluated for those exact doubles,
printed to 25 digits. In-the-money rows (x > 0) use the same formula.
"""
import os
from mpmath import mp, mpf, ncdf, exp

mp.dps = 50
HERE = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(HERE, "normalised-black.csv"), "w") as f:
    f.write("x,s,b\n")
    for h in [-14, -12, -10.5, -10, -9.9, -8, -5, -3, -1, -0.3, -0.01, 0, 0.5, 3]:
        for s in [1e-5, 1e-3, 0.01, 0.05, 0.1, 0.2, 0.3, 0.41, 0.43, 0.5, 1, 1.7, 2, 5, 11]:
            x = float(mpf(h) * mpf(s))
            X, S = mpf(x), mpf(s)
            b = ncdf(X / S + S / 2) * exp(X / 2) - ncdf(X / S - S / 2) * exp(-X / 2)
            f.write(f"{x!r},{s!r},{mp.nstr(b, 25)}\n")
