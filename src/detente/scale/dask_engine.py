"""Code news on a Dask cluster: ``detente ingest PATH... --engine dask``.

The client reads the input (``read_articles``, streaming) and cuts it into parts of
``part_size`` articles. Each part is one task: the worker codes it with its own Coder,
loaded once per worker process (``CoderPlugin``), and writes the part's articles and events
as Parquet under ``out``, partitioned by report month (``scale.parquet``). Only a small
summary travels back. At most ``ahead`` parts per worker are in flight, so the client's
memory does not grow with the input. Then, if a store is given, the Parquet parts are loaded
into it through ``Store.load_events``; the folder stays, for DuckDB to query in place.

With no scheduler address a LocalCluster of ``workers`` processes (one thread each) is
started and stopped here; with one, the run uses that cluster's workers, which need detente
installed and ``out`` reachable (a shared folder, or an fsspec URL such as s3://...).
See docs/SCALING.md.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import DetenteError, Errors
from ..types import Article, ReadError
from .parquet import filesystem, has_parts, write_part

_CODERS: dict[tuple[tuple[str, Any], ...], Any] = {}


def _coder(options: dict[str, Any]) -> Any:
    """This process's Coder for ``options`` (created on first use, then reused)."""
    key = tuple(sorted(options.items()))
    coder = _CODERS.get(key)
    if coder is None:
        from ..coder import Coder

        coder = _CODERS[key] = Coder(**options)
    return coder


try:  # the plugin base class lives in distributed; without it the engine reports DT711
    from distributed import WorkerPlugin as _WorkerPlugin
except ImportError:  # pragma: no cover
    _WorkerPlugin = object  # type: ignore[assignment,misc]


class CoderPlugin(_WorkerPlugin):  # type: ignore[misc,valid-type]
    """Loads the Coder when a worker starts, so every task finds it ready."""

    name = "detente-coder"

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options

    def setup(self, worker: Any) -> None:
        _coder(self.options)


def code_part(number: int, articles: list[Article], out: str, options: dict[str, Any]) -> dict[str, Any]:
    """Task body: code one part and write it. An article the coder fails on is reported
    (DT706) and left out; the others are written."""
    coder = _coder(options)
    errors: list[tuple[str, str, str, str]] = []
    try:
        pairs = list(coder.code_articles(articles))
    except Exception:  # noqa: BLE001  one bad article must not sink its part: retry one by one
        pairs = []
        for art in articles:
            try:
                pairs.extend(coder.code_articles([art]))
            except Exception as exc:  # noqa: BLE001
                msg = Errors.DT706.format(article=art.id, detail=f"{type(exc).__name__}: {exc}"[:300])
                errors.append((art.origin or str(art.id), "DT706", msg.split("] ", 1)[1], str(art.id)))
    fs, root = filesystem(out)
    months = write_part(fs, root, f"part-{number:06d}", pairs)
    return {"part": number, "articles": len(pairs), "events": sum(months.values()), "months": months,
            "errors": errors, "pid": os.getpid()}


@dataclass
class DaskReport:
    """What a Dask run did. ``store`` is the store's own report of the load, when there was one."""

    articles_read: int = 0
    articles_coded: int = 0
    events: int = 0
    errors: int = 0
    parts: int = 0
    months: dict[str, int] = field(default_factory=dict)
    workers: int = 0
    out: str = ""
    seconds: float = 0.0  # everything: cluster start, coding, store load
    startup_seconds: float = 0.0  # cluster start and every worker loading its Coder
    coding_seconds: float = 0.0  # reading, coding and writing Parquet
    load_seconds: float = 0.0  # loading the Parquet into the store
    error_samples: list[str] = field(default_factory=list)
    store: Any = None

    @property
    def rate(self) -> float:
        """Articles coded per second (reading, coding and writing Parquet; not the store load)."""
        return self.articles_coded / self.coding_seconds if self.coding_seconds else 0.0

    def summary(self) -> str:
        lines = [f"{self.articles_read} articles read, {self.articles_coded} coded by {self.workers} Dask workers "
                 f"in {self.coding_seconds:.1f}s ({self.rate:.1f} articles/s; cluster start "
                 f"{self.startup_seconds:.1f}s): {self.events} events in {self.parts} parts, "
                 f"{len(self.months)} report months, Parquet under {self.out}"]
        if self.store is not None:  # the store's summary lists the errors too
            lines.append("store: " + self.store.summary())
        elif self.errors:
            lines.append(f"{self.errors} errors:")
            lines += [f"  {s}" for s in self.error_samples]
        return "\n".join(lines)


OnProgress = Callable[[DaskReport], None]
OnError = Callable[[ReadError], None]


def progress_printer(echo: Callable[[str], None], every: float = 5.0) -> OnProgress:
    """An ``on_progress`` that prints one line at most every ``every`` seconds."""
    last = [0.0]
    t0 = time.perf_counter()

    def show(r: DaskReport) -> None:
        now = time.perf_counter()
        if now - last[0] >= every:
            last[0] = now
            echo(f"  {now - t0:.0f}s: {r.parts} parts done, {r.articles_coded} articles coded of {r.articles_read} "
                 f"read, {r.events} events, {r.errors} errors")

    return show


