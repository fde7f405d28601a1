"""Code articles in several processes on this machine, streaming and in input order.

``Coder.code_articles(articles, processes=N)`` lands here. Each worker process holds one copy
of the coder (inherited by fork where the OS has it, else sent once by pickle); articles go
out in small batches, at most a few batches per worker in flight, so memory stays bounded
however long the input is. Only the events come back; the parent pairs them with the
articles it kept.
"""

from __future__ import annotations

import multiprocessing as mp
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TYPE_CHECKING, Any

from ..types import Article, Event

if TYPE_CHECKING:
    from ..coder import Coder

_CODER: Any = None  # the coder of this worker process


def _init(coder: Any) -> None:
    global _CODER
    _CODER = coder if coder is not None else _CODER


def _code(batch: list[Article]) -> list[list[Event]]:
    return [events for _, events in _CODER.code_articles(batch)]


def code_in_processes(coder: Coder, articles: Iterable[Article], *, processes: int, batch: int = 8,
                      ahead: int = 3) -> Iterator[tuple[Article, list[Event]]]:
    """(article, events) pairs as ``coder.code_articles`` gives them, coded by ``processes``
    worker processes; ``ahead`` batches per worker are queued at most."""
    global _CODER
    fork = "fork" in mp.get_all_start_methods() and sys.platform != "darwin"
    ctx = mp.get_context("fork" if fork else "spawn")
    if fork:
        _CODER = coder  # children inherit it; nothing is pickled
    it = iter(articles)
    pending: deque[tuple[list[Article], Future[list[list[Event]]]]] = deque()
    try:
        with ProcessPoolExecutor(max_workers=processes, mp_context=ctx, initializer=_init,
                                 initargs=(None if fork else coder,)) as pool:
            while True:
                while len(pending) < processes * ahead:
                    chunk = list(islice(it, batch))
                    if not chunk:
                        break
                    pending.append((chunk, pool.submit(_code, chunk)))
                if not pending:
                    break
                chunk, fut = pending.popleft()
                yield from zip(chunk, fut.result())
    finally:
        if fork:
            _CODER = None
