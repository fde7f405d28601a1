"""What each page and the report show, asked of the Store; no HTTP here.

Every function takes the Store and plain filters and returns plain dicts, so the pages,
the JSON API and ``detente report`` show the same numbers. The series is always the
store's own list (the same as ``detente dyad --json``); the chart only draws it.
"""

from __future__ import annotations

import bisect
import os
import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from markupsafe import Markup

from ..errors import Errors, WebError
from .charts import dyad_figure, network_figure, signed
from .highlight import highlight_html
from .periods import bounds, check_freq, parse_day
from .records import event_views, to_records
from .templating import cameo_name, country_names

CODE = re.compile(r"[A-Z0-9]{2,16}")
DIRECTIONS = ("both", "ab", "ba")
PAGE_SIZE = 100        # events per API page by default
MAX_PAGE = 500         # and at most
MARKERS = 500          # single-event markers drawn on a dyad chart
REPORT_PER_PERIOD = 200
REPORT_MAX_EVENTS = 20_000


def check_code(value: str) -> str:
    code = str(value).strip().upper()
    if not CODE.fullmatch(code):
        raise WebError(Errors.DT804.format(value=value), 400)
    return code


@dataclass
class DyadFilters:
    freq: str = "month"
    start: str | None = None
    end: str | None = None
    direction: str = "both"
    quad: int | None = None
    root: str | None = None
    plover: str | None = None
    count: str = "clusters"
    span: int = 3

    def checked(self) -> "DyadFilters":
        check_freq(self.freq)
        if self.count not in ("clusters", "mentions"):
            raise WebError(Errors.DT806.format(value=self.count, field="count", expected="clusters or mentions"), 400)
        if not 1 <= int(self.span) <= 120:
            raise WebError(Errors.DT806.format(value=self.span, field="span", expected="1 to 120 periods"), 400)
        self.start = _iso(parse_day(self.start, "start"))
        self.end = _iso(parse_day(self.end, "end"))
        if self.direction not in DIRECTIONS:
            raise WebError(Errors.DT806.format(value=self.direction, field="direction", expected="both, ab or ba"), 400)
        if self.quad is not None and self.quad not in (1, 2, 3, 4):
            raise WebError(Errors.DT806.format(value=self.quad, field="quad", expected="1, 2, 3 or 4"), 400)
        if self.root and not re.fullmatch(r"\d{2}", self.root):
            raise WebError(Errors.DT806.format(value=self.root, field="root", expected="a two-digit CAMEO root"), 400)
        if self.plover and not re.fullmatch(r"[A-Z_-]{2,40}", self.plover):
            raise WebError(Errors.DT806.format(value=self.plover, field="plover", expected="a PLOVER type such as ACCUSE"), 400)
        return self

    @property
    def typed(self) -> bool:
        return bool(self.quad or self.root or self.plover)

    def query(self) -> dict[str, Any]:
        """The filters the event lists use (as URL parameters)."""
        return {k: v for k, v in asdict(self).items() if v not in (None, "") and k not in ("count", "span")}


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


# -- series and events ---------------------------------------------------------------

def series(store: Any, a: str, b: str, f: DyadFilters) -> list[dict[str, Any]]:
    """The store's series for the dyad and filters, unchanged (``detente dyad --json``)."""
    kw: dict[str, Any] = {"freq": f.freq, "start": f.start, "end": f.end, "count": f.count, "span": f.span}
    if f.direction == "both":
        rows = store.series(a, b, **kw)
    elif f.direction == "ab":
        rows = store.series(a, b, directed=True, **kw)
    else:
        rows = store.series(b, a, directed=True, **kw)
    return to_records(rows)


def event_kwargs(a: str, b: str, f: DyadFilters) -> dict[str, Any]:
    kw: dict[str, Any] = {"dyad": (a, b) if f.direction != "ba" else (b, a), "start": f.start, "end": f.end,
                          "quad": f.quad, "root": f.root, "plover": f.plover}
    if f.direction != "both":
        kw["directed"] = True
    return {k: v for k, v in kw.items() if v is not None}


def events(store: Any, *, limit: int = PAGE_SIZE, offset: int = 0, **filters: Any) -> list[dict[str, Any]]:
    """Event rows (as the store gives them) with highlight marks and CAMEO names added."""
    rows = event_views(store.events(limit=limit, offset=offset, **{k: v for k, v in filters.items() if v is not None}))
    for ev in rows:
        decorate(ev)
    return rows


def decorate(ev: dict[str, Any]) -> dict[str, Any]:
    ev.setdefault("cameo_name", cameo_name(ev.get("cameo")))
    url = ev.get("url")
    ev["safe_url"] = url if isinstance(url, str) and re.match(r"https?://", url, re.I) else None
    ev["sentence_html"] = highlight_html(ev.get("sentence") or "", ev.get("marks") or [])
    return ev


