"""Seed format and plain text files: one article per file.

Seed format: the first line is ``date YYYY-MM-DD Title`` (leading whitespace
and a BOM are tolerated), then the body. ``Article.text`` is the body with its
leading blank lines removed and nothing else changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detente.types import Article

from ._common import OnError, Source, checked_date, make_error

# The date token must start with a digit so that prose such as "Date of ..." is not a header.
SEED_HEADER = re.compile(r"\A[\s\ufeff]*date[ \t]+(\d[^\s]*)[ \t]*([^\r\n]*)(?:\r?\n|\r|\Z)", re.IGNORECASE)
_LEADING_BLANK_LINES = re.compile(r"(?:[ \t\f\v\r]*\n)*")


def looks_like_seed(text: str) -> bool:
    return SEED_HEADER.match(text) is not None


def parse_text(text: str, src: Source, report: OnError) -> Iterator[Article]:
    """One article from the decoded content of a .txt file (seed or plain)."""
    m = SEED_HEADER.match(text)
    if m is None:
        if not text.strip():
            report(make_error(src.label, "DT206", detail="the file has no text"))
            return
        yield Article(id=src.stem, text=text, origin=src.label)
        return
    body = text[m.end() :]
    body = body[_LEADING_BLANK_LINES.match(body).end() :]  # type: ignore[union-attr]
    if not body.strip():
        report(make_error(src.label, "DT206", detail="the seed file has a header but no body"))
        return
    header_at = src.at(text.count("\n", 0, m.start(1)) + 1)
    yield Article(
        id=src.stem,
        text=body,
        report_date=checked_date(m.group(1), header_at, report),
        title=m.group(2).strip() or None,
        origin=src.label,
    )
