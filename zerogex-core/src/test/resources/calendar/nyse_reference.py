"""Independent reference for TradingCalendarTest: NYSE closures, early closes and trading-day
counts for 1990-2100, derived from the written rules in nyse.md (plus the historical early-close
notes of exchange_calendars XNYS and pandas_market_calendars NYSE) with python-dateutil
(relativedelta, easter.EASTER_WESTERN) and numpy.busday_count, not from the Java code.

Run: python3 nyse_reference.py > nyse-reference-1990-2100.csv
Output lines: CLOSED,<date>  |  EARLY,<date>,<HH:MM>  |  COUNT,<year>,<trading days in year>
"""
import datetime as dt

import numpy as np
from dateutil.easter import EASTER_WESTERN, easter
from dateutil.relativedelta import MO, TH, relativedelta

SPECIAL = [dt.date(1994, 4, 27), dt.date(2004, 6, 11), dt.date(2007, 1, 2),
           dt.date(2012, 10, 29), dt.date(2012, 10, 30), dt.date(2018, 12, 5),
           dt.date(2025, 1, 9)] + [dt.date(2001, 9, d) for d in range(11, 15)]


def nearest_weekday(d):
    if d.weekday() == 5:
        return d - dt.timedelta(days=1)
    if d.weekday() == 6:
        return d + dt.timedelta(days=1)
    return d


def closures(y):
    out = []
    jan1 = dt.date(y, 1, 1)
    if jan1.weekday() == 6:
        out.append(jan1 + dt.timedelta(days=1))
    elif jan1.weekday() < 5:
        out.append(jan1)
    if y >= 1998:
        out.append(dt.date(y, 1, 1) + relativedelta(weekday=MO(+3)))
    out.append(dt.date(y, 2, 1) + relativedelta(weekday=MO(+3)))
    out.append(easter(y, EASTER_WESTERN) - dt.timedelta(days=2))
    out.append(dt.date(y, 5, 31) + relativedelta(weekday=MO(-1)))
    if y >= 2022:
        out.append(nearest_weekday(dt.date(y, 6, 19)))
    out.append(nearest_weekday(dt.date(y, 7, 4)))
    out.append(dt.date(y, 9, 1) + relativedelta(weekday=MO(+1)))
    out.append(dt.date(y, 11, 1) + relativedelta(weekday=TH(+4)))
    out.append(nearest_weekday(dt.date(y, 12, 25)))
    out += [d for d in SPECIAL if d.year == y]
    return sorted(set(out))


def early_closes(y, closed):
    hhmm = "14:00" if y < 1993 else "13:00"
    out = {}
    if y >= 1992:
        out[dt.date(y, 11, 1) + relativedelta(weekday=TH(+4)) + dt.timedelta(days=1)] = hhmm
    eve = dt.date(y, 12, 24)
    if eve.weekday() < 4:
        out[eve] = hhmm
    july4 = dt.date(y, 7, 4)
    # the day before a Tuesday..Friday July 4; Wednesdays (July 4 on Thursday) only from 2013
    if july4.weekday() in (1, 2, 4) and y >= 1995 or july4.weekday() == 3 and y >= 2013:
        out[july4 - dt.timedelta(days=1)] = hhmm
    if july4.weekday() == 3 and 1996 <= y <= 2012:
        out[july4 + dt.timedelta(days=1)] = hhmm
    if y in (1997, 2003):
        out[dt.date(y, 12, 26)] = hhmm
    return {d: t for d, t in out.items() if d not in closed}


for year in range(1990, 2101):
    closed = closures(year)
    for d in closed:
        print(f"CLOSED,{d.isoformat()}")
    for d, t in sorted(early_closes(year, set(closed)).items()):
        print(f"EARLY,{d.isoformat()},{t}")
    count = np.busday_count(f"{year}-01-01", f"{year + 1}-01-01",
                            holidays=[d.isoformat() for d in closed])
    print(f"COUNT,{year},{count}")