def json_events(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows for JSON: without the server-side HTML."""
    return [{k: v for k, v in ev.items() if not isinstance(v, Markup)} for ev in rows]


def period_events(store: Any, a: str, b: str, f: DyadFilters, period: str, *, limit: int = PAGE_SIZE,
                  offset: int = 0) -> list[dict[str, Any]]:
    lo, hi = bounds(period, f.freq)
    lo_s, hi_s = lo.isoformat(), hi.isoformat()
    if f.start and f.start > lo_s:
        lo_s = f.start
    if f.end and f.end < hi_s:
        hi_s = f.end
    kw = event_kwargs(a, b, f)
    kw.update(start=lo_s, end=hi_s)
    return events(store, limit=limit, offset=offset, **kw)


def assign_periods(evs: list[dict[str, Any]], rows: list[dict[str, Any]], freq: str) -> None:
    """Set ``_period`` on each event: the series period whose days hold its date."""
    spans = sorted((bounds(str(r["period"]), freq), str(r["period"])) for r in rows)
    starts = [s[0][0].isoformat() for s in spans]
    for ev in evs:
        day = str(ev.get("event_date") or ev.get("report_date") or "")[:10]
        i = bisect.bisect_right(starts, day) - 1
        ev["_period"] = spans[i][1] if i >= 0 and day <= spans[i][0][1].isoformat() else None


# -- pages -----------------------------------------------------------------------------

INDEX_NOTE = "the store's relations index per period (see docs/STORE.md); dots are sized by the number of events."


def dyad_view(store: Any, a: str, b: str, f: DyadFilters, *, markers: int = MARKERS) -> dict[str, Any]:
    rows = series(store, a, b, f)
    marks = events(store, limit=markers, **event_kwargs(a, b, f)) if rows else []
    assign_periods(marks, rows, f.freq)
    fig = dyad_figure(rows, [m for m in marks if m.get("_period")], freq=f.freq)
    config = {"figure": fig, "freq": f.freq, "events_url": f"/api/dyads/{a}/{b}/events", "query": f.query(),
              "article_base": "/article/", "page_size": PAGE_SIZE, "embedded": None}
    return {"a": a, "b": b, "f": f, "series": rows, "config": config, "names": country_names(),
            "index_note": INDEX_NOTE, "freqs": ("week", "month", "quarter", "year")}


_OVERVIEW_CACHE: dict[tuple[Any, ...], dict[str, Any]] = {}


def _file_state(store: Any) -> tuple[Any, ...] | None:
    """(path, mtime, size) of the store's file and its WAL: an ingest changes them. None in memory."""
    path = getattr(store, "path", None)
    if not path or str(path) == ":memory:":
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    wal = os.stat(f"{path}.wal") if os.path.exists(f"{path}.wal") else None
    return (str(path), st.st_mtime_ns, st.st_size, wal and (wal.st_mtime_ns, wal.st_size))


def overview_view(store: Any, *, freq: str = "month", limit: int = 15) -> dict[str, Any]:
    """Busiest dyads, the dyads whose volume or index changed most in the latest periods,
    the network of pairs (coloured by their cooperation-conflict index) and recent alerts.

    These scan every dyad, so the result is kept until the store file changes."""
    state = _file_state(store)
    key = (state, freq, limit) if state else None
    if key and key in _OVERVIEW_CACHE:
        return _OVERVIEW_CACHE[key]
    view = _overview(store, freq=freq, limit=limit)
    if key:
        if len(_OVERVIEW_CACHE) > 32:
            _OVERVIEW_CACHE.clear()
        _OVERVIEW_CACHE[key] = view
    return view


def _overview(store: Any, *, freq: str, limit: int) -> dict[str, Any]:
    busiest = to_records(store.relations(limit=60, freq=freq))
    changed = to_records(store.relations(limit=limit, freq=freq, by="change"))
    alerts = to_records(store.alerts(freq=freq))
    alerts.sort(key=lambda r: (str(r.get("period") or ""), abs(r.get("z") or 0)), reverse=True)
    for r in alerts:
        r["note"] = (f"{r.get('direction', '')}: index {signed(r.get('index'))} against a usual "
                     f"{signed(r.get('baseline'))} (z {signed(r.get('z'))}, {r.get('events', 0)} events)")
    pairs = [{"a": r["a"], "b": r["b"], "events": r.get("events"), "score": r.get("index")} for r in busiest]
    stats = to_records([store.stats()])[0]
    line = ", ".join(f"{stats[k]:,} {k}" for k in ("articles", "events", "clusters", "actors") if k in stats)
    return {"busiest": busiest[:limit], "changed": changed, "alerts": alerts[:limit],
            "network": network_figure(pairs), "stats_line": line, "freq": freq}


def article_view(store: Any, article_id: str) -> dict[str, Any]:
    art = store.article(article_id)
    if not art:
        raise WebError(Errors.DT805.format(value=article_id), 404)
    art = to_records([art])[0]
    art.setdefault("id", art.get("article_id"))
    url = art.get("url")
    art["safe_url"] = url if isinstance(url, str) and re.match(r"https?://", url, re.I) else None
    evs = event_views(art.get("events") or [])
    text = art.get("text") or ""
    marks = []
    for n, ev in enumerate(evs, 1):
        decorate(ev)
        ev.setdefault("title", art.get("title"))
        for kind in ("source", "target", "trigger"):
            s, e = ev.get(f"{kind}_start"), ev.get(f"{kind}_end")
            if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text):
                marks.append({"start": s, "end": e, "kind": kind, "title": f"event {n}: {kind}"})
    return {"article": art, "events": evs, "text_html": highlight_html(text, marks)}


