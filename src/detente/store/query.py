"""SQL for reading the store: event filters, and the units (clusters or mentions) analyses count.

Matching a side (an argument of ``dyad``, ``country`` or a dyad of ``series``): a value
matches an actor when it equals the actor's country or is a prefix of its code, so ``CHN``
matches CHN, CHNGOV and CHNMIL, and ``CHNGOV`` only the Chinese government.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from ..errors import Errors, StoreError

_CODE = re.compile(r"[A-Za-z0-9]+")


def bad(name: str, value: Any, expected: str) -> StoreError:
    return StoreError(Errors.DT708.format(name=name, value=value, expected=expected))


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (str, int)):
        return [value]
    return list(value)


def code(value: Any, name: str) -> str:
    s = str(value).strip()
    if not _CODE.fullmatch(s):
        raise bad(name, value, "letters and digits only, e.g. CHN, CANGOV or IGOUNO")
    return s.upper()


def day(value: Any, name: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise bad(name, value, "a date as YYYY-MM-DD") from None


def dyad_pair(value: Any) -> tuple[str, str]:
    parts = re.split(r"[-,/ ]+", value.strip()) if isinstance(value, str) else list(value)
    if len(parts) != 2:
        raise bad("dyad", value, "two sides, e.g. ('CHN', 'CAN') or 'CHN-CAN'")
    return code(parts[0], "dyad"), code(parts[1], "dyad")


def side(prefix: str, value: str, key_col: str | None = None) -> tuple[str, list[Any]]:
    """SQL matching one side (``source``/``target`` columns with ``prefix``) to a country or code prefix."""
    sql = f"({prefix}_country = ? OR starts_with({prefix}_code, ?)"
    params: list[Any] = [value, value]
    if key_col:
        sql += f" OR {key_col} = ?"
        params.append(value)
    return sql + ")", params


def pair(a: str, b: str, *, directed: bool, alias: str = "", keys: bool = False) -> tuple[str, list[Any]]:
    """SQL for events (or clusters) between ``a`` and ``b``: a->b, plus b->a unless ``directed``.
    Reciprocal rows count in both directions."""
    s, t = f"{alias}source", f"{alias}target"
    sk, tk = (f"{alias}source_key", f"{alias}target_key") if keys else (None, None)
    sa, pa_ = side(s, a, sk)
    tb, pb = side(t, b, tk)
    sb, qb = side(s, b, sk)
    ta, qa = side(t, a, tk)
    reverse = "" if not directed else f" AND {alias}reciprocal"
    return f"(({sa} AND {tb}) OR ({sb} AND {ta}{reverse}))", pa_ + pb + qb + qa


def event_where(*, dyad: Any = None, actor: str | None = None, country: str | None = None, cameo: Any = None,
                root: Any = None, quad: Any = None, plover: Any = None, start: Any = None, end: Any = None,
                text: str | None = None, article_id: Any = None, cluster_id: Any = None, directed: bool = False,
                factual: bool | None = None) -> tuple[str, list[Any]]:
    """WHERE clause (over ``events e JOIN articles a``) and its parameters for ``Store.events``."""
    where: list[str] = []
    params: list[Any] = []

    def add(sql: str, ps: Sequence[Any]) -> None:
        where.append(sql)
        params.extend(ps)

    if dyad is not None:
        a, b = dyad_pair(dyad)
        add(*pair(a, b, directed=directed, alias="e."))
    if country:
        c = code(country, "country")
        add("(e.source_country = ? OR e.target_country = ?)", [c, c])
    if actor:
        if _CODE.fullmatch(actor) and actor.upper() == actor:
            add("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))", [actor, actor])
        else:
            needle = actor.lower()
            add("(contains(lower(e.source_text), ?) OR contains(lower(coalesce(e.source_name, '')), ?) "
                "OR contains(lower(coalesce(e.target_text, '')), ?) OR contains(lower(coalesce(e.target_name, '')), ?))",
                [needle] * 4)
    codes = [str(c) for c in as_list(cameo)]
    if codes:
        for c in codes:
            if not c.isdigit():
                raise bad("cameo", c, "a CAMEO code of digits, e.g. 161 or 0311 (a prefix matches its sub-codes)")
        add("(" + " OR ".join("starts_with(e.cameo, ?)" for _ in codes) + ")", codes)
    roots = [f"{int(r):02d}" if str(r).isdigit() else r for r in as_list(root)]
    if roots:
        for r in roots:
            if not (isinstance(r, str) and r.isdigit() and 1 <= int(r) <= 20):
                raise bad("root", r, "a CAMEO root from 01 to 20")
        add(f"e.cameo_root IN ({', '.join('?' * len(roots))})", roots)
    quads = as_list(quad)
    if quads:
        try:
            qs = [int(q) for q in quads]
        except (TypeError, ValueError):
            raise bad("quad", quad, "quad classes 1 to 4") from None
        if any(q not in (1, 2, 3, 4) for q in qs):
            raise bad("quad", quad, "quad classes 1 to 4")
        add(f"e.quad_class IN ({', '.join('?' * len(qs))})", qs)
    types = [str(p).upper() for p in as_list(plover)]
    if types:
        add(f"upper(e.plover) IN ({', '.join('?' * len(types))})", types)
    lo, hi = day(start, "start"), day(end, "end")
    if lo:
        add("e.event_date >= ?", [lo])
    if hi:
        add("e.event_date <= ?", [hi])
    if text:
        needle = text.lower()
        add("(contains(lower(e.sentence), ?) OR contains(lower(coalesce(a.title, '')), ?))", [needle, needle])
    ids = [str(i) for i in as_list(article_id)]
    if ids:
        add(f"e.article_id IN ({', '.join('?' * len(ids))})", ids)
    cids = [str(i) for i in as_list(cluster_id)]
    if cids:
        add(f"e.cluster_id IN ({', '.join('?' * len(cids))})", cids)
    if factual is not None:
        add("e.factual = ?", [bool(factual)])
    return (" WHERE " + " AND ".join(where)) if where else "", params


EVENT_ORDER = " ORDER BY e.event_date NULLS LAST, e.article_id, e.sentence_index, e.trigger_start, e.event_id"


def events_sql(where: str) -> str:
    return (f"SELECT e.*, a.title, a.url, a.source AS publisher FROM events e JOIN articles a USING (article_id)"
            f"{where}{EVENT_ORDER}")


def units(con: Any, *, count: str, a: str | None = None, b: str | None = None, directed: bool = False,
          start: date | None = None, end: date | None = None) -> list[dict[str, Any]]:
    """Factual, dated, two-sided units between ``a`` and ``b`` (or all), each with both countries.

    ``count="clusters"``: one unit per event cluster (its anchor date, code and Goldstein);
    ``count="mentions"``: one per event mention.
    """
    if count not in ("clusters", "mentions"):
        raise bad("count", count, "clusters or mentions")
    table, ident = ("clusters", "cluster_id") if count == "clusters" else ("events", "event_id")
    where = ["factual", "target_text IS NOT NULL" if count == "mentions" else "target_key IS NOT NULL",
             "event_date IS NOT NULL"]
    params: list[Any] = []
    if a is not None and b is not None:
        sql, ps = pair(a, b, directed=directed, keys=count == "clusters")
        where.append(sql)
        params += ps
    if start:
        where.append("event_date >= ?")
        params.append(start)
    if end:
        where.append("event_date <= ?")
        params.append(end)
    rows = con.execute(f"SELECT {ident}, event_date, quad_class, goldstein, source_country, target_country "
                       f"FROM {table} WHERE {' AND '.join(where)} ORDER BY event_date, {ident}", params).fetchall()
    return [{"id": r[0], "date": r[1], "quad": r[2], "goldstein": r[3], "a": r[4], "b": r[5]} for r in rows]
