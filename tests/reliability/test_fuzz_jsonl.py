"""JSON Lines fuzzed: good records mixed with every kind of bad one, in several encodings.

Property: reading never raises; each malformed record gives exactly one error naming
``file:line``; every well-formed record comes out with its exact text, id and date.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from reliability_helpers import FUZZ, ODD_DATES, STATS, STRAY_NUL, article_text, blank_text, good_date, pairs, read, scratch, western_text


@dataclass
class Rec:
    line: str  # one physical line, without its "\n"
    text: str | None = None  # None: the record is malformed
    id: str | None = None
    date: date | None = None
    error: str | None = None  # the one error code expected for this line
    legacy: bool = False  # write this line in cp1252 (mixed-encoding files)


_json_scalars = st.one_of(st.integers(), st.floats(allow_nan=False), st.booleans(), st.none(), st.text(max_size=10))
_not_string = st.one_of(st.integers(), st.booleans(), st.lists(st.integers(), max_size=3), st.dictionaries(st.sampled_from("ab"), st.integers(), max_size=2))


# \u0001 ... \u001f as json.dumps writes them (not preceded by another backslash)
_ESCAPED_CONTROL = re.compile(r"(?<!\\)\\u(00(?:0[1-9a-f]|1[0-9a-f]))")


def _dumps(obj, ascii_only: bool) -> str:
    return json.dumps(obj, ensure_ascii=ascii_only)


@st.composite
def good_record(draw, text=article_text(), ascii_only=None, extra=None):
    text_value = draw(text)
    asc = draw(st.booleans()) if ascii_only is None else ascii_only
    obj: dict = {"text": text_value}
    rid = draw(st.one_of(st.none(), st.text("abcdefgh0123456789-_", min_size=1, max_size=8), st.integers(0, 10**6)))
    if rid is not None:
        obj["id"] = rid
    expected_date, error = None, None
    kind = draw(st.sampled_from(["none", "good", "odd", "blank", "number"]))
    if kind == "good":
        written, expected_date = draw(good_date())
        obj[draw(st.sampled_from(["date", "report_date"]))] = written
    elif kind == "odd":
        obj["date"] = draw(st.sampled_from(ODD_DATES))
        error = "DT207"
    elif kind == "blank":
        obj["date"] = draw(blank_text)
    elif kind == "number":
        obj["date"] = draw(st.integers(-(10**9), 10**9))
        error = "DT207"
    for key in draw(st.lists(st.sampled_from(["title", "url", "source", "extra"]), unique=True, max_size=4)):
        obj[key] = draw(extra if extra is not None else st.one_of(article_text(), _json_scalars))
    items = list(obj.items())
    if draw(st.booleans()):
        items.reverse()
    line = _dumps(dict(items), asc)
    if draw(st.integers(0, 3)) == 0:  # control characters written raw, as careless writers do
        line = _ESCAPED_CONTROL.sub(lambda m: chr(int(m.group(1), 16)), line)
    return Rec(line, text=text_value, id=None if rid is None else str(rid), date=expected_date, error=error)


@st.composite
def bad_record(draw):
    kind = draw(st.sampled_from(["truncated", "garbage", "not_object", "no_text", "text_not_string", "empty_text"]))
    if kind == "truncated":
        whole = draw(good_record()).line
        return Rec(whole[: draw(st.integers(1, len(whole) - 1))], error="DT203")
    if kind == "garbage":
        junk = draw(st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=40))
        junk = "}" + junk  # never valid JSON, never blank
        return Rec(junk, error="DT203")
    if kind == "not_object":
        value = draw(st.one_of(_json_scalars, st.lists(_json_scalars, max_size=3)))
        return Rec(json.dumps(value), error="DT204")
    if kind == "no_text":
        obj = draw(st.dictionaries(st.sampled_from(["id", "title", "body", "content", "date"]), _json_scalars, max_size=4))
        return Rec(json.dumps(obj), error="DT205")
    if kind == "text_not_string":
        return Rec(json.dumps({"id": "x", "text": draw(_not_string)}), error="DT205")
    return Rec(json.dumps({"id": "x", "text": draw(blank_text)}, ensure_ascii=draw(st.booleans())), error="DT206")


records = st.lists(st.one_of(good_record(), bad_record(), st.builds(Rec, blank_text.filter(lambda s: "\n" not in s))), min_size=1, max_size=25)


def _check(path, recs: list[Rec], articles, errors) -> None:
    expected_articles, expected_errors = [], []
    for n, rec in enumerate(recs, 1):
        where = f"{path}:{n}"
        if rec.text is not None:
            expected_articles.append((rec.id or f"{path.stem}:{n}", rec.text, rec.date, where))
        if rec.error:
            expected_errors.append((rec.error, where))
    if not any(r.line.strip() for r in recs):
        expected_errors.append(("DT206", str(path)))  # a file of blank lines: one error for the file
    got = [(a.id, a.text, a.report_date, a.origin) for a in articles]
    assert got == expected_articles
    assert pairs(errors) == expected_errors
    STATS["records"] += len(recs)
    STATS["good"] += sum(r.text is not None for r in recs)
    STATS["bad"] += sum(r.text is None and bool(r.line.strip()) for r in recs)


@FUZZ
@given(
    recs=records,
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le"]),
    ext=st.sampled_from([".jsonl", ".ndjson", ".json", ""]),
    huge_first=st.booleans(),
    crlf=st.booleans(),
    nul_at=st.one_of(st.none(), st.integers(0, 25)),
)
def test_jsonl_mixed_good_and_bad(recs, encoding, ext, huge_first, crlf, nul_at):
    if nul_at is not None:  # one raw NUL byte somewhere in the file
        line = json.dumps({"id": "nul", "text": STRAY_NUL}).replace("\\u0000", "\x00")
        recs = recs[:nul_at] + [Rec(line, text=STRAY_NUL, id="nul")] + recs[nul_at:]
    if encoding == "utf-16-le" and (not all(r.line.isascii() for r in recs) or sum(len(r.line) + 1 for r in recs) < 2):
        encoding = "utf-16"  # BOM-less UTF-16 is only recognisable for ASCII-heavy text of 2+ characters
    if huge_first:  # a first record longer than the 64 KB sample used to pick format and encoding
        big = "Tehran and Baghdad talked. " * 4000
        recs = [Rec(json.dumps({"id": "big", "text": big}), text=big, id="big")] + recs
    first = next((r for r in recs if r.line.strip()), None)
    if ext in (".json", "") and (first is None or first.text is None):
        # a .json file (or one without extension) is JSON Lines when its first record is an object
        recs = [Rec(json.dumps({"id": "first", "text": "First."}), text="First.", id="first")] + recs
    if crlf:
        # a \r before the \n is whitespace to JSON: records and line numbers are unchanged
        recs = [Rec(r.line + "\r", r.text, r.id, r.date, r.error) for r in recs]
    with scratch() as d:
        path = d / f"in{ext}"
        path.write_bytes("".join(r.line + "\n" for r in recs).encode(encoding))
        articles, errors = read(path)
        _check(path, recs, articles, errors)


def _cp1252(line: str) -> bool:
    try:
        line.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


_western_record = good_record(
    text=western_text(), ascii_only=False, extra=st.one_of(western_text(), st.integers(), st.none())
).filter(lambda r: _cp1252(r.line))


def _high(recs: list[Rec]) -> int:
    return sum(sum(ord(c) > 127 for c in r.line) for r in recs)


@FUZZ
@given(
    utf8=st.lists(_western_record, min_size=1, max_size=12),
    legacy=st.lists(_western_record, min_size=1, max_size=6),
    order=st.randoms(use_true_random=False),
)
def test_jsonl_utf8_with_cp1252_records_mixed_in(utf8, legacy, order):
    """A scrape of several sources: UTF-8 records and Windows-1252 records in one file.

    While the UTF-8 non-ASCII characters are at least as many as the cp1252 ones, every
    text comes out exact; otherwise the file is read as cp1252 and only the records
    (ids, lines, no errors) are guaranteed.
    """
    for r in legacy:
        r.legacy = True
    recs = utf8 + legacy
    order.shuffle(recs)
    with scratch() as d:
        path = d / "mixed.jsonl"
        path.write_bytes(b"".join((r.line + "\n").encode("cp1252" if r.legacy else "utf-8") for r in recs))
        articles, errors = read(path)
        if _high(legacy) <= _high(utf8):
            STATS["mixed_exact"] += 1
            _check(path, recs, articles, errors)
        else:
            assert [(a.origin, a.id) for a in articles] == [
                (f"{path}:{n}", r.id or f"mixed:{n}") for n, r in enumerate(recs, 1)
            ]
            # mojibake can turn a blank date ("\xa0") into an unreadable one: DT207s only
            assert {e.code for e in errors} <= {"DT207"}


@FUZZ
@given(recs=st.lists(_western_record, min_size=1, max_size=15),
       encoding=st.sampled_from(["cp1252", "latin-1"]))
def test_jsonl_legacy_encoding(recs, encoding):
    """A whole file in a Western code page: accents and curly quotes come out right."""
    if encoding == "latin-1":  # no curly quotes or dashes in Latin-1
        recs = [r for r in recs if not any(c in "’“”–" for c in r.line)]
        if not recs:
            return
    with scratch() as d:
        path = d / "legacy.jsonl"
        path.write_bytes("".join(r.line + "\n" for r in recs).encode(encoding))
        articles, errors = read(path)
        _check(path, recs, articles, errors)


@FUZZ
@given(
    items=st.lists(st.one_of(good_record(), bad_record().filter(lambda r: r.error != "DT203")), max_size=20),
    indent=st.sampled_from([None, 2]),
    cut=st.one_of(st.none(), st.integers(1, 10**6)),
)
def test_json_array_document(items, indent, cut):
    """A .json file holding one array: each bad item is one error naming ``file#item``."""
    doc = json.dumps([json.loads(r.line, strict=False) for r in items], indent=indent)
    with scratch() as d:
        path = d / "doc.json"
        if cut is not None and len(doc) > 1:  # a truncated document cannot be read at all: one error
            doc = doc[: cut % (len(doc) - 1) + 1]
            path.write_text(doc, encoding="utf-8")
            articles, errors = read(path)
            assert articles == [] and [e.code for e in errors] == ["DT216"]
            assert errors[0].where.startswith(f"{path}:")
            return
        path.write_text(doc, encoding="utf-8")
        articles, errors = read(path)
    want_articles = [(r.id or f"doc#{i}", r.text, r.date, f"{path}#{i}") for i, r in enumerate(items, 1) if r.text is not None]
    want_errors = [(r.error, f"{path}#{i}") for i, r in enumerate(items, 1) if r.error]
    if not items:
        want_errors = [("DT206", str(path))]
    assert [(a.id, a.text, a.report_date, a.origin) for a in articles] == want_articles
    assert pairs(errors) == want_errors
    STATS["records"] += len(items)
    STATS["good"] += sum(r.text is not None for r in items)
    STATS["bad"] += sum(r.text is None for r in items)
