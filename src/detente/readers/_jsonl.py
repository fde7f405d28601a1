"""JSON Lines (one object per line, read line by line) and whole JSON documents.

Each object needs ``text`` (taken exactly as given: offsets point into it) and may
have ``id``, ``date``, ``title``, ``url``, ``source``. A missing id becomes
``<file stem>:<line>``. The one change made to strings: a lone UTF-16 surrogate
escape (``"\\ud800"``, valid JSON) becomes U+FFFD, one character for one, since no
UTF-8 writer or tokenizer accepts it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from detente.types import Article

from ._common import OnError, Source, checked_date, make_error, opt_str

_ALIASES = {
    "id": ("id",),
    "text": ("text",),
    "date": ("date", "report_date"),
    "title": ("title",),
    "url": ("url",),
    "source": ("source",),
}


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # json.loads has already joined the valid pairs


def _text(value: Any) -> Any:
    if isinstance(value, str) and _LONE_SURROGATE.search(value):
        return _LONE_SURROGATE.sub("\ufffd", value)
    return value


def _get(obj: dict[str, Any], key: str) -> Any:
    for name in _ALIASES[key]:
        if name in obj:
            return _text(obj[name])
    lowered = {k.lower(): v for k, v in obj.items() if isinstance(k, str)}
    for name in _ALIASES[key]:
        if name in lowered:
            return _text(lowered[name])
    return None


def _kind(value: Any) -> str:
    return {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )


def record_to_article(obj: Any, where: str, default_id: str, src: Source, report: OnError) -> Article | None:
    """Turn one parsed record into an Article, reporting at most one problem."""
    if not isinstance(obj, dict):
        report(make_error(where, "DT204", kind=_kind(obj)))
        return None
    text = _get(obj, "text")
    if text is None:
        report(make_error(where, "DT205", detail="no \"text\" key" if "text" not in obj else "it is null"))
        return None
    if not isinstance(text, str):
        report(make_error(where, "DT205", detail=f"it is {_kind(text)}, not a string"))
        return None
    if not text.strip():
        report(make_error(where, "DT206", detail="the \"text\" field is empty"))
        return None
    rid = opt_str(_get(obj, "id")) or default_id
    return Article(
        id=rid,
        text=text,
        report_date=checked_date(_get(obj, "date"), where, report),
        title=opt_str(_get(obj, "title")),
        url=opt_str(_get(obj, "url")),
        source=opt_str(_get(obj, "source")),
        origin=where,
    )


def parse_lines(lines: Iterable[str], src: Source, report: OnError) -> Iterator[Article]:
    """Read JSON Lines from an iterable of text lines (a text stream)."""
    seen = 0
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        seen += 1
        where = src.at(n)
        try:
            obj = json.loads(line, strict=False)  # raw tabs/newlines in strings are tolerated
        except json.JSONDecodeError as exc:
            report(make_error(where, "DT203", detail=f"{exc.msg} at column {exc.colno}"))
            continue
        except RecursionError:
            report(make_error(where, "DT203", detail="nested too deeply"))
            continue
        art = record_to_article(obj, where, f"{src.stem}:{n}", src, report)
        if art is not None:
            yield art
    if seen == 0:
        report(make_error(src.label, "DT206", detail="the file has no records"))


def first_line_is_object(text: str, *, complete: bool = True) -> bool:
    """Whether the first non-blank line of ``text`` is a JSON object.

    When ``text`` is only the start of the input (``complete`` False) and that line
    runs past its end (a record longer than the sample), a line opening with "{"
    is taken as an object: the line-by-line reader reports it if it is not one.
    """
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip():
            if not complete and i == len(lines) - 1:
                return line.lstrip().startswith("{")
            try:
                return isinstance(json.loads(line, strict=False), dict)
            except (json.JSONDecodeError, RecursionError):
                return False
    return False


def parse_document(text: str, src: Source, report: OnError) -> Iterator[Article]:
    """A whole JSON document: an array of records or one record (read into memory)."""
    try:
        doc = json.loads(text, strict=False)
    except json.JSONDecodeError as exc:
        report(make_error(src.at(exc.lineno), "DT216", detail=f"{exc.msg} at column {exc.colno}"))
        return
    except RecursionError:
        report(make_error(src.label, "DT216", detail="nested too deeply"))
        return
    if isinstance(doc, dict):
        art = record_to_article(doc, src.label, src.stem, src, report)
        if art is not None:
            yield art
        return
    if not isinstance(doc, list):
        report(make_error(src.label, "DT216", detail=f"the document is {_kind(doc)}"))
        return
    if not doc:
        report(make_error(src.label, "DT206", detail="the JSON array is empty"))
        return
    for i, obj in enumerate(doc, 1):
        art = record_to_article(obj, f"{src.label}#{i}", f"{src.stem}#{i}", src, report)
        if art is not None:
            yield art
