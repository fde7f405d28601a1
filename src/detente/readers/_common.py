"""Shared pieces of the readers: where an input comes from and how problems are reported."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from detente.errors import Errors
from detente.types import ReadError

from ._dates import parse_date

OnError = Callable[[ReadError], None]

STDIN_LABEL = "<stdin>"


@dataclass(frozen=True)
class Source:
    """One input to read: a file, or stdin when ``path`` is None."""

    label: str  # what errors and Article.origin name: the path as given, or "<stdin>"
    stem: str  # default article id
    path: Path | None
    fmt: str | None  # "txt", "jsonl", "json", "csv", "tsv", "html"; None: sniff the content

    def at(self, line: int) -> str:
        return f"{self.label}:{line}"


def make_error(where: str, code: str, **fields: object) -> ReadError:
    """Build a ReadError from the ``Errors.<code>`` template.

    The template starts with "[DTxxx] "; ReadError.__str__ already prints the
    code, so the prefix is dropped from the message to avoid showing it twice.
    """
    message = getattr(Errors, code).format(**fields)
    prefix = f"[{code}] "
    if message.startswith(prefix):
        message = message[len(prefix) :]
    return ReadError(where=where, code=code, message=message)


def print_to_stderr(err: ReadError) -> None:
    print(str(err), file=sys.stderr, flush=True)


def checked_date(value: object, where: str, report: OnError):
    """Parse an optional date; report DT207 (once) when present but unreadable."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    d = parse_date(value)
    if d is None:
        report(make_error(where, "DT207", value=value))
    return d


def opt_str(value: object) -> str | None:
    if value is None:
        return None
    s = value if isinstance(value, str) else str(value)
    s = s.strip()
    return s or None
