# Independent Black-Scholes-Merton values (mpmath, 30 digits) for the two recorded Tradier rows that
# TradierGreeksTest uses to establish the vendor's greek units. Raw units: per $1, per 1.00 vol,
# per year of calendar time, per 1.00 rate. Time = calendar seconds to 16:00 ET on expiration / (365 * 86400).
# Inputs: the recorded spot, strike, as-of (updated_at, ET) and smv_vol; r and q are not in the
# response: r = 5.3% / q = 1.3% (SPY, June 2024) and r = 5% / q = 0 (PLTR) are round estimates,
# good to a few percent, which is all a unit check (factors of 100, 365 or 252) needs.
from mpmath import mp, mpf, exp, log, sqrt, ncdf, npdf
from datetime import datetime, timezone, timedelta
mp.dps = 30
def bs(S, K, T, r, q, v, call):
    d1 = (log(S / K) + (r - q + v * v / 2) * T) / (v * sqrt(T)); d2 = d1 - v * sqrt(T)
    gamma = exp(-q * T) * npdf(d1) / (S * v * sqrt(T)); vega = S * exp(-q * T) * npdf(d1) * sqrt(T)
    decay = -S * exp(-q * T) * npdf(d1) * v / (2 * sqrt(T))
    if call:
        theta = decay - r * K * exp(-r * T) * ncdf(d2) + q * S * exp(-q * T) * ncdf(d1); rho = K * T * exp(-r * T) * ncdf(d2)
    else:
        theta = decay + r * K * exp(-r * T) * ncdf(-d2) - q * S * exp(-q * T) * ncdf(-d1); rho = -K * T * exp(-r * T) * ncdf(-d2)
    return dict(gamma=gamma, vega=vega, theta=theta, rho=rho)
ET4 = timezone(timedelta(hours=-4)); ET5 = timezone(timedelta(hours=-5))
T = mpf((datetime(2025, 12, 19, 16, 0, tzinfo=ET5) - datetime(2024, 6, 28, 14, 58, 47, tzinfo=ET4)).total_seconds()) / (365 * 86400)
for call in (True, False):
    print('SPY251219 450', 'call' if call else 'put', {k: mp.nstr(v, 17) for k, v in bs(mpf('547.94'), mpf(450), T, mpf('0.053'), mpf('0.013'), mpf('0.211'), call).items()})
T = mpf((datetime(2026, 6, 18, 16, 0, tzinfo=ET4) - datetime(2024, 6, 28, 14, 58, 59, tzinfo=ET4)).total_seconds()) / (365 * 86400)
for call in (True, False):
    print('PLTR260618 13', 'call' if call else 'put', {k: mp.nstr(v, 17) for k, v in bs(mpf('25.5'), mpf(13), T, mpf('0.05'), mpf(0), mpf('0.57'), call).items()})