NAME = re.compile(r"[^\W\d_][\w .'’-]{1,79}")


def actor_key(value: str) -> tuple[str, str]:
    """(kind, key) for an actor page: ``country`` (CHN), ``code`` (CHNGOV) or ``person`` (a name)."""
    key = str(value).strip()
    if CODE.fullmatch(key):
        return ("country" if len(key) == 3 and key.isalpha() else "code"), key
    if NAME.fullmatch(key) and not key.isupper():
        return "person", key
    raise WebError(Errors.DT804.format(value=value), 400)


def _is_me(ev: dict[str, Any], role: str, kind: str, key: str) -> bool:
    if kind == "country":
        return ev.get(f"{role}_country") == key
    if kind == "code":
        return str(ev.get(f"{role}_code") or "").startswith(key)
    needle = key.lower()
    return any(needle in str(ev.get(f"{role}_{k}") or "").lower() for k in ("name", "text"))


def actor_view(store: Any, key: str, *, limit: int = 2000, freq: str = "month") -> dict[str, Any]:
    """A country, an actor code or a person: partners, names seen and a timeline of their events."""
    kind, code = actor_key(key)
    kw = {"country": code} if kind == "country" else {"actor": code}
    evs = events(store, limit=limit, **kw)
    partners: dict[str, list[dict[str, Any]]] = defaultdict(list)
    names: Counter[str] = Counter()
    for ev in evs:
        me, other = ("source", "target") if _is_me(ev, "source", kind, code) else ("target", "source")
        if ev.get(f"{me}_text"):
            names[ev[f"{me}_name"] or ev[f"{me}_text"]] += 1
        partner = ev.get(f"{other}_country") or ev.get(f"{other}_code") if kind != "code" else ev.get(f"{other}_code")
        if partner and partner != code:
            partners[partner].append(ev)
    plist = []
    for p, pevs in partners.items():
        gs = [e["goldstein"] for e in pevs if isinstance(e.get("goldstein"), (int, float))]
        dyad = (code, p) if kind == "country" and len(p) == 3 else None
        plist.append({"code": p, "events": len(pevs), "score": sum(gs) / len(gs) if gs else None,
                      "name": country_names().get(p, ""), "dyad": dyad})
    plist.sort(key=lambda p: -p["events"])
    rows = timeline(evs, freq)
    assign_periods(evs, rows, freq)
    fig = dyad_figure(rows, evs[:MARKERS], freq=freq, index_label="Goldstein mean")
    embedded: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ev in evs:
        if ev.get("_period") and len(embedded[ev["_period"]]) < REPORT_PER_PERIOD:
            embedded[ev["_period"]].append(ev)
    config = {"figure": fig, "freq": freq, "events_url": None, "query": {}, "article_base": "/article/",
              "page_size": REPORT_PER_PERIOD, "embedded": {k: json_events(v) for k, v in embedded.items()}}
    evs_sorted = sorted(evs, key=lambda e: str(e.get("event_date") or ""), reverse=True)
    name = country_names().get(code, "") if kind == "country" else ""
    return {"code": code, "kind": kind, "name": name, "total": len(evs),
            "truncated": len(evs) >= limit, "events": evs_sorted, "partners": plist[:40],
            "names_seen": names.most_common(12), "config": config}


def timeline(evs: list[dict[str, Any]], freq: str) -> list[dict[str, Any]]:
    """Per-period counts of the given events (the actor page's view, not the store's index)."""
    by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ev in evs:
        day = ev.get("event_date") or ev.get("report_date")
        if day:
            by[bounds(str(day), freq)[0].isoformat()].append(ev)
    rows = []
    for p in sorted(by):
        pe = by[p]
        gs = [e["goldstein"] for e in pe if isinstance(e.get("goldstein"), (int, float))]
        q = Counter(int(e.get("quad_class") or 0) for e in pe)
        mean = sum(gs) / len(gs) if gs else None
        rows.append({"period": p, "events": len(pe), "goldstein_mean": mean, "index": mean,
                     **{f"quad{i}": q[i] for i in (1, 2, 3, 4)}})
    return rows
