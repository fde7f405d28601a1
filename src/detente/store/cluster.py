"""Event clusters: the mentions, in many sentences and articles, of one real-world event.

The rule (docs/STORE.md, "Deduplication"):

1. Mentions are grouped only with mentions of the same ``cluster_key``: the same directed
   dyad (source side, target side: each a country, else an actor code) and CAMEO root, and
   the same factual status (negated or hypothetical mentions never merge with asserted
   ones). Reciprocal events ("A and B held talks") use the unordered pair, so both
   directions of one meeting stay in one cluster.
2. Each mention's date becomes an interval of days it may mean, by precision:
   day ±1 day; week: its 7 days ±1; month: the month; year: the year; ``report`` (no date
   in the sentence): the 7 days before the report date up to it.
3. Mentions are taken most precise first (narrowest interval, then earliest, then id). A
   mention joins the cluster whose common interval overlaps its own (the nearest anchor
   date wins, then the older cluster) and narrows that interval to the overlap; otherwise it
   starts a new cluster. So every mention of a cluster shares at least one possible day.
4. A cluster is computed from all mentions of its key, so the result depends only on the
   set of stored events, never on batch boundaries or ingestion order. Its id hashes the
   key and the id of its anchor (first, most precise) mention.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from .rows import actor_key

WINDOW_DAYS = {"day": (1, 1), "week": (1, 7), "report": (7, 0)}


def interval(when: date | None, precision: str) -> tuple[date, date] | None:
    """The days a mention dated ``when`` at ``precision`` may refer to (both ends inclusive)."""
    if when is None:
        return None
    if precision == "month":
        nxt = date(when.year + (when.month == 12), when.month % 12 + 1, 1)
        return date(when.year, when.month, 1), nxt - timedelta(days=1)
    if precision == "year":
        return date(when.year, 1, 1), date(when.year, 12, 31)
    before, after = WINDOW_DAYS.get(precision, (1, 1))
    return when - timedelta(days=before), when + timedelta(days=after)


def group(mentions: Iterable[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Split the mentions of one cluster key into clusters (each a list, anchor first)."""
    items = []
    for m in mentions:
        iv = interval(m["event_date"], m["date_precision"])
        width = (iv[1] - iv[0]).days if iv else 10**6
        items.append((width, iv[0] if iv else date.max, m["event_id"], iv, m))
    items.sort(key=lambda t: (t[0], t[1], t[2]))
    clusters: list[dict[str, Any]] = []
    for _, _, _, iv, m in items:
        if iv is None:
            clusters.append({"iv": None, "members": [m]})
            continue
        mid = iv[0] + (iv[1] - iv[0]) / 2
        best = None
        for n, c in enumerate(clusters):
            civ = c["iv"]
            if civ is None or civ[0] > iv[1] or iv[0] > civ[1]:
                continue
            rank = (abs((c["members"][0]["event_date"] - mid).days), n)
            if best is None or rank < best[0]:
                best = (rank, c)
        if best is None:
            clusters.append({"iv": iv, "members": [m]})
        else:
            c = best[1]
            c["iv"] = (max(c["iv"][0], iv[0]), min(c["iv"][1], iv[1]))
            c["members"].append(m)
    return [c["members"] for c in clusters]


def cluster_id(key: str, anchor_event_id: str) -> str:
    return hashlib.sha1(f"{key}|{anchor_event_id}".encode("utf-8")).hexdigest()[:16]


def _mode(values: Iterable[Any]) -> Any:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[0][0]


def summarise(key: str, members: list[dict[str, Any]]) -> dict[str, Any]:
    """The clusters-table row for one cluster; ``members`` as returned by ``group`` (anchor first)."""
    anchor = members[0]
    ivs = [interval(m["event_date"], m["date_precision"]) for m in members]
    known = [iv for iv in ivs if iv]
    lo = max(iv[0] for iv in known) if known else None
    hi = min(iv[1] for iv in known) if known else None
    who, rest = key.split("|", 1)
    reciprocal = "<>" in who
    a_key, b_key = who.split("<>" if reciprocal else ">", 1)
    # Which mention side stands for the cluster's side a (the source, or the lower key if reciprocal).
    sides: dict[str, list[dict[str, Any]]] = {"a": [], "b": []}
    for m in members:
        s = {"code": m["source_code"], "country": m["source_country"]}
        t = {"code": m["target_code"], "country": m["target_country"]}
        if reciprocal and actor_key(m["source_country"], m["source_code"], m["source_text"]) != a_key:
            s, t = t, s
        sides["a"].append(s)
        sides["b"].append(t)
    cameo = _mode(m["cameo"] for m in members)
    like = next(m for m in members if m["cameo"] == cameo)
    first = min(members, key=lambda m: (m["report_date"] or date.max, m["article_id"], m["event_id"]))
    pubs = {m.get("publisher") or ("#" + m["article_id"]) for m in members}
    return {
        "cluster_id": cluster_id(key, anchor["event_id"]), "cluster_key": key,
        "source_key": a_key, "target_key": None if b_key == "-" else b_key,
        "reciprocal": reciprocal, "factual": rest.endswith("|f"),
        "source_code": _mode(s["code"] for s in sides["a"]), "source_country": _mode(s["country"] for s in sides["a"]),
        "target_code": _mode(s["code"] for s in sides["b"]), "target_country": _mode(s["country"] for s in sides["b"]),
        "cameo": cameo, "cameo_root": anchor["cameo_root"], "quad_class": like["quad_class"],
        "goldstein": like["goldstein"], "plover": like["plover"],
        "event_date": anchor["event_date"], "date_precision": anchor["date_precision"], "date_lo": lo, "date_hi": hi,
        "mentions": len(members), "sentences": len({(m["article_id"], m["sentence_index"]) for m in members}),
        "articles": len({m["article_id"] for m in members}), "sources": len(pubs),
        "first_report": first["report_date"], "first_article_id": first["article_id"], "first_event_id": first["event_id"],
        "lead": any(m["sentence_index"] == 0 for m in members),
    }


def compute(key: str, mentions: Iterable[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """All clusters of one key: (cluster rows, event_id -> cluster_id)."""
    rows, assign = [], {}
    for members in group(mentions):
        row = summarise(key, members)
        rows.append(row)
        for m in members:
            assign[m["event_id"]] = row["cluster_id"]
    return rows, assign
