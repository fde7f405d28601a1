"""Periods of a time series: parse a period label back into its first and last day.

A click on a chart point names a period (``2023-05`` or ``2023-05-01`` for a month); the
events behind it are those dated from its first to its last day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..analysis.relations import FREQS, period_start, shift
from ..errors import Errors, WebError


def check_freq(freq: str) -> str:
    if freq not in FREQS:
        raise WebError(Errors.DT806.format(value=freq, field="freq", expected="one of " + ", ".join(FREQS)), 400)
    return freq


def parse_day(value: str | None, field: str = "date") -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise WebError(Errors.DT806.format(value=value, field=field, expected="a date as YYYY-MM-DD"), 400) from None


def _span(day: date, freq: str) -> tuple[date, date]:
    """First and last day of the ``freq`` period holding ``day`` (the series' own periods)."""
    first = period_start(day, freq)
    return first, shift(first, freq) - timedelta(days=1)


def bounds(period: str, freq: str) -> tuple[date, date]:
    """First and last day (both inclusive) of ``period`` at ``freq``."""
    check_freq(freq)
    p = str(period).strip()
    m = re.fullmatch(r"(\d{4})-W(\d{1,2})", p)
    if m:
        return _span(date.fromisocalendar(int(m[1]), int(m[2]), 1), "week")
    m = re.fullmatch(r"(\d{4})-?Q([1-4])", p)
    if m:
        return _span(date(int(m[1]), 3 * int(m[2]) - 2, 1), "quarter")
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:[T ].*)?", p)
    if not m:
        raise WebError(Errors.DT806.format(value=period, field="period", expected="a period label such as 2023-05 "
                                           "or 2023-05-01"), 400)
    y, mo, d = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        first = date(y, mo, d)
    except ValueError:
        raise WebError(Errors.DT806.format(value=period, field="period", expected="a real calendar date"), 400) from None
    return _span(first, freq)
