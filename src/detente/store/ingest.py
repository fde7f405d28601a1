"""Ingest: read, skip what is stored, code, and write in batches, never stopping on a bad record.

``Loader`` is the one write path: ``Store.ingest`` (local coding) and ``Store.load_events``
(events coded elsewhere, e.g. by the Dask engine) both feed it (article, events) pairs and
error rows; it writes a batch every ``batch_size`` articles, each in its own transaction.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import Errors
from ..types import Article, Event, ReadError
from .rows import Prepared, as_article, content_hash, error_row, prepare
from .writer import write_batch

if TYPE_CHECKING:
    from ..coder import Coder
    from .api import Store


@dataclass
class IngestReport:
    """What an ingest or load did. ``errors`` counts problems (read, coding, storing) in this run."""

    articles_read: int = 0
    articles_new: int = 0
    articles_skipped: int = 0
    events: int = 0
    errors: int = 0
    seconds: float = 0.0
    batches: int = 0
    error_counts: dict[str, int] = field(default_factory=dict)
    error_samples: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Articles read per second."""
        return self.articles_read / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        line = (f"{self.articles_read} articles read: {self.articles_new} new, {self.articles_skipped} already stored; "
                f"{self.events} events stored in {self.batches} batches, {self.seconds:.1f}s ({self.rate:.1f} articles/s)")
        if not self.errors:
            return line + "; no errors."
        codes = ", ".join(f"{c} x{n}" for c, n in sorted(self.error_counts.items()))
        noun = "error" if self.errors == 1 else "errors"
        lines = [line + f"; {self.errors} {noun} ({codes}), kept in the errors table:"]
        lines += [f"  {s}" for s in self.error_samples]
        if self.errors > len(self.error_samples):
            lines.append(f"  … and {self.errors - len(self.error_samples)} more in the errors table")
        return "\n".join(lines)


OnProgress = Callable[[IngestReport], None]
OnError = Callable[[ReadError], None]


class Loader:
    """Buffers coded articles and errors, and writes them a batch at a time."""

    def __init__(self, store: Store, *, batch_size: int, on_progress: OnProgress | None,
                 on_error: OnError | None) -> None:
        self.store = store
        self.batch_size = max(1, int(batch_size))
        self.on_progress = on_progress
        self.on_error = on_error
        self.report = IngestReport()
        self._t0 = time.perf_counter()
        self._articles: list[Prepared] = []
        self._errors: list[dict[str, Any]] = []
        self._counts: Counter[str] = Counter()

    # -- inputs ------------------------------------------------------------------------
    def error(self, err: ReadError, *, stage: str = "read", article_id: str | None = None) -> None:
        self._errors.append(error_row(stage, err.code, err.where, err.message, article_id))
        self.report.errors += 1
        self._counts[err.code] += 1
        if len(self.report.error_samples) < 10:
            self.report.error_samples.append(str(err))
        if self.on_error is not None:
            self.on_error(err)

    def add(self, article: Article, events: list[Event] | list[dict[str, Any]]) -> None:
        try:
            prepared = prepare(article, events)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            msg = Errors.DT707.format(article=article.id, detail=_detail(exc))
            self.error(ReadError(article.origin or str(article.id), "DT707", _strip(msg)), stage="store",
                       article_id=str(article.id))
            return
        self._articles.append(prepared)
        self.tick()
        if len(self._articles) >= self.batch_size:
            self.flush()

    def tick(self) -> None:
        self.report.seconds = time.perf_counter() - self._t0
        if self.on_progress is not None:
            self.on_progress(self.report)

    # -- output ------------------------------------------------------------------------
    def flush(self) -> None:
        if not self._articles and not self._errors:
            return
        with self.store._write() as con:
            new, skipped = write_batch(con, self._articles, self._errors)
        self.report.articles_new += len(new)
        self.report.articles_skipped += skipped
        self.report.events += sum(len(p.events) for p in new)
        self.report.batches += 1
        self._articles, self._errors = [], []
        self.tick()

    def finish(self) -> IngestReport:
        self.flush()
        self.report.error_counts = dict(self._counts)
        self.report.seconds = time.perf_counter() - self._t0
        return self.report


