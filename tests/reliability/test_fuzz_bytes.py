"""Random bytes under every extension, after plausible starts (BOMs, headers, magic numbers),
on stdin, and HTML with bogus charsets.

Property: reading never raises; every error carries a reader code and names the input (and
a line inside it); every article has text; an input that gives no article gives an error.
"""

from __future__ import annotations

import io
import re
import sys
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st
from reliability_helpers import FUZZ, STATS, article_text, read, scratch

from detente.readers import read_articles

EXTENSIONS = [".txt", ".text", ".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".html", ".htm", ""]
PREFIXES = [
    b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"date 2024-01-12 T\n",
    b'{"text": "x"}\n', b"id,text\n", b"text\tid\n", b"<html><body><p>", b"%PDF-", b"PK\x03\x04", b"\x1f\x8b",
]

_WHERE = re.compile(r"^(?P<label>.*?)(?::(?P<line>\d+)|#(?P<item>\d+))?$")


def _check_outcome(label: str, data: bytes, articles, errors) -> None:
    for a in articles:
        assert a.text.strip() and a.id
        assert a.origin == label or a.origin.startswith((label + ":", label + "#"))
    for e in errors:
        m = _WHERE.match(e.where)
        assert m and m["label"] == label, e
        if m["line"]:
            assert 1 <= int(m["line"]) <= data.count(b"\n") + data.count(b"\r") + 1, e
    assert articles or errors, "an input that gives nothing must say why"


@FUZZ
@given(prefix=st.sampled_from(PREFIXES), data=st.binary(max_size=3000), ext=st.sampled_from(EXTENSIONS))
def test_random_bytes_never_crash(prefix, data, ext):
    content = prefix + data
    with scratch() as d:
        path = d / f"junk{ext}"
        path.write_bytes(content)
        articles, errors = read(path)
        _check_outcome(str(path), content, articles, errors)
        if ext in (".txt", ".text", ".html", ".htm"):  # one article per file, or one file-level error
            assert len(articles) <= 1
            if not articles:
                assert [e.where for e in errors] == [str(path)]
    STATS["records"] += 1


@FUZZ
@given(
    lines=st.lists(st.one_of(st.binary(max_size=80), article_text().map(lambda t: t.encode("utf-8", "surrogatepass"))), max_size=30),
    ext=st.sampled_from([".jsonl", ".csv"]),
)
def test_random_lines_after_a_good_header(lines, ext):
    """Garbage lines after a valid start: each line is its own record, so errors name lines."""
    head = b'{"id": "h", "text": "Head."}\n' if ext == ".jsonl" else b"id,text\nh,Head.\n"
    content = head + b"\n".join(line.replace(b"\n", b" ") for line in lines)
    with scratch() as d:
        path = d / f"lines{ext}"
        path.write_bytes(content)
        articles, errors = read(path)
        _check_outcome(str(path), content, articles, errors)
        if not any(e.code == "DT202" for e in errors):  # unless so many NULs that it is binary
            assert articles and articles[0].id == "h" and articles[0].text == "Head."
    STATS["records"] += len(lines) + 1


@FUZZ
@given(prefix=st.sampled_from(PREFIXES), data=st.binary(max_size=2000))
def test_random_bytes_on_stdin(prefix, data):
    content = prefix + data

    class FakeStdin:
        buffer = io.BytesIO(content)

    errors = []
    with mock.patch.object(sys, "stdin", FakeStdin()):
        articles = list(read_articles(["-"], on_error=errors.append))
    STATS["inputs"] += 1
    STATS["records"] += 1
    STATS["articles"] += len(articles)
    STATS["errors"] += len(errors)
    _check_outcome("<stdin>", content, articles, errors)


_CHARSETS = ["utf-8", "latin-1", "windows-1252", "utf-16", "utf-32", "zlib", "base64", "undefined", "rot13",
             "unicode_escape", "idna", "utf-7", "x-no-such-charset", "", "shift_jis", "koi8-r"]


@FUZZ
@given(
    charset=st.sampled_from(_CHARSETS),
    paragraphs=st.lists(article_text(), min_size=1, max_size=5),
    encoding=st.sampled_from(["utf-8", "cp1252"]),
    junk=st.binary(max_size=200),
)
def test_html_with_any_declared_charset(charset, paragraphs, encoding, junk):
    import html

    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = f'<html><head><meta charset="{charset}"><title>T</title></head><body><article>{body}</article></body></html>'
    with scratch() as d:
        path = d / "page.html"
        path.write_bytes(page.encode(encoding, errors="replace") + junk)
        articles, errors = read(path)
        _check_outcome(str(path), path.read_bytes(), articles, errors)
        assert len(articles) <= 1
    STATS["records"] += 1
