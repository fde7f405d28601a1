"""Seed and plain .txt files fuzzed: odd dates, BOMs, UTF-16, CRLF, control characters,
odd spaces and line separators in titles and bodies.

Property: one file gives one article with the exact body, title and date, or (for an
unreadable date) the article without a date plus exactly one DT207 naming the header line.
"""

from __future__ import annotations

import re
from datetime import date

from hypothesis import assume, given
from hypothesis import strategies as st
from detente.readers._dates import parse_date
from reliability_helpers import CONTROL, FUZZ, ODD_DATES, STATS, STRAY_NUL, article_text, good_date, pairs, read, scratch

_SEED_LIKE = re.compile(r"[\s\ufeff]*date[ \t]+\d", re.IGNORECASE)

# In a seed header the date is the first space-free token after "date".
_ODD_TOKENS = [d for d in ODD_DATES if d[0].isdigit() and " " not in d] + ["0000-00-00T25:61", "2024-02-30Z", "20241345"]
assert all(parse_date(v) is None for v in _ODD_TOKENS)


@st.composite
def seed_date(draw) -> tuple[str, date | None]:
    if draw(st.booleans()):
        text, d = draw(good_date().filter(lambda td: " " not in td[0]))
        return text, d
    return draw(st.sampled_from(_ODD_TOKENS)), None


_title_chars = st.one_of(
    st.characters(exclude_categories=("Cs", "Cc")), st.sampled_from(CONTROL.replace("\x85", "") + "\u2028\u00a0")
)


@FUZZ
@given(
    dated=seed_date(),
    title=st.text(_title_chars, max_size=60),
    leading=st.sampled_from(["", "\n", "  \n\t", "\ufeff"]),
    blank_lines=st.sampled_from(["", "\n", "\n\n", " \t\n\r\n"]),
    body=st.one_of(article_text(), st.just(STRAY_NUL)),
    eol=st.sampled_from(["\n", "\r\n"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le"]),
)
def test_seed_file(dated, title, leading, blank_lines, body, eol, encoding):
    date_text, expected_date = dated
    if encoding == "utf-16-le" and not (title + body).isascii():
        encoding = "utf-16"
    content = f"{leading}date {date_text} {title}{eol}{blank_lines}{body}"
    with scratch() as d:
        path = d / "story.txt"
        path.write_bytes(content.encode(encoding))
        articles, errors = read(path)
        header_line = leading.count("\n") + 1
        assert [(a.id, a.text, a.report_date, a.title, a.origin) for a in articles] == [
            ("story", body, expected_date, title.strip() or None, str(path))
        ]
        assert pairs(errors) == ([] if expected_date else [("DT207", f"{path}:{header_line}")])
    STATS["records"] += 1
    STATS["good"] += 1


@FUZZ
@given(
    text=st.one_of(article_text(), st.just(STRAY_NUL)),
    bom=st.booleans(),
    encoding=st.sampled_from(["utf-8", "utf-16", "utf-32"]),
    ext=st.sampled_from([".txt", ".text", ""]),
)
def test_plain_text_file(text, bom, encoding, ext):
    assume(not _SEED_LIKE.match(text))
    data = text.encode(encoding)  # utf-16/32 write a BOM
    if bom and encoding == "utf-8":
        data = b"\xef\xbb\xbf" + data
    with scratch() as d:
        path = d / f"plain{ext}"
        path.write_bytes(data)
        articles, errors = read(path)
        if ext == "" and text.lstrip().lower().startswith(("{", "<html", "<!doctype html")):
            return  # without an extension this may be sniffed as JSON or HTML (see the bytes fuzz)
        assert [(a.id, a.text, a.report_date, a.origin) for a in articles] == [("plain", text, None, str(path))]
        assert errors == []
    STATS["records"] += 1
    STATS["good"] += 1


@FUZZ
@given(blank=st.text(st.sampled_from(" \t\r\n\u00a0\u2028\u3000\x0b\x0c"), max_size=20), header=st.booleans())
def test_blank_file_is_one_error(blank, header):
    content = ("date 2024-01-12 Title\n" if header else "") + blank
    with scratch() as d:
        path = d / "blank.txt"
        path.write_text(content, encoding="utf-8")
        articles, errors = read(path)
        assert articles == [] and pairs(errors) == [("DT206", str(path))]
    STATS["records"] += 1
    STATS["bad"] += 1
