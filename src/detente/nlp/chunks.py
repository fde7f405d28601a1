"""Split an article into paragraphs with their character offsets, so that a long text is
parsed in pieces (bounded memory, batched nlp.pipe) and offsets still point into the article."""

from __future__ import annotations

import re
from collections.abc import Iterator

_PARA = re.compile(r"\n\s*\n")
MAX_CHUNK = 20_000


def chunks(text: str, max_chars: int = MAX_CHUNK) -> Iterator[tuple[int, str]]:
    """Yield (offset, chunk) pairs covering the non-blank paragraphs of ``text``."""
    pos = 0
    for m in _PARA.finditer(text):
        yield from _split(text, pos, m.start(), max_chars)
        pos = m.end()
    yield from _split(text, pos, len(text), max_chars)


def _split(text: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, str]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > max_chars:
        cut = text.rfind("\n", start, start + max_chars)
        if cut <= start:
            cut = text.rfind(". ", start, start + max_chars) + 1
        if cut <= start:
            cut = start + max_chars
        yield start, text[start:cut]
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, text[start:end]
