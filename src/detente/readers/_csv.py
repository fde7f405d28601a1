"""CSV and TSV files: a header row naming ``text`` (and optionally id, date, title, url, source)."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from typing import TextIO

from detente.types import Article

from ._common import OnError, Source, checked_date, make_error, opt_str


def _raise_field_limit() -> None:
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 10


_raise_field_limit()

_FIELDS = ("id", "text", "date", "title", "url", "source")


def _delimiter(header_line: str, fmt: str | None) -> str:
    """Tab for .tsv; otherwise whichever of , ; tab splits the header into a "text" column."""
    candidates = ["\t", ",", ";"] if fmt == "tsv" else [",", "\t", ";"]
    for d in candidates:
        names = {c.strip().strip('"').strip().lower() for c in header_line.split(d)}
        if "text" in names:
            return d
    return candidates[0]


class _Lines:
    """The physical lines fed to csv.reader, numbered, with those of the current record kept.

    When a record breaks on a stray quote, csv has read every line up to the
    next quote (or the end of the file) into it; ``replay_after_first`` gives
    those lines back so that the rows they hold are not lost.
    """

    def __init__(self, stream: TextIO, first_line: int) -> None:
        self._it = iter(stream)
        self._back: list[tuple[int, str]] = []
        self._next_no = first_line
        self.taken: list[tuple[int, str]] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self._back:
            no, line = self._back.pop()
        else:
            line = next(self._it)
            no = self._next_no
            self._next_no += 1
        self.taken.append((no, line))
        return line

    @property
    def start(self) -> int:
        """Line number where the current record starts."""
        return self.taken[0][0] if self.taken else self._next_no

    def replay_after_first(self) -> None:
        self._back.extend(reversed(self.taken[1:]))
        self.taken.clear()


def parse_csv(stream: TextIO, src: Source, report: OnError) -> Iterator[Article]:
    """Read rows from a text stream opened with newline=''."""
    first = stream.readline()
    header_lines = 1  # physical lines before the first data row
    while first and not first.strip():
        first = stream.readline()
        header_lines += 1
    if not first:
        report(make_error(src.label, "DT206", detail="the CSV file has no rows"))
        return
    delim = _delimiter(first, src.fmt)
    header_rows = list(csv.reader([first], delimiter=delim))
    header = [h.strip().lstrip("\ufeff").strip().lower() for h in (header_rows[0] if header_rows else [])]
    if "text" not in header:
        report(make_error(src.label, "DT209", columns=", ".join(header) or "nothing"))
        return
    col = {name: header.index(name) for name in _FIELDS if name in header}
    lines = _Lines(stream, header_lines + 1)
    reader = csv.reader(lines, delimiter=delim, strict=True)
    rows = 0
    while True:
        lines.taken.clear()
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # reported at the line where the bad record starts
            report(make_error(src.at(lines.start), "DT210", detail=str(exc)))
            # a stray quote swallows the lines after it: read them again as rows
            lines.replay_after_first()
            rows += 1
            continue
        start = lines.start
        if not row or (len(row) == 1 and not row[0].strip() and len(header) > 1):
            continue  # blank line
        rows += 1
        where = src.at(start)
        if len(row) != len(header):
            report(make_error(where, "DT208", got=len(row), expected=len(header)))
            continue
        text = row[col["text"]]
        if not text.strip():
            report(make_error(where, "DT206", detail="the text column is empty"))
            continue
        rid = opt_str(row[col["id"]]) if "id" in col else None
        yield Article(
            id=rid or f"{src.stem}:{start}",
            text=text,
            report_date=checked_date(row[col["date"]], where, report) if "date" in col else None,
            title=opt_str(row[col["title"]]) if "title" in col else None,
            url=opt_str(row[col["url"]]) if "url" in col else None,
            source=opt_str(row[col["source"]]) if "source" in col else None,
            origin=where,
        )
    if rows == 0:
        report(make_error(src.label, "DT206", detail="the CSV file has a header but no rows"))