def ingest_dask(paths: Iterable[str | os.PathLike[str]] | str, *, store: Any = None, workers: int | None = None,
                scheduler: str | None = None, out: str | os.PathLike[str] | None = None, part_size: int = 32,
                ahead: int = 2, coder_options: dict[str, Any] | None = None, overwrite: bool | None = None,
                on_progress: OnProgress | None = None, on_error: OnError | None = None,
                on_start: Callable[[], None] | None = None) -> DaskReport:
    """Code ``paths`` on a Dask cluster, write Parquet by report month to ``out`` and load it
    into ``store`` (a Store, or a path to one; None: Parquet only).

    ``out`` defaults to ``<store file>.parquet/`` next to the store (rewritten by each run),
    or a new temporary folder. An ``out`` given explicitly must be empty unless
    ``overwrite=True``. ``workers`` is the LocalCluster size (default: CPU count), or, with
    ``scheduler``, how many workers to wait for. ``coder_options`` are Coder keyword arguments.
    ``on_start`` is called when every worker has its Coder and coding begins.
    """
    t0 = time.perf_counter()
    if workers is not None and workers < 1:
        raise DetenteError(Errors.DT954.format(value=workers))
    store = _as_store(store)
    out_url, overwrite = _out(out, store, overwrite)
    fs, root = filesystem(out_url)
    if has_parts(fs, root):
        if not overwrite:
            raise DetenteError(Errors.DT951.format(out=out_url))
        for sub in ("events", "articles"):
            if fs.exists(f"{root.rstrip('/')}/{sub}"):
                fs.rm(f"{root.rstrip('/')}/{sub}", recursive=True)
    fs.makedirs(root, exist_ok=True)
    options = dict(coder_options or {})
    report = DaskReport(out=out_url)
    read_errors: list[ReadError] = []

    def error(err: ReadError) -> None:
        report.errors += 1
        if len(report.error_samples) < 10:
            report.error_samples.append(str(err))
        read_errors.append(err)
        if on_error is not None:
            on_error(err)

    def counted() -> Iterator[Article]:
        for art in _read(paths, error):
            report.articles_read += 1
            yield art

    client, cluster = _connect(scheduler, workers)
    try:
        report.workers = len(client.scheduler_info()["workers"])
        client.register_plugin(CoderPlugin(options))  # every worker loads its Coder now
        t1 = time.perf_counter()
        report.startup_seconds = t1 - t0
        if on_start is not None:
            on_start()
        _run(client, counted(), out_url, options, part_size, max(1, report.workers) * max(1, ahead), report,
             error, on_progress)
        report.coding_seconds = time.perf_counter() - t1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if store is not None:
        from .parquet import read_pairs

        t2 = time.perf_counter()
        report.store = store.load_events(read_pairs(out_url), errors=read_errors)
        report.load_seconds = time.perf_counter() - t2
    report.seconds = time.perf_counter() - t0
    return report


def _run(client: Any, articles: Iterator[Article], out: str, options: dict[str, Any], part_size: int,
         limit: int, report: DaskReport, error: Callable[[ReadError], None], on_progress: OnProgress | None) -> None:
    from distributed import as_completed

    done = as_completed()
    batches: dict[Any, list[str]] = {}

    def settle(fut: Any) -> None:
        ids = batches.pop(fut.key)
        try:
            res = fut.result()
        except DetenteError:
            raise
        except Exception as exc:  # noqa: BLE001  a lost worker or a failed write: name the articles
            for aid in ids:
                error(ReadError(aid, "DT953", Errors.DT953.format(detail=f"{type(exc).__name__}: {exc}"[:300],
                                                                    article=aid).split("] ", 1)[1]))
            return
        finally:
            fut.release()
        report.parts += 1
        report.articles_coded += res["articles"]
        report.events += res["events"]
        for m, n in res["months"].items():
            report.months[m] = report.months.get(m, 0) + n
        for where, code, msg, _aid in res["errors"]:
            error(ReadError(where, code, msg))
        if on_progress is not None:
            on_progress(report)

    number = 0
    in_flight = 0
    while True:
        part = list(islice(articles, part_size))
        if not part:
            break
        while in_flight >= limit:
            settle(next(done))
            in_flight -= 1
        fut = client.submit(code_part, number, part, out, options, pure=False, retries=1)
        batches[fut.key] = [a.origin or a.id for a in part]
        done.add(fut)
        in_flight += 1
        number += 1
    for fut in done:
        settle(fut)


def _read(paths: Any, error: Callable[[ReadError], None]) -> Iterator[Article]:
    from ..readers import read_articles

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return read_articles([str(p) for p in paths], on_error=error)


def _connect(scheduler: str | None, workers: int | None) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover
        raise DetenteError(Errors.DT711.format(detail=exc)) from exc
    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except OSError as exc:
            raise DetenteError(Errors.DT955.format(address=scheduler, detail=exc)) from exc
        if workers:
            client.wait_for_workers(workers, timeout=300)
        return client, None
    import logging

    n = workers or os.cpu_count() or 1
    cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=logging.ERROR)
    return Client(cluster), cluster


def _as_store(store: Any) -> Any:
    if store is None or hasattr(store, "load_events"):
        return store
    from ..store import Store

    return Store(store)


def _out(out: Any, store: Any, overwrite: bool | None) -> tuple[str, bool]:
    """Where the Parquet goes, and whether earlier parts there may be replaced."""
    if out is not None:
        return str(out), bool(overwrite)
    path = getattr(store, "path", None)
    if path and path != ":memory:":
        p = Path(path)
        return str(p.with_name(p.stem + ".parquet")), True if overwrite is None else overwrite
    return tempfile.mkdtemp(prefix="detente-parquet-"), True


__all__ = ["CoderPlugin", "DaskReport", "code_part", "ingest_dask", "progress_printer"]
