"""Short-lived DuckDB connections, with a bounded wait when another process holds the file.

DuckDB lets one process write a file (and, while it does, no other process may open it) or
several processes read it. So the store never keeps a file open between operations: each
write batch and each query opens the file, does its work and closes it. When the file is
locked, opening is retried with a growing pause (50 ms up to 0.5 s) for ``lock_timeout``
seconds (default 10, or the DETENTE_LOCK_TIMEOUT environment variable), then DT701 is raised.
``":memory:"`` keeps one connection for the life of the Store.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from ..errors import Errors, StoreError

MEMORY = ":memory:"
_RETRYABLE = ("could not set lock", "conflicting lock", "different configuration")


def default_lock_timeout() -> float:
    try:
        return float(os.environ.get("DETENTE_LOCK_TIMEOUT", "10"))
    except ValueError:
        return 10.0


class Connector:
    """Opens the store file for one operation at a time (or holds the one in-memory connection)."""

    def __init__(self, path: str, *, lock_timeout: float | None = None) -> None:
        self.path = path
        self.lock_timeout = default_lock_timeout() if lock_timeout is None else lock_timeout
        self._memory: Any = duckdb.connect(MEMORY) if path == MEMORY else None
        self._memory_lock = threading.RLock()  # one in-memory connection: one thread at a time

    @property
    def in_memory(self) -> bool:
        return self._memory is not None

    def exists(self) -> bool:
        return self.in_memory or Path(self.path).exists()

    @contextmanager
    def open(self, *, read_only: bool) -> Iterator[Any]:
        if self._memory is not None:
            with self._memory_lock:
                yield self._memory
            return
        con = self._connect(read_only)
        try:
            yield con
        finally:
            con.close()

    def _connect(self, read_only: bool) -> Any:
        if read_only and not Path(self.path).exists():
            raise StoreError(Errors.DT702.format(path=self.path))
        if not read_only:
            parent = Path(self.path).parent
            if not parent.exists():
                raise StoreError(Errors.DT710.format(path=self.path, detail=f"the folder {parent} does not exist"))
        started = time.monotonic()
        pause = 0.05
        while True:
            try:
                return duckdb.connect(self.path, read_only=read_only)
            except duckdb.Error as exc:
                text = str(exc).lower()
                if not any(r in text for r in _RETRYABLE):
                    raise StoreError(Errors.DT710.format(path=self.path, detail=str(exc).splitlines()[0])) from exc
                waited = time.monotonic() - started
                if waited >= self.lock_timeout:
                    raise StoreError(Errors.DT701.format(path=self.path, seconds=waited)) from exc
                time.sleep(min(pause, max(0.0, self.lock_timeout - waited)))
                pause = min(pause * 2, 0.5)

    def close(self) -> None:
        if self._memory is not None:
            self._memory.close()
            self._memory = None
