"""read_articles: expand paths, open one input at a time, pick the format, report problems."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from detente.types import Article

from ._common import OnError, Source, make_error, print_to_stderr
from ._csv import parse_csv
from ._decode import SAMPLE_SIZE, NotText, PrefixedStream, decode_bytes, stream_encoding, text_stream
from ._html import parse_html
from ._jsonl import first_line_is_object, parse_document, parse_lines
from ._seed import looks_like_seed, parse_text
from ._walk import iter_sources


def read_articles(
    paths: Iterable[str | os.PathLike[str]],
    *,
    on_error: OnError | None = None,
) -> Iterator[Article]:
    """Yield the articles found in ``paths`` (files, folders, or "-" for stdin).

    Inputs are read one at a time and JSON Lines/CSV record by record, so a big
    folder or file is never held in memory. Bad input never stops the run: each
    problem is passed once, as a ReadError, to ``on_error`` (default: printed to
    stderr) and reading goes on.
    """
    report = on_error if on_error is not None else print_to_stderr
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # a lone path is almost certainly not meant as characters
    for src in iter_sources(paths, report):
        yield from _read_source(src, report)


def _read_source(src: Source, report: OnError) -> Iterator[Article]:
    try:
        if src.path is None:
            buffer = sys.stdin.buffer
            sample = buffer.read(SAMPLE_SIZE)
            raw: BinaryIO = io.BufferedReader(PrefixedStream(sample, buffer))  # type: ignore[arg-type]
        else:
            raw = open(src.path, "rb")
            sample = raw.read(SAMPLE_SIZE)
            raw.seek(0)
    except OSError as exc:
        report(make_error(src.label, "DT214", detail=exc.strerror or str(exc)))
        return
    try:
        if not sample:
            report(make_error(src.label, "DT206", detail="the file is empty"))
            return
        fmt = src.fmt or _sniff(sample)
        if fmt != src.fmt:
            src = Source(src.label, src.stem, src.path, fmt)
        yield from _parse(src, raw, sample, report)
    except NotText as exc:
        code = "DT202" if exc.binary else "DT215"
        report(make_error(src.label, code, detail=exc.detail))
    except OSError as exc:
        report(make_error(src.label, "DT214", detail=exc.strerror or str(exc)))
    finally:
        if src.path is not None:
            raw.close()


def _sniff(sample: bytes) -> str:
    """Format of an input without a known extension. Raises NotText."""
    enc = stream_encoding(sample)
    head = sample.decode(enc, errors="replace").lstrip("\ufeff")
    if first_line_is_object(head, complete=len(sample) < SAMPLE_SIZE):
        return "jsonl"
    if looks_like_seed(head):
        return "txt"
    start = head.lstrip()[:200].lower()
    if start.startswith(("<!doctype html", "<html")):
        return "html"
    return "txt"


def _parse(src: Source, raw: BinaryIO, sample: bytes, report: OnError) -> Iterator[Article]:
    fmt = src.fmt
    if fmt == "jsonl" or (fmt == "json" and _json_is_lines(sample)):
        stream = text_stream(raw, sample, newline="\n")  # split on \n only, like JSON Lines
        yield from parse_lines(stream, src, report)
    elif fmt in ("csv", "tsv"):
        stream = text_stream(raw, sample, newline="")
        yield from parse_csv(stream, src, report)
    elif fmt == "json":
        yield from parse_document(decode_bytes(raw.read()), src, report)
    elif fmt == "html":
        yield from parse_html(decode_bytes(raw.read(), html=True), src, report)
    else:
        yield from parse_text(decode_bytes(raw.read()), src, report)


def _json_is_lines(sample: bytes) -> bool:
    """A .json file is read as JSON Lines when its first line is a whole object."""
    try:
        enc = stream_encoding(sample)
    except NotText:
        return False
    head = sample.decode(enc, errors="replace").lstrip("\ufeff")
    return first_line_is_object(head, complete=len(sample) < SAMPLE_SIZE)
