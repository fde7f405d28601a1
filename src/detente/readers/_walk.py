"""Expand the paths given by the user into sources, one at a time.

Folders are walked recursively in sorted order (hidden files and folders are
ignored); "-" stands for stdin. Nothing is listed up front beyond one folder level.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ._common import STDIN_LABEL, OnError, Source, make_error

EXTENSIONS = {
    ".txt": "txt",
    ".text": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".html": "html",
    ".htm": "html",
}

# Not worth a warning when met inside a folder.
_JUNK_NAMES = {"thumbs.db", "desktop.ini", "icon\r"}
_JUNK_SUFFIXES = ("~", ".bak", ".swp", ".tmp", ".pyc")
_JUNK_DIRS = {"__pycache__", "__MACOSX"}


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _is_junk(name: str) -> bool:
    low = name.lower()
    return low in _JUNK_NAMES or low.endswith(_JUNK_SUFFIXES)


def iter_sources(paths: Iterable[str | os.PathLike[str]], report: OnError) -> Iterator[Source]:
    for p in paths:
        if isinstance(p, str) and p == "-":
            yield Source(STDIN_LABEL, "stdin", None, None)
            continue
        label = os.fspath(p)
        path = Path(label)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as exc:  # e.g. name too long
            report(make_error(label, "DT214", detail=exc.strerror or str(exc)))
            continue
        if not exists:
            report(make_error(label, "DT201", path=label))
        elif is_dir:
            yield from _walk_folder(label, report)
        else:
            # a file named by the user: unknown extensions are sniffed
            yield Source(label, path.stem, path, EXTENSIONS.get(path.suffix.lower()))


def _walk_folder(top: str, report: OnError) -> Iterator[Source]:
    found = 0
    skipped: dict[str, list] = {}  # extension -> [count, first example]

    def onerror(exc: OSError) -> None:
        where = exc.filename or top
        report(make_error(os.fspath(where), "DT214", detail=exc.strerror or str(exc)))

    for dirpath, dirnames, filenames in os.walk(top, onerror=onerror):
        dirnames[:] = sorted(d for d in dirnames if not _is_hidden(d) and d not in _JUNK_DIRS)
        for name in sorted(filenames):
            if _is_hidden(name) or _is_junk(name):
                continue
            full = os.path.join(dirpath, name)
            path = Path(full)
            fmt = EXTENSIONS.get(path.suffix.lower())
            if fmt is None:
                ext = path.suffix.lower() or "(no extension)"
                entry = skipped.setdefault(ext, [0, full])
                entry[0] += 1
                continue
            if not path.is_file():  # broken symlink, socket, ...
                continue
            found += 1
            yield Source(full, path.stem, path, fmt)
    if found == 0:
        detail = ""
        if skipped:
            kinds = ", ".join(f"{n} {ext}" for ext, (n, _) in sorted(skipped.items()))
            detail = f" (skipped unsupported files: {kinds})"
        report(make_error(top, "DT213", detail=detail))
        return
    for ext, (count, example) in sorted(skipped.items()):
        report(make_error(top, "DT212", ext=ext, count=count, example=example))