def _detail(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:300]


def _strip(message: str) -> str:
    """A coded message without its leading [DTnnn] (ReadError adds the code when printed)."""
    return message.split("] ", 1)[1] if message.startswith("[DT") else message


def safe_code(coder: Coder, articles: Iterable[Article],
              on_fail: Callable[[Article, BaseException], None]) -> Iterator[tuple[Article, list[Event]]]:
    """``coder.code_articles`` that survives an article the coder fails on.

    Articles stream through spaCy in batches; when coding raises, the articles in flight are
    coded one by one (the failing one is passed to ``on_fail``) and streaming resumes.
    """
    source = iter(articles)
    while True:
        inflight: deque[Article] = deque()

        def feed() -> Iterator[Article]:
            for art in source:
                inflight.append(art)
                yield art

        try:
            for art, events in coder.code_articles(feed()):
                while inflight and inflight[0] is not art:
                    inflight.popleft()
                if inflight:
                    inflight.popleft()
                yield art, events
            return
        except Exception:  # noqa: BLE001 - one bad article must not end the run
            pending = list(inflight)
        for art in pending:
            try:
                yield next(iter(coder.code_articles([art])))
            except Exception as exc:  # noqa: BLE001
                on_fail(art, exc)


def ingest(store: Store, sources: Any, *, coder: Coder | None, batch_size: int, on_progress: OnProgress | None,
           on_error: OnError | None) -> IngestReport:
    """Read ``sources`` (paths, or Article objects), code the articles not yet stored, write them."""
    from ..readers import read_articles

    loader = Loader(store, batch_size=batch_size, on_progress=on_progress, on_error=on_error)
    known = store.content_hashes()
    items = [sources] if isinstance(sources, (str, bytes)) or hasattr(sources, "__fspath__") else sources
    stream = iter(items)
    first = next(stream, None)

    def articles() -> Iterator[Article]:
        if first is None:
            return
        if isinstance(first, Article):
            raw: Iterable[Article] = _chain(first, stream)
        else:
            raw = read_articles(list(_chain(first, stream)), on_error=loader.error)
        for art in raw:
            loader.report.articles_read += 1
            h = content_hash(art.text) if isinstance(art.text, str) else None
            if h is not None and h in known:
                loader.report.articles_skipped += 1
                loader.tick()
                continue
            if h is not None:
                known.add(h)
            yield art

    def failed(art: Article, exc: BaseException) -> None:
        msg = Errors.DT706.format(article=art.id, detail=_detail(exc))
        loader.error(ReadError(art.origin or str(art.id), "DT706", _strip(msg)), stage="code", article_id=str(art.id))

    if coder is None:
        from ..coder import Coder

        coder = Coder()
    for art, events in safe_code(coder, articles(), failed):
        loader.add(art, events)
    return loader.finish()


def load(store: Store, pairs: Iterable[Any], *, batch_size: int, on_progress: OnProgress | None,
         errors: Iterable[ReadError] | None) -> IngestReport:
    """Write (article, events) pairs coded elsewhere through the same idempotent batches."""
    loader = Loader(store, batch_size=batch_size, on_progress=on_progress, on_error=None)
    for err in errors or ():
        loader.error(err)
    for n, pair in enumerate(pairs):
        try:
            article_obj, events = pair
            article = as_article(article_obj)
            events = list(events)
        except (TypeError, ValueError) as exc:
            msg = Errors.DT712.format(where=f"#{n}", detail=_detail(exc))
            loader.error(ReadError(f"record #{n}", "DT712", _strip(msg)), stage="load")
            continue
        loader.report.articles_read += 1
        loader.add(article, events)
    return loader.finish()


def _chain(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    yield first
    yield from rest
