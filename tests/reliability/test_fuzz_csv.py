"""CSV/TSV fuzzed: quoted newlines, delimiters and quotes in text, wrong field counts,
stray and unclosed quotes, empty texts, odd dates, BOMs and UTF-16.

Property: reading never raises; each malformed row gives exactly one error naming the
line where it starts; every well-formed row comes out with its exact text, id and date.
"""

from __future__ import annotations

import csv
import io
import string
from dataclasses import dataclass
from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from reliability_helpers import FUZZ, ODD_DATES, STATS, STRAY_NUL, article_text, blank_text, good_date, line_breaks, pairs, read, scratch


@dataclass
class Row:
    raw: str  # the row as written, with its line end
    text: str | None = None  # None: malformed
    id: str | None = None
    date: date | None = None
    error: str | None = None


def _write(fields: list[str], delim: str, quote_all: bool, end: str) -> str:
    buf = io.StringIO()
    # "\r\n" as terminator makes csv quote any field holding \r or \n
    csv.writer(buf, delimiter=delim, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL, lineterminator="\r\n").writerow(fields)
    return buf.getvalue()[:-2] + end


_ids = st.one_of(st.just(""), st.text(string.ascii_letters + string.digits + "-_", min_size=1, max_size=8))
_plain = st.text(string.ascii_letters + " .", min_size=1, max_size=30).map(lambda s: "T" + s)  # no quotes, delimiters or breaks


@st.composite
def good_row(draw, cols, delim, quote_all, end, text=article_text()):
    values = {"id": draw(_ids), "text": draw(text), "date": "", "title": draw(st.one_of(st.just(""), article_text()))}
    expected_date, error = None, None
    kind = draw(st.sampled_from(["good", "odd", "blank"]))
    if kind == "good":
        values["date"], expected_date = draw(good_date())
    elif kind == "odd":
        values["date"], error = draw(st.sampled_from(ODD_DATES)), "DT207"
    else:
        values["date"] = draw(blank_text)
    raw = _write([values[c] for c in cols], delim, quote_all, end)
    return Row(raw, text=values["text"], id=values["id"].strip() or None, date=expected_date, error=error)


@st.composite
def bad_row(draw, cols, delim, quote_all, end):
    kind = draw(st.sampled_from(["too_many", "too_few", "empty_text", "stray_quote"]))
    values = {"id": "r" + draw(_ids), "text": draw(article_text()), "date": "2024-01-12", "title": ""}
    fields = [values[c] for c in cols]
    if kind == "too_many":
        fields.append(draw(article_text()))
        return Row(_write(fields, delim, quote_all, end), error="DT208")
    if kind == "too_few":
        fields.pop(draw(st.integers(0, len(fields) - 1)))
        return Row(_write(fields, delim, quote_all, end), error="DT208")
    if kind == "empty_text":
        values["text"] = draw(blank_text)
        return Row(_write([values[c] for c in cols], delim, quote_all, end), error="DT206")
    # a closing quote followed by more text: "Two" oops
    fields = [values[c] if c != "text" else f'"{draw(_plain)}"{draw(_plain)}' for c in cols]
    return Row(delim.join(fields) + end, error="DT210")


@st.composite
def csv_file(draw):
    cols = draw(st.permutations(["id", "text", "date"] + draw(st.sampled_from([[], ["title"]]))))
    ext = draw(st.sampled_from([".csv", ".tsv"]))
    delim = "\t" if ext == ".tsv" else draw(st.sampled_from([",", ";"]))
    quote_all = draw(st.booleans())
    end = draw(st.sampled_from(["\n", "\r\n"]))
    header_names = [draw(st.sampled_from([c, c.upper(), c.title()])) for c in cols]
    header = draw(st.sampled_from(["", "\n", "\r\n\r\n"])) + delim.join(header_names) + end
    kinds = st.one_of(
        good_row(cols, delim, quote_all, end),
        good_row(cols, delim, quote_all, end),
        bad_row(cols, delim, quote_all, end),
        st.just(Row(end)),  # blank line
    )
    rows = draw(st.lists(kinds, max_size=20))
    if draw(st.booleans()):
        rows.insert(draw(st.integers(0, len(rows))), draw(good_row(cols, delim, quote_all, end, text=st.just(STRAY_NUL))))
    if draw(st.booleans()):  # an unclosed quote at the end swallows the last line(s) only
        rows.append(Row(delim.join("r9" if c == "id" else f'"{draw(_plain)}' if c == "text" else "" for c in cols) + end, error="DT210"))
    return ext, header, rows


def _expected(path, header: str, rows: list[Row]):
    articles, errors = [], []
    line = 1 + line_breaks(header)
    for r in rows:
        where = f"{path}:{line}"
        if r.text is not None:
            articles.append((r.id or f"{path.stem}:{line}", r.text, r.date, where))
        if r.error:
            errors.append((r.error, where))
        line += line_breaks(r.raw)
    if all(r.text is None and r.error is None for r in rows):
        errors.append(("DT206", str(path)))  # header but no rows
    return articles, errors


@FUZZ
@given(spec=csv_file(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_csv_mixed_good_and_bad(spec, encoding):
    ext, header, rows = spec
    with scratch() as d:
        path = d / f"in{ext}"
        path.write_bytes((header + "".join(r.raw for r in rows)).encode(encoding))
        articles, errors = read(path)
        want_articles, want_errors = _expected(path, header, rows)
        assert [(a.id, a.text, a.report_date, a.origin) for a in articles] == want_articles
        assert pairs(errors) == want_errors
    STATS["records"] += len(rows)
    STATS["good"] += sum(r.text is not None for r in rows)
    STATS["bad"] += sum(r.text is None and r.error is not None for r in rows)


@FUZZ
@given(
    rows=st.lists(st.tuples(st.booleans(), _plain, st.sampled_from(["", "2024-01-12"])), min_size=1, max_size=15),
    end=st.sampled_from(["\n", "\r\n"]),
)
def test_csv_unclosed_quote_loses_no_later_row(rows, end):
    """An opening quote that never closes swallows the rest of the file; the rows after it are read again."""
    with scratch() as d:
        path = d / "q.csv"
        lines = [f'{"bad" if unclosed else "ok"}{n},{chr(34) if unclosed else ""}{text},{day}{end}' for n, (unclosed, text, day) in enumerate(rows)]
        path.write_text("id,text,date" + end + "".join(lines), encoding="utf-8", newline="")
        articles, errors = read(path)
        assert [(a.id, a.text) for a in articles] == [(f"ok{n}", text) for n, (unclosed, text, _) in enumerate(rows) if not unclosed]
        assert pairs(errors) == [("DT210", f"{path}:{n + 2}") for n, (unclosed, _, _) in enumerate(rows) if unclosed]
    STATS["records"] += len(rows)
    STATS["good"] += sum(not u for u, _, _ in rows)
    STATS["bad"] += sum(u for u, _, _ in rows)
