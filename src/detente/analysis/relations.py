"""Relations between two sides over time: per-period counts, Goldstein sums and a smoothed
cooperation–conflict index; dyads ranked by volume and by recent change; alerts when a
dyad's index moves sharply against its own history.

Everything here works on plain "units" — one per event cluster (default) or per mention —
as dicts ``{date, quad, goldstein, id}``; the store fetches them (detente.store.query).

**Index.** Each unit weighs +1 (verbal cooperation, quad 1), +2 (material cooperation,
quad 2), -1 (verbal conflict, quad 3) or -2 (material conflict, quad 4). For period t let
n_t be the sum of the weights and d_t the sum of their absolute values; the raw index is
n_t / d_t, from -1 (all conflict) to +1 (all cooperation). The published ``index`` is
smoothed with an exponentially weighted moving average over periods (span S, default 3,
alpha = 2 / (S + 1)) applied to numerator and denominator separately:
N_t = alpha n_t + (1 - alpha) N_{t-1}, D_t likewise, index_t = N_t / D_t. A busy period
thus counts for more than a quiet one, and an empty period leaves the index where it was.
``span=1`` gives the raw index.

**Alerts.** For each period with at least ``min_events`` units, the raw index r_t is compared
with the raw indices of the dyad's earlier periods that had events (at least
``min_history`` of them): z = (r_t - mean) / max(std, 0.2). |z| >= threshold (default 2.0)
is an alert: "fall" below, "rise" above. Its driving events are the period's conflict
units (for a fall) or cooperation units (for a rise), strongest Goldstein first.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from ..errors import Errors, StoreError

FREQS = ("day", "week", "month", "quarter", "year")
WEIGHT = {1: 1, 2: 2, 3: -1, 4: -2}
STD_FLOOR = 0.2


def check_freq(freq: str) -> str:
    if freq not in FREQS:
        raise StoreError(Errors.DT708.format(name="freq", value=freq, expected="one of " + ", ".join(FREQS)))
    return freq


def period_start(d: date, freq: str) -> date:
    if freq == "day":
        return d
    if freq == "week":
        return d - timedelta(days=d.weekday())
    if freq == "month":
        return date(d.year, d.month, 1)
    if freq == "quarter":
        return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    return date(d.year, 1, 1)


def shift(start: date, freq: str, k: int = 1) -> date:
    """The start of the period ``k`` periods after the one starting at ``start`` (k may be negative)."""
    if freq == "day":
        return start + timedelta(days=k)
    if freq == "week":
        return start + timedelta(weeks=k)
    months = {"month": 1, "quarter": 3, "year": 12}[freq] * k
    m = start.year * 12 + start.month - 1 + months
    return date(m // 12, m % 12 + 1, 1)


def period_label(d: date, freq: str) -> str:
    """2023-05-09 (day), 2023-W19 (ISO week), 2023-05 (month), 2023-Q2 (quarter), 2023 (year)."""
    s = period_start(d, freq)
    if freq == "day":
        return s.isoformat()
    if freq == "week":
        y, w, _ = s.isocalendar()
        return f"{y}-W{w:02d}"
    if freq == "month":
        return f"{s.year}-{s.month:02d}"
    if freq == "quarter":
        return f"{s.year}-Q{(s.month - 1) // 3 + 1}"
    return str(s.year)


def raw_index(quads: Counter[int]) -> float | None:
    num = sum(WEIGHT[q] * n for q, n in quads.items())
    den = sum(abs(WEIGHT[q]) * n for q, n in quads.items())
    return num / den if den else None


def _bucket(units: Iterable[dict[str, Any]], freq: str) -> dict[date, list[dict[str, Any]]]:
    out: dict[date, list[dict[str, Any]]] = defaultdict(list)
    for u in units:
        if u["date"] is not None and u["quad"] in WEIGHT:
            out[period_start(u["date"], freq)].append(u)
    return out


def series(units: Iterable[dict[str, Any]], *, freq: str = "month", start: date | None = None,
           end: date | None = None, span: int = 3) -> list[dict[str, Any]]:
    """One row per period, from the first to the last period with events (or ``start``/``end``)."""
    check_freq(freq)
    buckets = _bucket(units, freq)
    if not buckets and (start is None or end is None):
        return []
    lo_candidates = list(buckets) + ([period_start(start, freq)] if start else [])
    hi_candidates = list(buckets) + ([period_start(end, freq)] if end else [])
    first, last = min(lo_candidates), max(hi_candidates)
    alpha = 2.0 / (max(1, span) + 1)
    num = den = 0.0
    rows = []
    p = first
    while p <= last:
        us = buckets.get(p, [])
        quads = Counter(u["quad"] for u in us)
        num = alpha * sum(WEIGHT[q] * n for q, n in quads.items()) + (1 - alpha) * num
        den = alpha * sum(abs(WEIGHT[q]) * n for q, n in quads.items()) + (1 - alpha) * den
        gs = sum(u["goldstein"] for u in us)
        inside = (start is None or p >= period_start(start, freq)) and (end is None or p <= period_start(end, freq))
        if inside:
            rows.append({
                "period": period_label(p, freq), "events": len(us), "goldstein_sum": round(gs, 3),
                "goldstein_mean": round(gs / len(us), 3) if us else None,
                "quad1": quads[1], "quad2": quads[2], "quad3": quads[3], "quad4": quads[4],
                "index": round(num / den, 4) if den > 0 else None,
            })
        p = shift(p, freq)
    return rows


def relations(by_dyad: dict[tuple[str, str], list[dict[str, Any]]], *, freq: str = "month", window: int = 3,
              limit: int | None = 20, by: str = "volume") -> list[dict[str, Any]]:
    """Dyads with their volume and the change between the last ``window`` periods and the ones before.

    "Recent" is measured from the latest period of any dyad in the data (not the clock), so
    the same data always gives the same ranking. ``by="volume"`` sorts by events, ``"change"``
    by the size of the change in events, then of the change in raw index.
    """
    check_freq(freq)
    if by not in ("volume", "change"):
        raise StoreError(Errors.DT708.format(name="by", value=by, expected="volume or change"))
    dated = [u["date"] for us in by_dyad.values() for u in us if u["date"] is not None]
    if not dated:
        return []
    latest = period_start(max(dated), freq)
    recent_from = shift(latest, freq, -(window - 1))
    previous_from = shift(latest, freq, -(2 * window - 1))
    rows = []
    for (a, b), us in by_dyad.items():
        buckets = _bucket(us, freq)
        recent = [u for p, v in buckets.items() if p >= recent_from for u in v]
        previous = [u for p, v in buckets.items() if previous_from <= p < recent_from for u in v]
        all_units = [u for v in buckets.values() for u in v]
        if not all_units:
            continue
        ir, ip = raw_index(Counter(u["quad"] for u in recent)), raw_index(Counter(u["quad"] for u in previous))
        rows.append({
            "dyad": f"{a}-{b}", "a": a, "b": b, "events": len(all_units),
            "goldstein_mean": round(sum(u["goldstein"] for u in all_units) / len(all_units), 3),
            "index": _round(raw_index(Counter(u["quad"] for u in all_units))),
            "first_period": period_label(min(buckets), freq), "last_period": period_label(max(buckets), freq),
            "recent": len(recent), "previous": len(previous), "change": len(recent) - len(previous),
            "index_recent": _round(ir), "index_previous": _round(ip),
            "index_change": _round(ir - ip) if ir is not None and ip is not None else None,
        })
    if by == "volume":
        rows.sort(key=lambda r: (-r["events"], r["dyad"]))
    else:
        rows.sort(key=lambda r: (-abs(r["change"]), -abs(r["index_change"] or 0.0), -r["events"], r["dyad"]))
    return rows[:limit] if limit else rows


def alerts(by_dyad: dict[tuple[str, str], list[dict[str, Any]]], *, freq: str = "month", threshold: float = 2.0,
           min_history: int = 3, min_events: int = 2) -> list[dict[str, Any]]:
    """Periods in which a dyad's raw index falls or rises sharply against its own earlier periods."""
    check_freq(freq)
    out = []
    for (a, b), us in sorted(by_dyad.items()):
        history: list[float] = []
        for p, v in sorted(_bucket(us, freq).items()):
            r = raw_index(Counter(u["quad"] for u in v))
            if r is None:
                continue
            if len(v) >= min_events and len(history) >= min_history:
                mean = sum(history) / len(history)
                std = math.sqrt(sum((x - mean) ** 2 for x in history) / len(history))
                z = (r - mean) / max(std, STD_FLOOR)
                if abs(z) >= threshold:
                    direction = "fall" if z < 0 else "rise"
                    driving = [u for u in v if (u["quad"] >= 3) == (direction == "fall")]
                    driving.sort(key=lambda u: (u["goldstein"] if direction == "fall" else -u["goldstein"], u["id"]))
                    out.append({
                        "dyad": f"{a}-{b}", "a": a, "b": b, "period": period_label(p, freq), "direction": direction,
                        "index": round(r, 4), "baseline": round(mean, 4), "z": round(z, 2), "events": len(v),
                        "driving_ids": [u["id"] for u in driving],
                    })
            history.append(r)
    out.sort(key=lambda r: (r["period"], r["dyad"]))
    return out


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)
