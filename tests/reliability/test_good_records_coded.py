"""Good records in a file full of bad ones are coded exactly as they are in a clean file."""

from __future__ import annotations

import csv
import io
import json

import pytest

from detente.readers import read_articles

# Our own sentences, one event each at least.
GOOD = [
    {"id": "g1", "text": "Beijing expelled a Canadian diplomat.", "date": "2024-01-12"},
    {"id": "g2", "text": "Iran accused Israel of attacking its embassy in Damascus.", "date": "2024-04-02"},
    {"id": "g3", "text": "Russia threatened to cut gas supplies to Moldova.\x07", "date": "0000-00-00"},  # bad date, control char
    {"id": "g4", "text": "India and Pakistan agreed to reopen the border crossing.\x00"},  # stray NUL
    {"id": "g5", "text": "France sent humanitarian aid to Lebanon.\u2028The Japanese prime minister met South Korea's president.", "date": "2024-02-30"},
    {"id": "g6", "text": "Canada protested \ud800 China's treatment of its citizens.", "date": "12 January 2024"},  # lone surrogate escape
]
BAD_LINES = [
    '{"id": "b1", "text": "Iran attacked',  # truncated
    "[1, 2, 3]",
    '{"id": "b3", "body": "Turkey met Greece."}',
    '{"id": "b4", "text": 42}',
    '{"id": "b5", "text": "   "}',
    "\x01\x02 not json at all",
]


def _events(coder, path):
    errors = []
    out = {}
    for art, events in coder.code_articles(read_articles([path], on_error=errors.append)):
        out[art.id] = [e.to_dict() for e in events]
    return out, errors


@pytest.mark.slow
def test_good_records_in_a_mixed_jsonl_file_are_coded(coder, tmp_path):
    clean = tmp_path / "clean.jsonl"
    clean.write_text("".join(json.dumps(r) + "\n" for r in GOOD), encoding="utf-8")
    mixed = tmp_path / "mixed.jsonl"
    lines = []
    for i, rec in enumerate(GOOD):
        lines.append(json.dumps(rec).replace("\\u0000", "\x00").replace("\\u0007", "\x07"))  # raw control bytes
        lines.append(BAD_LINES[i % len(BAD_LINES)])
    mixed.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))

    want, clean_errors = _events(coder, clean)
    got, errors = _events(coder, mixed)

    assert list(got) == [r["id"] for r in GOOD]
    for events in want.values():  # compare events apart from where the article came from
        for e in events:
            e.pop("origin", None)
    for events in got.values():
        for e in events:
            e.pop("origin", None)
    assert got == want
    assert all(got[i] for i in ("g1", "g2", "g3", "g4", "g6")), "each good record yields its event"
    # one error per bad line, plus one DT207 per unreadable date (g3, g5), as in the clean file
    assert sorted(e.code for e in errors) == sorted(["DT203", "DT204", "DT205", "DT205", "DT206", "DT203", "DT207", "DT207"])
    assert sorted(e.code for e in clean_errors) == ["DT207", "DT207"]
    assert {e.where for e in errors if e.code != "DT207"} == {f"{mixed}:{n}" for n in range(2, 13, 2)}


@pytest.mark.slow
def test_good_rows_in_a_broken_csv_are_coded(coder, tmp_path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "text", "date"])
    w.writerow(["c1", "Beijing expelled a Canadian diplomat.", "2024-01-12"])
    buf.write('c2,"Iran accused Israel" of attacking,2024-01-12\n')  # stray quote
    w.writerow(["c3", "Russia threatened to cut gas supplies to Moldova.", "2024-13-45"])
    buf.write("c4,too,many,fields\n")
    buf.write('c5,"France sent aid to Lebanon.\n')  # never closed: swallows the rest, which is read again
    w.writerow(["c6", "India and Pakistan agreed to reopen the border crossing.", ""])
    p = tmp_path / "broken.csv"
    p.write_text(buf.getvalue(), encoding="utf-8", newline="")
    got, errors = _events(coder, p)
    assert list(got) == ["c1", "c3", "c6"] and all(got.values())
    assert [(e.code, e.where) for e in errors] == [
        ("DT210", f"{p}:3"), ("DT207", f"{p}:4"), ("DT208", f"{p}:5"), ("DT210", f"{p}:6"),
    ]
