"""ErrorLog: an ``on_error`` callback that keeps the ReadErrors for a summary."""

from __future__ import annotations

import sys
from collections import Counter
from typing import TextIO

from detente.types import ReadError


class ErrorLog:
    """Collect ReadErrors; optionally echo each to a stream (stderr by default).

    >>> log = ErrorLog(echo=False)
    >>> articles = list(read_articles(paths, on_error=log))
    >>> if log: print(log.summary(), file=sys.stderr)

    Only the first ``keep`` errors are stored; all are counted.
    """

    def __init__(self, echo: bool = True, stream: TextIO | None = None, keep: int = 10_000) -> None:
        self.echo = echo
        self._stream = stream
        self.keep = keep
        self.errors: list[ReadError] = []
        self.counts: Counter[str] = Counter()

    def __call__(self, err: ReadError) -> None:
        self.counts[err.code] += 1
        if len(self.errors) < self.keep:
            self.errors.append(err)
        if self.echo:
            print(str(err), file=self._stream or sys.stderr, flush=True)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def __len__(self) -> int:
        return self.total

    def __bool__(self) -> bool:
        return self.total > 0

    def summary(self) -> str:
        if not self.total:
            return "No input problems."
        parts = ", ".join(f"{code} x{n}" for code, n in sorted(self.counts.items()))
        noun = "problem" if self.total == 1 else "problems"
        return f"{self.total} input {noun} ({parts}); the affected records were skipped or read without a date."
