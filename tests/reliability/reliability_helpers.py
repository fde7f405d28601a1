"""Shared pieces of the reader fuzz tests: settings, counters, strategies, a reader call.

``DETENTE_FUZZ_EXAMPLES`` sets how many inputs each fuzz test tries (default 40,
which keeps the module well under a minute); a long run sets it to thousands and
docs/RELIABILITY.md records the figures printed at the end of the session.
"""

from __future__ import annotations

import os
import re
import string
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from detente.errors import Errors
from detente.readers import read_articles
from detente.readers._dates import parse_date

EXAMPLES = int(os.environ.get("DETENTE_FUZZ_EXAMPLES", "40"))

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # file I/O and dateparser make single examples slow now and then
    database=None,  # nothing written into the repository; failures print a reproduce blob
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)

# Figures for docs/RELIABILITY.md, printed by the terminal summary in conftest.py.
STATS: Counter[str] = Counter()

READER_CODES = {name for name in vars(Errors) if name.startswith("DT2")}


@contextmanager
def scratch() -> Iterator[Path]:
    """A fresh folder per example (pytest's tmp_path is per test, not per example)."""
    with tempfile.TemporaryDirectory(prefix="detente-fuzz-") as d:
        yield Path(d)


def read(*paths: Path | str):
    """(articles, errors) for ``paths``; counts what was tried and what came out."""
    errors = []
    articles = list(read_articles(list(paths), on_error=errors.append))
    STATS["inputs"] += 1
    STATS["articles"] += len(articles)
    STATS["errors"] += len(errors)
    for e in errors:
        assert e.code in READER_CODES, f"not a reader error code: {e}"
        assert e.message and not e.message.startswith("["), e
    return articles, errors


def pairs(errors) -> list[tuple[str, str]]:
    return [(e.code, e.where) for e in errors]


# -- text ---------------------------------------------------------------------------

# C0 controls (NUL apart: see STRAY_NUL), DEL and NEL
CONTROL = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\t\n\r") + "\x7f\x85"
# One raw NUL in a file of text is junk, not a sign of a binary file; the record keeps it.
STRAY_NUL = "Stray\x00NUL in this record."
ODD_SPACE = "\u00a0\u2028\u2029\u3000\u200b\ufeff"

# Article text as scrapers give it: any printable character (all scripts, emoji),
# odd spaces and line separators; control characters are added sparingly below.
_printable = st.characters(exclude_categories=("Cs", "Cc"))


@st.composite
def article_text(draw, *, controls: bool = True, min_size: int = 1) -> str:
    """Non-blank text starting with a letter, with a few control characters at random."""
    body = draw(st.text(st.one_of(_printable, st.sampled_from(ODD_SPACE + " \n\t")), min_size=min_size - 1, max_size=200))
    text = draw(st.sampled_from(string.ascii_letters)) + body
    if controls:
        for _ in range(draw(st.integers(0, 2))):
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.sampled_from(CONTROL)) + text[at:]
    return text


@st.composite
def western_text(draw) -> str:
    """Mostly-ASCII Latin text with a few accented letters and curly quotes (legacy code pages)."""
    words = draw(st.lists(st.text(string.ascii_letters, min_size=3, max_size=9), min_size=3, max_size=12))
    extra = draw(st.lists(st.sampled_from("éèàçüöñÉ’“”–£"), max_size=3))
    for ch in extra:
        words.insert(draw(st.integers(0, len(words))), ch)
    return " ".join(words)


blank_text = st.text(st.sampled_from(" \t\r\n\u00a0\u2028\u3000\x0b\x0c"), max_size=6)

# -- dates ----------------------------------------------------------------------------

# Written dates that cannot be read exactly: each must give one DT207 and keep the article.
ODD_DATES = [
    "0000-00-00", "2024-13-45", "2023-02-29", "2024-00-10", "2024-04-31", "9999-99-99",
    "10000-01-01", "yesterday", "2 days ago", "soon", "31/02", "Q3", "2024-1x-01",
]
assert all(parse_date(v) is None for v in ODD_DATES)  # the list itself must stay honest


@st.composite
def good_date(draw) -> tuple[str, date]:
    """A readable date in one of the written forms the readers accept, far past to far future."""
    d = draw(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
    form = draw(st.sampled_from(["iso", "isotime", "slash", "compact", "long"]))
    text = {
        "iso": f"{d.year:04d}-{d.month:02d}-{d.day:02d}",
        "isotime": f"{d.year:04d}-{d.month:02d}-{d.day:02d}T08:30:00Z",
        "slash": f"{d.year:04d}/{d.month:02d}/{d.day:02d}",
        "compact": f"{d.year:04d}{d.month:02d}{d.day:02d}",
        "long": f"{d.day} {d:%B} {d.year:04d}",
    }[form]
    return text, d


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def line_breaks(s: str) -> int:
    """Line ends in ``s`` as a text file counts them (\\r\\n, \\r or \\n)."""
    return len(_LINE_BREAK.findall(s))
