"""One write batch: articles, their events, error rows, and the clusters and actors they touch,
all in one transaction. A process killed at any moment leaves either the whole batch or none
of it, and the next run skips the articles already stored (by content hash).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timezone
from typing import Any

import pyarrow as pa

from . import cluster
from .rows import Prepared, name_key, publisher

_ARROW = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(),
          "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"), "VARCHAR[]": pa.list_(pa.string())}


def _schema(con: Any, table: str) -> pa.Schema:
    cols = con.execute(f"DESCRIBE {table}").fetchall()
    return pa.schema([(name, _ARROW[str(kind)]) for name, kind, *_ in cols])


def insert(con: Any, table: str, rows: list[dict[str, Any]], *, ignore_conflicts: bool = False) -> None:
    if not rows:
        return
    schema = _schema(con, table)
    data = pa.Table.from_pylist([{k: r.get(k) for k in schema.names} for r in rows], schema=schema)
    con.register("_rows", data)
    try:
        tail = " ON CONFLICT DO NOTHING" if ignore_conflicts else ""
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows{tail}")
    finally:
        con.unregister("_rows")


def _keys_table(con: Any, name: str, keys: set[str]) -> None:
    con.register(name, pa.table({"k": pa.array(sorted(keys), pa.string())}))


def write_batch(con: Any, batch: list[Prepared], errors: list[dict[str, Any]]) -> tuple[list[Prepared], int]:
    """Write ``batch`` and ``errors`` in one transaction. Returns (articles written, duplicates skipped)."""
    con.execute("BEGIN TRANSACTION")
    try:
        new, skipped = _settle(con, batch)
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        for p in new:
            p.article["ingested_at"] = now
            for e in p.events:
                e["article_id"] = p.article["article_id"]
        insert(con, "articles", [p.article for p in new])
        events = [e for p in new for e in p.events]
        insert(con, "events", events)
        insert(con, "errors", errors, ignore_conflicts=True)
        if events:
            recluster(con, {e["cluster_key"] for e in events})
            reactors(con, {e[f"{s}_actor_id"] for e in events for s in ("source", "target") if e[f"{s}_actor_id"]})
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return new, skipped


def _settle(con: Any, batch: list[Prepared]) -> tuple[list[Prepared], int]:
    """Drop articles already stored (same content hash) and give clashing ids a hash suffix."""
    hashes = {p.article["content_hash"] for p in batch}
    ids = {p.article["article_id"] for p in batch}
    _keys_table(con, "_h", hashes)
    _keys_table(con, "_i", ids)
    try:
        stored = {r[0] for r in con.execute("SELECT content_hash FROM articles WHERE content_hash IN (SELECT k FROM _h)").fetchall()}
        taken = {r[0] for r in con.execute("SELECT article_id FROM articles WHERE article_id IN (SELECT k FROM _i)").fetchall()}
    finally:
        con.unregister("_h")
        con.unregister("_i")
    new, skipped = [], 0
    for p in batch:
        h = p.article["content_hash"]
        if h in stored:
            skipped += 1
            continue
        stored.add(h)
        aid = p.article["article_id"]
        if aid in taken:
            aid = f"{aid}~{h[:8]}"
            p.article["article_id"] = aid
        taken.add(aid)
        new.append(p)
    return new, skipped


_MENTION_COLS = ("event_id", "article_id", "sentence_index", "report_date", "event_date", "date_precision", "cameo",
                 "cameo_root", "goldstein", "quad_class", "plover", "source_code", "source_country", "source_text",
                 "target_code", "target_country", "cluster_key")


def recluster(con: Any, keys: set[str]) -> None:
    """Recompute every cluster of ``keys`` from all their stored mentions."""
    _keys_table(con, "_k", keys)
    try:
        cols = ", ".join(f"e.{c}" for c in _MENTION_COLS)
        cur = con.execute(f"SELECT {cols}, a.source, a.url FROM events e JOIN articles a USING (article_id) "
                          f"WHERE e.cluster_key IN (SELECT k FROM _k)")
        by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in cur.fetchall():
            m = dict(zip(_MENTION_COLS, r[:-2]))
            m["publisher"] = publisher(r[-2], r[-1])
            by_key[m["cluster_key"]].append(m)
        rows, assign = [], {}
        for key in sorted(by_key):
            r, a = cluster.compute(key, by_key[key])
            rows.extend(r)
            assign.update(a)
        con.execute("DELETE FROM clusters WHERE cluster_key IN (SELECT k FROM _k)")
    finally:
        con.unregister("_k")
    insert(con, "clusters", rows)
    table = pa.table({"event_id": pa.array(list(assign), pa.string()),
                      "cluster_id": pa.array(list(assign.values()), pa.string())})
    con.register("_assign", table)
    try:
        con.execute("UPDATE events SET cluster_id = m.cluster_id FROM _assign m WHERE events.event_id = m.event_id")
    finally:
        con.unregister("_assign")


def reactors(con: Any, actor_ids: set[str]) -> None:
    """Recompute the actors-table rows of ``actor_ids`` (name -> code, first/last seen, evidence)."""
    _keys_table(con, "_a", actor_ids)
    try:
        parts = []
        for side in ("source", "target"):
            parts.append(f"SELECT {side}_actor_id, {side}_text, {side}_code, {side}_country, {side}_sector, {side}_name, "
                         f"coalesce(report_date, event_date), event_id, article_id, sentence FROM events "
                         f"WHERE {side}_actor_id IN (SELECT k FROM _a)")
        found = con.execute(" UNION ALL ".join(parts)).fetchall()
        con.execute("DELETE FROM actors WHERE actor_id IN (SELECT k FROM _a)")
    finally:
        con.unregister("_a")
    by_id: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for r in found:
        by_id[r[0]].append(r)
    rows = []
    for aid in sorted(by_id):
        ms = by_id[aid]
        seen = [m[6] for m in ms if m[6] is not None]
        first = min(ms, key=lambda m: (m[6] or date.max, m[7]))
        names = Counter(m[1] for m in ms)
        rows.append({
            "actor_id": aid, "name": sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[0][0],
            "name_key": name_key(first[1]), "code": first[2], "country": first[3], "sector": first[4],
            "canonical": _mode([m[5] for m in ms]), "mentions": len(ms), "articles": len({m[8] for m in ms}),
            "first_seen": min(seen) if seen else None, "last_seen": max(seen) if seen else None,
            "evidence_event_id": first[7], "evidence": first[9],
        })
    insert(con, "actors", rows)


def _mode(values: list[Any]) -> Any:
    counts = Counter(v for v in values if v)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counts else None
