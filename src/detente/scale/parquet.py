"""Coded articles as Parquet, partitioned by report month, on any fsspec file system.

Layout under ``root`` (a local folder or a URL such as ``s3://bucket/run1``)::

    events/report_month=2023-05/part-000003.parquet     one row per Event (nested like Event.to_dict())
    articles/report_month=2023-05/part-000003.parquet   one row per Article (its text, for the store)

``report_month`` is ``unknown`` for articles without a report date. A part holds whole
articles; events are written in article order and each article row carries ``n_events``, so
``read_pairs`` rebuilds (article, events) pairs a part at a time, even when ids repeat. The Arrow schemas come from the dataclasses in ``types.py``,
so a new Event field needs no change here. DuckDB reads the folders in place::

    SELECT source.code, target.code, count(*) FROM
      read_parquet('out/events/*/*.parquet', hive_partitioning = true) GROUP BY ALL
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import DetenteError, Errors
from ..types import Article, Event

UNKNOWN_MONTH = "unknown"
PARTITION = "report_month"


def _arrow_type(tp: Any) -> pa.DataType:
    origin = typing.get_origin(tp)
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if origin in (typing.Union, types.UnionType):
        if len(args) != 1:
            raise TypeError(f"cannot store a union of {args}")
        return _arrow_type(args[0])
    if origin is typing.Literal:
        return pa.string()
    if origin is list:
        return pa.list_(_arrow_type(args[0]))
    if dataclasses.is_dataclass(tp):
        return pa.struct(_fields(tp))
    simple = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), date: pa.date32()}
    if tp in simple:
        return simple[tp]
    raise TypeError(f"no Arrow type for {tp!r}")


def _fields(cls: type) -> list[pa.Field]:
    hints = typing.get_type_hints(cls)
    return [pa.field(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(cls)]


@lru_cache(maxsize=1)
def event_schema() -> pa.Schema:
    return pa.schema(_fields(Event))


@lru_cache(maxsize=1)
def article_schema() -> pa.Schema:
    return pa.schema(_fields(Article) + [pa.field("n_events", pa.int64())])


def month_of(article: Article) -> str:
    return article.report_date.strftime("%Y-%m") if article.report_date else UNKNOWN_MONTH


def filesystem(url: str) -> tuple[Any, str]:
    """(fsspec file system, path on it) for a folder or URL; a coded error when the protocol's
    package (s3fs, gcsfs, adlfs, ...) is missing."""
    import fsspec

    try:
        return fsspec.core.url_to_fs(str(url))
    except (ImportError, ValueError) as exc:
        raise DetenteError(Errors.DT952.format(url=url, detail=exc)) from exc


def write_part(fs: Any, root: str, part: str, pairs: Iterable[tuple[Article, list[Event]]]) -> dict[str, int]:
    """Write one part (a batch of coded articles) under ``root``; returns {month: events}."""
    by_month: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = defaultdict(lambda: ([], []))
    for art, events in pairs:
        arts, evs = by_month[month_of(art)]
        arts.append({**dataclasses.asdict(art), "n_events": len(events)})
        evs.extend(e.to_dict() for e in events)
    counts = {}
    for month, (arts, evs) in sorted(by_month.items()):
        for table, rows, schema in (("articles", arts, article_schema()), ("events", evs, event_schema())):
            folder = f"{root.rstrip('/')}/{table}/{PARTITION}={month}"
            fs.makedirs(folder, exist_ok=True)
            with fs.open(f"{folder}/{part}.parquet", "wb") as fh:
                pq.write_table(pa.Table.from_pylist(rows, schema=schema), fh)
        counts[month] = len(evs)
    return counts


def parts(fs: Any, root: str) -> list[tuple[str, str]]:
    """(month, part name) of every article part under ``root``, in order."""
    found = []
    for path in fs.glob(f"{root.rstrip('/')}/articles/{PARTITION}=*/*.parquet"):
        folder, name = path.rsplit("/", 2)[-2:]
        found.append((folder.split("=", 1)[1], name.removesuffix(".parquet")))
    return sorted(found, key=lambda mp: (mp[1], mp[0]))


def read_pairs(url: str) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """(article dict, [event dicts]) for every article under ``url``, one part in memory at a
    time; event dicts equal ``Event.to_dict()`` of the events written."""
    fs, root = filesystem(url)
    base = root.rstrip("/")
    for month, name in parts(fs, base):
        with fs.open(f"{base}/articles/{PARTITION}={month}/{name}.parquet", "rb") as fh:
            arts = pq.read_table(fh, schema=article_schema()).to_pylist()
        events: list[dict[str, Any]] = []
        path = f"{base}/events/{PARTITION}={month}/{name}.parquet"
        if any(a["n_events"] for a in arts):
            with fs.open(path, "rb") as fh:
                events = pq.read_table(fh, schema=event_schema()).to_pylist()
        at = 0
        for art in arts:
            n = art.pop("n_events") or 0
            yield art, events[at:at + n]
            at += n


def has_parts(fs: Any, root: str) -> bool:
    base = root.rstrip("/")
    return bool(fs.exists(base) and (fs.glob(f"{base}/events/*/*.parquet") or fs.glob(f"{base}/articles/*/*.parquet")))


__all__ = ["article_schema", "event_schema", "filesystem", "month_of", "read_pairs", "write_part"]
