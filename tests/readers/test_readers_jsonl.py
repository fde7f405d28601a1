from __future__ import annotations

import json
from datetime import date


def _lines(*objs):
    return "".join((o if isinstance(o, str) else json.dumps(o)) + "\n" for o in objs)


def test_jsonl_good(tmp_path, read):
    p = tmp_path / "c.jsonl"
    text = "Canadaâ€™s minister said \u201chello\u201d.\n\nSecond paragraph."
    p.write_text(
        _lines(
            {"id": "a1", "text": text, "date": "2024-01-12", "title": "T", "url": "http://x", "source": "S"},
            {"text": "No id here.", "date": "2024-01-12T08:00:00Z"},
        ),
        encoding="utf-8",
    )
    (a, b), errors = read(p)
    assert errors == []
    assert a.id == "a1" and a.text == text  # mojibake kept as given
    assert (a.report_date, a.title, a.url, a.source) == (date(2024, 1, 12), "T", "http://x", "S")
    assert a.origin == f"{p}:1"
    assert b.id == "c:2" and b.report_date == date(2024, 1, 12)


def test_malformed_line_in_middle(tmp_path, read):
    p = tmp_path / "c.jsonl"
    p.write_text(_lines({"id": "1", "text": "One."}, '{"id": "2", "text": "Two', {"id": "3", "text": "Three."}))
    articles, errors = read(p)
    assert [a.id for a in articles] == ["1", "3"]
    assert len(errors) == 1
    assert errors[0].code == "DT203" and errors[0].where == f"{p}:2"
    assert "not valid JSON" in errors[0].message and "[DT203]" in str(errors[0])


def test_bad_records_each_one_error(tmp_path, read):
    p = tmp_path / "c.ndjson"
    p.write_text(
        _lines(
            "[1, 2]",
            {"id": "x"},
            {"id": "y", "text": 5},
            {"id": "z", "text": "   "},
            "",
            {"id": "ok", "text": "Fine."},
        )
    )
    articles, errors = read(p)
    assert [a.id for a in articles] == ["ok"]
    assert [(e.code, e.where) for e in errors] == [
        ("DT204", f"{p}:1"),
        ("DT205", f"{p}:2"),
        ("DT205", f"{p}:3"),
        ("DT206", f"{p}:4"),
    ]


def test_json_document_and_json_lines(tmp_path, read):
    arr = tmp_path / "arr.json"
    arr.write_text(json.dumps([{"id": "a", "text": "A."}, {"id": "b", "text": "B."}], indent=2))
    lines = tmp_path / "lines.json"
    lines.write_text(_lines({"id": "c", "text": "C."}))
    articles, errors = read(arr, lines)
    assert errors == [] and [a.id for a in articles] == ["a", "b", "c"]


def test_raw_control_characters_and_unicode_line_separators(tmp_path, read):
    # U+2028 and \x85 inside a string must not split the line; raw tab tolerated
    p = tmp_path / "c.jsonl"
    p.write_bytes('{"id": "u", "text": "a\u2028b\x85c\td"}\n'.encode("utf-8"))
    (a,), errors = read(p)
    assert errors == [] and a.text == "a\u2028b\x85c\td"


def test_empty_jsonl(tmp_path, read):
    p = tmp_path / "c.jsonl"
    p.write_text("\n\n")
    articles, errors = read(p)
    assert articles == [] and [e.code for e in errors] == ["DT206"]
