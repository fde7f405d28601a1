"""``Store``: the event store's one public face. Each method opens the DuckDB file, does one
job and closes it again (see connect.py), so other processes can read between batches.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..analysis import relations as rel
from ..errors import Errors, StoreError
from ..types import ReadError
from . import query as q
from .connect import MEMORY, Connector
from .ingest import IngestReport, OnError, OnProgress, ingest, load
from .schema import TABLES, check_schema, ensure_schema

DEFAULT_DB = "detente.duckdb"


def default_path() -> str:
    """DETENTE_DB if set, else ./detente.duckdb."""
    return os.environ.get("DETENTE_DB") or DEFAULT_DB


class Store:
    """Coded events in a DuckDB file: ingest, query, analyse, export.

    >>> store = Store("events.duckdb")
    >>> store.ingest(["news/"])                       # IngestReport
    >>> store.events(dyad=("CHN", "CAN"), root="16")  # pandas DataFrame
    >>> store.series("CHN", "CAN", freq="month")      # [{period, events, ..., index}]
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False,
                 lock_timeout: float | None = None) -> None:
        self.path = str(path) if path is not None else default_path()
        self.read_only = read_only
        self._con = Connector(self.path, lock_timeout=lock_timeout)
        self._checked = False
        if self._con.in_memory:
            with self._write() as _:
                pass

    def __repr__(self) -> str:
        return f"Store({self.path!r}{', read_only=True' if self.read_only else ''})"

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._con.close()

    # -- connections ----------------------------------------------------------------------
    @contextmanager
    def _write(self) -> Iterator[Any]:
        if self.read_only:
            raise StoreError(Errors.DT705.format(path=self.path))
        with self._con.open(read_only=False) as con:
            if not self._checked:
                con.execute("BEGIN TRANSACTION")
                try:
                    ensure_schema(con, self.path)
                    con.execute("COMMIT")
                except BaseException:
                    con.execute("ROLLBACK")
                    raise
                self._checked = True
            yield con

    @contextmanager
    def _read(self) -> Iterator[Any]:
        if not self._checked and not self.read_only and not self._con.exists():
            raise StoreError(Errors.DT702.format(path=self.path))
        if not self._checked and not self.read_only:
            try:
                with self._con.open(read_only=True) as con:
                    check_schema(con, self.path)
                    self._checked = True
            except StoreError as exc:
                if "[DT704]" not in str(exc):
                    raise
                self.migrate()
        with self._con.open(read_only=not self._con.in_memory) as con:
            if not self._checked:
                check_schema(con, self.path)
                self._checked = True
            yield con

    def migrate(self) -> int:
        """Create the tables or bring an older file to the current schema version. Returns it."""
        self._checked = False
        with self._write() as con:
            return int(con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()[0][0])

    # -- writing ----------------------------------------------------------------------------
    def ingest(self, paths_or_articles: Any, *, coder: Any = None, batch_size: int = 50,
               on_progress: OnProgress | None = None, on_error: OnError | None = None) -> IngestReport:
        """Read, code and store articles not stored yet (same normalised text = same article).

        ``paths_or_articles``: a path, a list of paths/folders (as for ``read_articles``), or an
        iterable of Article. Writes every ``batch_size`` articles in one transaction, so an
        interrupted run, started again, ends with the same database as an uninterrupted one.
        Read, coding and storing problems go to the errors table and to ``on_error``.
        """
        if self.read_only:
            raise StoreError(Errors.DT705.format(path=self.path))
        return ingest(self, paths_or_articles, coder=coder, batch_size=batch_size, on_progress=on_progress,
                      on_error=on_error)

    def load_events(self, pairs: Iterable[tuple[Any, Any]], *, batch_size: int = 50,
                    on_progress: OnProgress | None = None, errors: Iterable[ReadError] | None = None) -> IngestReport:
        """Store events coded elsewhere: ``pairs`` of (article, events), article an Article or a dict
        (id, text, report_date, title, url, source, origin), events Event objects or
        ``Event.to_dict()`` dicts. Same batches, ids and idempotency as ``ingest``; ``errors``
        (ReadErrors met while coding) go to the errors table."""
        if self.read_only:
            raise StoreError(Errors.DT705.format(path=self.path))
        return load(self, pairs, batch_size=batch_size, on_progress=on_progress, errors=errors)

    # -- reading ----------------------------------------------------------------------------
    def content_hashes(self) -> set[str]:
        """Content hashes of all stored articles (empty when there is no database yet)."""
        if not self._con.exists():
            return set()
        with self._read() as con:
            return {r[0] for r in con.execute("SELECT content_hash FROM articles").fetchall()}

    def events(self, *, dyad: Any = None, actor: str | None = None, country: str | None = None, cameo: Any = None,
               root: Any = None, quad: Any = None, plover: Any = None, start: Any = None, end: Any = None,
               text: str | None = None, article_id: Any = None, cluster_id: Any = None, directed: bool = False,
               factual: bool | None = None, limit: int | None = None, offset: int = 0, arrow: bool = False) -> Any:
        """Event mentions matching every filter given, one row each (pandas DataFrame, or Arrow table).

        dyad ('CHN-CAN' or a pair; both directions unless directed=True), actor (code prefix
        like CHNGOV, or part of a name), country, cameo (code prefix; list allowed), root,
        quad, plover, start/end (event date, inclusive), text (in the sentence or title),
        article_id, cluster_id, factual. Offsets are into the article text; see docs/STORE.md.
        """
        where, params = q.event_where(dyad=dyad, actor=actor, country=country, cameo=cameo, root=root, quad=quad,
                                      plover=plover, start=start, end=end, text=text, article_id=article_id,
                                      cluster_id=cluster_id, directed=directed, factual=factual)
        sql = q.events_sql(where)
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        if offset:
            sql += f" OFFSET {int(offset)}"
        with self._read() as con:
            if arrow:
                return con.sql(sql, params=params).to_arrow_table()
            return con.execute(sql, params).df()

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article: its fields, text and events (list of dicts), or None."""
        with self._read() as con:
            cur = con.execute("SELECT * FROM articles WHERE article_id = ?", [article_id])
            rows = cur.fetchall()
            if not rows:
                return None
            out = dict(zip([d[0] for d in cur.description], rows[0]))
            cur = con.execute(q.events_sql(" WHERE e.article_id = ?"), [article_id])
            names = [d[0] for d in cur.description]
            out["events"] = [dict(zip(names, r)) for r in cur.fetchall()]
        return out

    def clusters(self, *, dyad: Any = None, directed: bool = False, start: Any = None, end: Any = None,
                 factual: bool | None = None, limit: int | None = None) -> Any:
        """Event clusters (one row per real-world event) as a DataFrame, newest first."""
        where, params = [], []
        if dyad is not None:
            a, b = q.dyad_pair(dyad)
            sql, ps = q.pair(a, b, directed=directed, keys=True)
            where.append(sql)
            params += ps
        for col, op, val in (("event_date", ">=", q.day(start, "start")), ("event_date", "<=", q.day(end, "end"))):
            if val:
                where.append(f"{col} {op} ?")
                params.append(val)
        if factual is not None:
            where.append("factual = ?")
            params.append(bool(factual))
        sql = "SELECT * FROM clusters" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY event_date DESC NULLS LAST, cluster_id" + (f" LIMIT {int(limit)}" if limit else "")
        with self._read() as con:
            return con.execute(sql, params).df()

    def actors(self, *, code: str | None = None, country: str | None = None, name: str | None = None,
               limit: int | None = None) -> Any:
        """Actors seen: name -> code, first and last seen, mentions, evidence (DataFrame)."""
        where, params = [], []
        if code:
            where.append("starts_with(code, ?)")
            params.append(q.code(code, "code"))
        if country:
            where.append("country = ?")
            params.append(q.code(country, "country"))
        if name:
            where.append("contains(name_key, ?)")
            params.append(name.lower())
        sql = "SELECT * FROM actors" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY mentions DESC, name_key, code" + (f" LIMIT {int(limit)}" if limit else "")
        with self._read() as con:
            return con.execute(sql, params).df()

    def errors(self) -> Any:
        """The errors table (DataFrame): stage, code, record, message, article_id."""
        with self._read() as con:
            return con.execute("SELECT * FROM errors ORDER BY stage, record, code, error_id").df()

    def stats(self) -> dict[str, Any]:
        """Rows per table, schema version, file size in bytes."""
        with self._read() as con:
            out: dict[str, Any] = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}
            out["schema_version"] = int(con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()[0][0])
        out["path"] = self.path
        out["bytes"] = 0 if self.path == MEMORY else os.path.getsize(self.path)
        return out

    # -- analyses -----------------------------------------------------------------------------
    def series(self, a: str, b: str, *, freq: str = "month", directed: bool = False, count: str = "clusters",
               start: Any = None, end: Any = None, span: int = 3) -> list[dict[str, Any]]:
        """Per period between ``a`` and ``b``: events, goldstein_sum/mean, quad1..quad4 and the
        smoothed cooperation–conflict ``index`` (see detente.analysis.relations)."""
        rel.check_freq(freq)
        a, b = q.code(a, "a"), q.code(b, "b")
        with self._read() as con:
            units = q.units(con, count=count, a=a, b=b, directed=directed)
        return rel.series(units, freq=freq, start=q.day(start, "start"), end=q.day(end, "end"), span=span)

    def _by_dyad(self, count: str, dyad: Any = None) -> dict[tuple[str, str], list[dict[str, Any]]]:
        with self._read() as con:
            if dyad is not None:
                a, b = q.dyad_pair(dyad)
                return {(a, b): q.units(con, count=count, a=a, b=b)}
            units = q.units(con, count=count)
        out: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for u in units:
            if u["a"] and u["b"] and u["a"] != u["b"]:
                lo, hi = sorted((u["a"], u["b"]))
                out[(lo, hi)].append(u)
        return out

    def relations(self, *, limit: int | None = 20, freq: str = "month", window: int = 3, by: str = "volume",
                  count: str = "clusters") -> list[dict[str, Any]]:
        """Country dyads (undirected) ranked by volume (``by="volume"``) or by recent change."""
        rel.check_freq(freq)
        return rel.relations(self._by_dyad(count), freq=freq, window=window, limit=limit, by=by)

    def alerts(self, *, freq: str = "month", threshold: float = 2.0, dyad: Any = None, count: str = "clusters",
               min_history: int = 3, min_events: int = 2) -> list[dict[str, Any]]:
        """Periods where a dyad's index falls or rises sharply against its history, each with the
        ids of the clusters (``cluster_ids``) and mentions (``event_ids``) that drove it."""
        rel.check_freq(freq)
        found = rel.alerts(self._by_dyad(count, dyad), freq=freq, threshold=threshold, min_history=min_history,
                           min_events=min_events)
        if not found:
            return found
        with self._read() as con:
            for a in found:
                ids = a.pop("driving_ids")
                if count == "clusters":
                    a["cluster_ids"] = ids
                    a["event_ids"] = _members(con, ids)
                else:
                    a["event_ids"] = ids
                    a["cluster_ids"] = sorted({r[0] for r in con.execute(
                        "SELECT DISTINCT cluster_id FROM events WHERE list_contains(?, event_id)", [ids]).fetchall()})
        return found

    # -- export -------------------------------------------------------------------------------
    def export(self, fmt: str, path: str | Path) -> dict[str, Any]:
        """Write the store as parquet, csv, gdelt, icews or plover; returns {format, path, rows, columns}."""
        from .export import export

        with self._read() as con:
            return export(con, fmt, path)


def _members(con: Any, cluster_ids: list[str]) -> list[str]:
    if not cluster_ids:
        return []
    rows = con.execute("SELECT event_id FROM events WHERE list_contains(?, cluster_id) "
                       "ORDER BY event_date, article_id, sentence_index, event_id", [cluster_ids]).fetchall()
    return [r[0] for r in rows]

